package org.copkit.core.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.copkit.api.shared.MemberId;
import org.copkit.core.expertise.EvidenceIndex.CommunityEvidence;
import org.copkit.core.expertise.EvidenceIndex.MemberEvidence;
import org.copkit.core.expertise.EvidenceScoring.Scored;

/**
 * The ranking that scores only the members who could enter the top (those with evidence on the
 * question's tags or declared, then the rest by the bound of their score) ranks exactly as scoring
 * every member of the community does, for random histories of questions, answers, acceptances,
 * withdrawals, HELPFUL marks, knowledge items and outputs, random declared experts and
 * competences, hidden members and askers, and any size of top.
 */
class BoundedRankingTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<String> TAGS = List.of("mediacio", "victimes", "menors", "penal", "civil", "presons",
      "execucio", "justicia-juvenil");

  @Property(tries = 300)
  void theBoundedRankingEqualsScoringEveryMember(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int most,
      @ForAll @IntRange(min = 2, max = 80) int people, @ForAll @IntRange(min = 1, max = 600) int changes) {
    Random random = new Random(seed);
    UUID community = UUID.randomUUID();
    EvidenceIndex index = new EvidenceIndex();
    List<UUID> questions = new ArrayList<>();
    List<UUID> answers = new ArrayList<>();
    Map<UUID, UUID> threadOf = new HashMap<>();
    Instant at = T0;
    for (int c = 0; c < changes; c++) {
      at = at.plus(Duration.ofHours(1 + random.nextInt(72)));
      MemberId who = person(random, people);
      int kind = random.nextInt(10);
      if (kind < 2 || questions.isEmpty()) {
        UUID thread = UUID.randomUUID();
        questions.add(thread);
        index.apply(new ExpertiseChange.Asked(community, thread, who, at, tags(random)));
      } else if (kind < 6) {
        UUID thread = questions.get(random.nextInt(questions.size()));
        UUID post = UUID.randomUUID();
        answers.add(post);
        threadOf.put(post, thread);
        index.apply(new ExpertiseChange.Answered(community, thread, post, who, at));
      } else if (kind == 6 && !answers.isEmpty()) {
        UUID post = answers.get(random.nextInt(answers.size()));
        index.apply(random.nextBoolean() ? new ExpertiseChange.Accepted(threadOf.get(post), post)
            : new ExpertiseChange.Withdrawn(post));
      } else if (kind == 7 && !answers.isEmpty()) {
        index.apply(new ExpertiseChange.Helpful(answers.get(random.nextInt(answers.size())), random.nextInt(4) > 0));
      } else if (kind == 8) {
        index.apply(new ExpertiseChange.Wrote(community, UUID.randomUUID(), who, at, tags(random)));
      } else {
        index.apply(new ExpertiseChange.Output(community, UUID.randomUUID(), who, Set.of(person(random, people)), at,
            tags(random)));
      }
    }
    Set<MemberId> experts = new HashSet<>();
    Map<MemberId, int[]> competences = new HashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      experts.add(person(random, people + 5)); // some without any evidence in the log
      competences.put(person(random, people + 5), new int[] {random.nextInt(3), random.nextInt(4)});
    }
    EvidenceScoring.Declared declared = new EvidenceScoring.Declared(experts, competences);
    MemberId asker = person(random, people);
    Set<MemberId> hidden = Set.of(person(random, people));
    Predicate<MemberId> keep = m -> !m.equals(asker) && !hidden.contains(m);
    Set<String> question = tags(random);
    Instant now = at.plus(Duration.ofHours(random.nextInt(2000)));

    index.read(reader -> {
      CommunityEvidence evidence = reader.community(community);
      List<Scored> bounded = EvidenceScoring.best(evidence, question, now, declared, keep, most);
      List<Scored> everyone = scoringEveryone(evidence, question, now, declared, keep, most);
      assertThat(bounded.stream().map(s -> s.member().value() + " " + s.score()).toList())
          .as("seed %d", seed)
          .isEqualTo(everyone.stream().map(s -> s.member().value() + " " + s.score()).toList());
      for (MemberEvidence member : evidence.members.values()) {
        assertThat(member.bound).as("filed under its bound").isEqualTo(EvidenceScoring.bound(member));
      }
      assertThat(evidence.byBound).containsExactlyInAnyOrderElementsOf(evidence.members.values());
      return null;
    });
  }

  /** Equal scores at the bottom of the top are decided by answers, posts and then ID, as when everyone is scored. */
  @Example
  void aTieAtTheBottomOfTheTopIsDecidedAsScoringEveryoneDecidesIt() {
    UUID community = UUID.randomUUID();
    EvidenceIndex index = new EvidenceIndex();
    UUID thread = UUID.randomUUID();
    index.apply(new ExpertiseChange.Asked(community, thread, MemberId.of("asker"), T0, Set.of("penal")));
    for (String name : List.of("berta", "anna", "carles")) {
      index.apply(new ExpertiseChange.Answered(community, thread, UUID.randomUUID(), MemberId.of(name),
          T0.plusSeconds(60)));
    }
    EvidenceScoring.Declared none = new EvidenceScoring.Declared(Set.of(), Map.of());

    List<Scored> top = index.read(reader -> EvidenceScoring.best(reader.community(community), Set.of("civil"),
        T0.plusSeconds(3600), none, m -> true, 2));

    assertThat(top).extracting(s -> s.member().value()).containsExactly("anna", "berta");
  }

  private static List<Scored> scoringEveryone(CommunityEvidence community, Set<String> tags, Instant now,
      EvidenceScoring.Declared declared, Predicate<MemberId> keep, int most) {
    EvidenceScoring.Question question = new EvidenceScoring.Question(community, tags, now, declared);
    Set<MemberId> everyone = new HashSet<>(community.members.keySet());
    everyone.addAll(declared.experts());
    everyone.addAll(declared.competences().keySet());
    List<Scored> scored = new ArrayList<>();
    for (MemberId id : everyone) {
      Scored s = question.score(id, Optional.ofNullable(community.members.get(id)).orElseGet(() -> new MemberEvidence(id)));
      if (s != null && keep.test(id)) {
        scored.add(s);
      }
    }
    scored.sort(EvidenceScoring.BEST_FIRST);
    return scored.subList(0, Math.min(most, scored.size()));
  }

  private static MemberId person(Random random, int people) {
    return MemberId.of("membre-" + random.nextInt(people));
  }

  private static Set<String> tags(Random random) {
    Set<String> tags = new HashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      tags.add(TAGS.get(random.nextInt(random.nextBoolean() ? 2 : TAGS.size())));
    }
    return tags;
  }
}
