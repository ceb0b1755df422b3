package org.copkit.core.expertise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import org.copkit.api.expertise.Evidence;
import org.copkit.api.expertise.EvidenceKind;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.shared.MemberId;
import org.copkit.core.expertise.EvidenceIndex.CommunityEvidence;
import org.copkit.core.expertise.EvidenceIndex.MemberEvidence;

/**
 * How evidence ranks who can answer a question: one configuration for every community, measured
 * on real ones (docs/expert-finding.md).
 *
 * <p>Score = answers in the community's recent window (a quarter of its recorded life, from 30 days
 * to a year, ending now) + {@value #SPECIALIST} × the member's largest share of the answers on one
 * of the question's specific tags (a tag on at most a tenth of the community's questions, on which
 * they gave at least {@value #SPECIALIST_MIN_ANSWERS} answers) + {@value #ITEM} per knowledge item
 * on the question's tags + {@value #ROLE} for the EXPERT role + {@value #HELPFUL} per HELPFUL mark
 * others gave their answers + {@value #VALIDATED} per competence validated in the community + {@value
 * #ENDORSED} per endorsement received there, and tie-breakers: {@value #ACCEPTED}
 * per accepted answer, {@value #ANSWER} per answer ever. Remaining ties: more answers, more posts,
 * then the member ID.
 */
final class EvidenceScoring {

  static final double RECENT = 1.0;
  static final double ANSWER = 0.001;
  static final double ACCEPTED = 0.0001;
  static final double SPECIALIST = 10.0;
  static final int SPECIALIST_MIN_ANSWERS = 3;
  static final double SPECIFIC_TAG_SHARE = 0.1;
  static final double ITEM = 0.5;
  static final double OUTPUT = 1.0;
  static final double CO_OUTPUT = 0.5;
  static final double ROLE = 1.0;
  static final double HELPFUL = 0.1;
  static final double VALIDATED = 0.5;
  static final double ENDORSED = 0.1;
  static final Duration MIN_WINDOW = Duration.ofDays(30);
  static final Duration MAX_WINDOW = Duration.ofDays(365);

  private EvidenceScoring() {}

  /**
   * What the community holds of its members besides the log's evidence, read from storage for each
   * request: who has the EXPERT role, and per member {validated competences, endorsements received}
   * of their competence claims there.
   */
  record Declared(Set<MemberId> experts, Map<MemberId, int[]> competences) {

    /** @return whether the member has any declared evidence */
    boolean has(MemberId member) {
      return experts.contains(member) || competences.containsKey(member);
    }

    int validated(MemberId member) {
      int[] mine = competences.get(member);
      return mine == null ? 0 : mine[0];
    }

    int endorsements(MemberId member) {
      int[] mine = competences.get(member);
      return mine == null ? 0 : mine[1];
    }
  }

  /** A member with their score, before visibility is checked. */
  record Scored(MemberId member, double score, int answers, int posts, MemberEvidence evidence) {}

  static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
      .thenComparing(Comparator.comparingInt(Scored::answers).reversed())
      .thenComparing(Comparator.comparingInt(Scored::posts).reversed())
      .thenComparing(s -> s.member().value());

  /**
   * @param community the community's evidence
   * @param now the instant the question is written
   * @return the recent window's start, epoch microseconds
   */
  static long windowStart(CommunityEvidence community, Instant now) {
    long nowMicros = EvidenceIndex.micros(now);
    long life = Math.max(0, nowMicros - community.first);
    long window = Math.min(Math.max(life / 4, MIN_WINDOW.toSeconds() * 1_000_000L), MAX_WINDOW.toSeconds() * 1_000_000L);
    return nowMicros - window;
  }

  /**
   * The most a member scores on the evidence that neither the question's tags nor what they
   * declared decide: their answers (recent ones count {@value #RECENT}, all of them {@value #ANSWER}),
   * accepted answers and HELPFUL marks, with a margin for rounding. What they score on a question
   * is at most this unless they answered on its specific tags, wrote on its tags, or declared
   * something (a role, competences).
   *
   * @param member a member's evidence
   * @return the bound
   */
  static double bound(MemberEvidence member) {
    double most = member.answers * (RECENT + ANSWER) + member.accepted * ACCEPTED + member.helpful * HELPFUL;
    return most <= 0 ? 0 : most + Math.ulp(most) * 8;
  }

  /**
   * The best {@code most} members by score among those the filter keeps, best first.
   *
   * <p>Not every member is scored. First those who may score on the question's tags or on what
   * they declared: the answerers of its specific tags, the writers on its tags, the community's
   * EXPERTs and those with competence claims there. Then the others in the order of their {@link
   * #bound}, highest first, until the {@code most}-th best score is above the next one's bound:
   * nobody after it could enter. A large community's question scores a few hundred members,
   * not all of them.
   *
   * @param community the community's evidence
   * @param tags the question's tags
   * @param now when it is written
   * @param declared the EXPERT role and competence claims there
   * @param keep which members may be suggested (the asker and hidden members are not)
   * @param most how many to return
   * @return the members, best first
   */
  static List<Scored> best(CommunityEvidence community, Set<String> tags, Instant now, Declared declared,
      Predicate<MemberId> keep, int most) {
    Question question = new Question(community, tags, now, declared);
    PriorityQueue<Scored> top = new PriorityQueue<>(most + 1, BEST_FIRST.reversed());
    Set<MemberId> scored = new HashSet<>();
    List<Set<MemberId>> onTheQuestion = new ArrayList<>();
    question.specific.forEach(tag -> onTheQuestion.add(community.answerersPerTag.getOrDefault(tag, Set.of())));
    tags.forEach(tag -> onTheQuestion.add(community.contributorsPerTag.getOrDefault(tag, Set.of())));
    onTheQuestion.add(declared.experts());
    onTheQuestion.add(declared.competences().keySet());
    for (Set<MemberId> members : onTheQuestion) {
      for (MemberId id : members) {
        if (scored.add(id) && keep.test(id)) {
          offer(top, most, question.score(id, community.members.getOrDefault(id, new MemberEvidence(id))));
        }
      }
    }
    for (MemberEvidence member : community.byBound) {
      if (top.size() == most && top.peek().score() > member.bound) {
        break;
      }
      if (!scored.contains(member.id) && keep.test(member.id)) {
        offer(top, most, question.score(member.id, member));
      }
    }
    List<Scored> best = new ArrayList<>(top);
    best.sort(BEST_FIRST);
    return best;
  }

  private static void offer(PriorityQueue<Scored> top, int most, Scored scored) {
    if (scored == null) {
      return;
    }
    if (top.size() < most) {
      top.add(scored);
    } else if (BEST_FIRST.compare(scored, top.peek()) < 0) {
      top.poll();
      top.add(scored);
    }
  }

  /** A question as scoring reads it: what is worked out once, not once per member. */
  static final class Question {
    private final CommunityEvidence community;
    private final Set<String> tags;
    private final Declared declared;
    private final List<String> specific;
    private final long from;
    private final long to;

    /**
     * @param community the community's evidence
     * @param tags the question's tags
     * @param now when it is written
     * @param declared the EXPERT role and competence claims there
     */
    Question(CommunityEvidence community, Set<String> tags, Instant now, Declared declared) {
      this.community = community;
      this.tags = tags;
      this.declared = declared;
      this.specific = specificTags(community, tags);
      this.from = windowStart(community, now);
      this.to = EvidenceIndex.micros(now) + 1;
    }

    /**
     * @param id a member
     * @param member their evidence in the community (empty when they have none there)
     * @return their score for the question, or null when they have no evidence at all (an answer
     *     moderation hid was their only one)
     */
    Scored score(MemberId id, MemberEvidence member) {
      boolean expert = declared.experts().contains(id);
      if (member.answers == 0 && member.questions == 0 && member.items == 0 && !declared.has(id)) {
        return null;
      }
      double score = member.answersBetween(from, to) * RECENT + member.answers * ANSWER + member.accepted * ACCEPTED
          + SPECIALIST * bestShare(community, member, specific) + ITEM * items(member, tags)
          + OUTPUT * onTags(member.outputsPerTag, tags) + CO_OUTPUT * onTags(member.coOutputsPerTag, tags)
          + (expert ? ROLE : 0) + HELPFUL * member.helpful + VALIDATED * declared.validated(id)
          + ENDORSED * declared.endorsements(id);
      return new Scored(id, score, member.answers, member.answers + member.questions, member);
    }
  }

  /** @return the question's tags that are on at most a tenth of the community's questions */
  static List<String> specificTags(CommunityEvidence community, Set<String> tags) {
    List<String> specific = new ArrayList<>();
    for (String tag : tags) {
      int questions = community.questionsPerTag.getOrDefault(tag, 0);
      if (questions > 0 && questions <= SPECIFIC_TAG_SHARE * community.questions) {
        specific.add(tag);
      }
    }
    specific.sort(null);
    return specific;
  }

  private static double bestShare(CommunityEvidence community, MemberEvidence member, List<String> specific) {
    double best = 0;
    for (String tag : specific) {
      int[] mine = member.topics.get(tag);
      if (mine != null && mine[0] >= SPECIALIST_MIN_ANSWERS) {
        best = Math.max(best, mine[0] / (double) community.answersPerTag.get(tag));
      }
    }
    return best;
  }

  private static int onTags(Map<String, Integer> perTag, Set<String> tags) {
    int count = 0;
    for (String tag : tags) {
      count += perTag.getOrDefault(tag, 0);
    }
    return count;
  }

  private static int items(MemberEvidence member, Set<String> tags) {
    int items = 0;
    for (String tag : tags) {
      items += member.itemsPerTag.getOrDefault(tag, 0);
    }
    return items;
  }

  /**
   * The suggestion, with the evidence that counted, heaviest first.
   *
   * @param scored a member as scored
   * @param community the community's evidence
   * @param tags the question's tags
   * @param now when it is written
   * @param declared the EXPERT role and competence claims there
   * @return the suggestion
   */
  static Suggestion explain(Scored scored, CommunityEvidence community, Set<String> tags, Instant now,
      Declared declared) {
    boolean expert = declared.experts().contains(scored.member());
    MemberEvidence member = scored.evidence();
    List<Evidence> evidence = new ArrayList<>();
    int recent = member.answersBetween(windowStart(community, now), EvidenceIndex.micros(now) + 1);
    if (recent > 0) {
      evidence.add(new Evidence(EvidenceKind.RECENT_ANSWERS, Optional.empty(), recent, recent * RECENT));
    }
    for (String tag : specificTags(community, tags)) {
      int[] mine = member.topics.get(tag);
      if (mine != null && mine[0] >= SPECIALIST_MIN_ANSWERS) {
        evidence.add(new Evidence(EvidenceKind.TOPIC_ANSWERS, Optional.of(tag), mine[0],
            SPECIALIST * mine[0] / community.answersPerTag.get(tag)));
      }
    }
    // only the largest share counts in the score: the others are shown with the weight they would add
    keepLargestTopic(evidence);
    for (String tag : tags.stream().sorted().toList()) {
      int items = member.itemsPerTag.getOrDefault(tag, 0);
      if (items > 0) {
        evidence.add(new Evidence(EvidenceKind.KNOWLEDGE_ITEMS, Optional.of(tag), items, items * ITEM));
      }
      int outputs = member.outputsPerTag.getOrDefault(tag, 0);
      if (outputs > 0) {
        evidence.add(new Evidence(EvidenceKind.OUTPUTS_AUTHORED, Optional.of(tag), outputs, outputs * OUTPUT));
      }
      int coOutputs = member.coOutputsPerTag.getOrDefault(tag, 0);
      if (coOutputs > 0) {
        evidence.add(new Evidence(EvidenceKind.OUTPUTS_CO_AUTHORED, Optional.of(tag), coOutputs, coOutputs * CO_OUTPUT));
      }
    }
    if (expert) {
      evidence.add(new Evidence(EvidenceKind.EXPERT_ROLE, Optional.empty(), 1, ROLE));
    }
    if (member.helpful > 0) {
      evidence.add(new Evidence(EvidenceKind.HELPFUL_REACTIONS, Optional.empty(), member.helpful, member.helpful * HELPFUL));
    }
    int validated = declared.validated(scored.member());
    if (validated > 0) {
      evidence.add(new Evidence(EvidenceKind.VALIDATED_COMPETENCES, Optional.empty(), validated, validated * VALIDATED));
    }
    int endorsements = declared.endorsements(scored.member());
    if (endorsements > 0) {
      evidence.add(new Evidence(EvidenceKind.ENDORSEMENTS, Optional.empty(), endorsements, endorsements * ENDORSED));
    }
    if (member.accepted > 0) {
      evidence.add(new Evidence(EvidenceKind.ACCEPTED_ANSWERS, Optional.empty(), member.accepted, member.accepted * ACCEPTED));
    }
    if (member.answers > 0) {
      evidence.add(new Evidence(EvidenceKind.ANSWERS, Optional.empty(), member.answers, member.answers * ANSWER));
    }
    if (member.questions > 0) {
      evidence.add(new Evidence(EvidenceKind.QUESTIONS, Optional.empty(), member.questions, 0));
    }
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    return new Suggestion(scored.member(), scored.score(), evidence);
  }

  private static void keepLargestTopic(List<Evidence> evidence) {
    Evidence largest = null;
    for (Evidence e : evidence) {
      if (e.kind() == EvidenceKind.TOPIC_ANSWERS && (largest == null || e.weight() > largest.weight())) {
        largest = e;
      }
    }
    Evidence kept = largest;
    evidence.removeIf(e -> e.kind() == EvidenceKind.TOPIC_ANSWERS && e != kept);
  }
}
