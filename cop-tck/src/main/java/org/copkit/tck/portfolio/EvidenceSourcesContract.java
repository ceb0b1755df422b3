package org.copkit.tck.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.learning.LearningFixtures;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.copkit.api.portfolio.port.EvidenceSources}: a member's evidence is
 * read from what the other ports store, every kind with its key, community, audience, title, time
 * and competences; what is not theirs, not accepted, not published, not PRESENT or only
 * self-assessed is not evidence; newest first; a community's evidence is everyone's there.
 */
public abstract class EvidenceSourcesContract extends StorageContract {

  private static final CompetenceRef COLLABORATING = CompetenceRef.of("digcomp@2.2#2.4");
  private static final CompetenceRef CONTENT = CompetenceRef.of("digcomp@2.2#5.4");

  private final CommunityId community = CommunityId.random();
  private final CommunityId elsewhere = CommunityId.random();
  private final MemberId marta = MemberId.of("marta-Núria");
  private final MemberId laia = MemberId.of("laia");

  /** For subclasses. */
  protected EvidenceSourcesContract() {}

  private static KnowledgeItem item(CommunityId community, MemberId author, Audience audience, long seconds) {
    KnowledgeItemId id = KnowledgeItemId.random();
    KnowledgeContent content = new KnowledgeContent("Guia de la primera entrevista", "Cos", "", Set.of(),
        Set.of("digcomp@2.2#2.4", "1.1"));
    KnowledgeRevision first = new KnowledgeRevision(id, 1, content, "<p>Cos</p>", author, secondsAfterT0(seconds), "", 0);
    return new KnowledgeItem(id, community, KnowledgeKind.PILL, audience, author, secondsAfterT0(seconds), first);
  }

  @Test
  void gathersEveryKindOfAMembersEvidenceNewestFirst() {
    DiscussionThread question = aThread().in(community).ofKind(ThreadKind.QUESTION).forAudience(Audience.CORE)
        .titled("Com es fa una derivació?").by(laia).about(Set.of(COLLABORATING, CONTENT)).createdAt(secondsAfterT0(1))
        .build();
    Post answer = aPost().in(question).by(marta).writtenAt(secondsAfterT0(10)).build();
    Post notAccepted = aPost().in(question).by(marta).writtenAt(secondsAfterT0(11)).build();
    KnowledgeItem pill = item(community, marta, Audience.COMMUNITY, 20);
    KnowledgeItem laias = item(community, laia, Audience.COMMUNITY, 21);
    CalendarEvent seminar = LearningFixtures.anEvent(community, secondsAfterT0(30), 10);
    CalendarEvent missed = LearningFixtures.anEvent(community, secondsAfterT0(31), 10);
    LearningUnit unit = LearningFixtures.aUnit(elsewhere, secondsAfterT0(2));
    Completion completion = LearningFixtures.aCompletion(unit, marta, secondsAfterT0(40));
    CompetenceClaim claim = CompetenceClaim.first(marta, community, new CompetenceLevel(COLLABORATING, 3), secondsAfterT0(3));
    ClaimEntry assessed = new ClaimEntry(claim.id(), 1, ClaimEntryKind.SELF_ASSESSED, marta, 3, "", "", secondsAfterT0(3));
    ClaimEntry endorsed = new ClaimEntry(claim.id(), 2, ClaimEntryKind.ENDORSED, laia, 3, "Molt bé",
        "https://example.org/acta", secondsAfterT0(50));
    ClaimEntry validated = new ClaimEntry(claim.id(), 3, ClaimEntryKind.VALIDATED, MemberId.of("jordi"), 2, "Validat", "",
        secondsAfterT0(60));
    inTransaction(() -> {
      store().threads().add(question.withAcceptedAnswer(answer.id()));
      store().posts().add(answer);
      store().posts().add(notAccepted);
      store().knowledgeItems().add(pill);
      store().knowledgeItems().add(laias);
      store().calendarEvents().add(seminar);
      store().calendarEvents().add(missed);
      store().registrations().add(LearningFixtures.aRegistration(seminar, marta, 0, RegistrationStatus.CONFIRMED)
          .withAttendance(Attendance.PRESENT));
      store().registrations().add(LearningFixtures.aRegistration(missed, marta, 0, RegistrationStatus.CONFIRMED)
          .withAttendance(Attendance.ABSENT));
      store().learningUnits().add(unit);
      store().completions().add(completion);
      store().competenceClaims().add(claim, assessed);
      CompetenceClaim afterEndorsement = store().competenceClaims().append(claim.after(endorsed), endorsed);
      store().competenceClaims().append(afterEndorsement.after(validated), validated);
    });

    List<Evidence> evidence = inTransaction(() -> store().evidenceSources().ofMember(marta));

    assertThat(evidence).extracting(Evidence::key).containsExactly(
        "validation:" + claim.id() + ":3", "endorsement:" + claim.id() + ":2", "unit:" + unit.id(),
        "event:" + seminar.id(), "item:" + pill.id(), "answer:" + answer.id());
    assertThat(evidence).allSatisfy(e -> assertThat(e.member()).isEqualTo(marta));
    assertThat(evidence.get(0)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.LEVEL_VALIDATED);
      assertThat(e.community()).contains(community);
      assertThat(e.competences()).containsExactly(COLLABORATING);
      assertThat(e.at()).isEqualTo(secondsAfterT0(60));
      assertThat(e.text()).isEqualTo("Validat");
    });
    assertThat(evidence.get(1)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.ENDORSEMENT_RECEIVED);
      assertThat(e.link()).isEqualTo("https://example.org/acta");
    });
    assertThat(evidence.get(2)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.UNIT_COMPLETED);
      assertThat(e.community()).contains(elsewhere);
      assertThat(e.title()).isEqualTo(unit.title());
      assertThat(e.competences()).containsExactlyInAnyOrder(COLLABORATING, CONTENT);
    });
    assertThat(evidence.get(3)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.EVENT_ATTENDED);
      assertThat(e.title()).isEqualTo(seminar.title());
      assertThat(e.at()).isEqualTo(seminar.startsAt());
    });
    assertThat(evidence.get(4)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.KNOWLEDGE_ITEM_WRITTEN);
      assertThat(e.title()).isEqualTo("Guia de la primera entrevista");
      assertThat(e.competences()).as("plain IDs that name no framework are left out").containsExactly(COLLABORATING);
    });
    assertThat(evidence.get(5)).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.ANSWER_ACCEPTED);
      assertThat(e.audience()).as("an answer in a CORE thread is CORE").isEqualTo(Audience.CORE);
      assertThat(e.title()).isEqualTo("Com es fa una derivació?");
      assertThat(e.competences()).as("the competences its thread is about").containsExactlyInAnyOrder(COLLABORATING, CONTENT);
    });
    assertThat(inTransaction(() -> store().evidenceSources().ofMember(laia))).extracting(Evidence::key)
        .containsExactly("item:" + laias.id());
    assertThat(inTransaction(() -> store().evidenceSources().inCommunity(community))).extracting(Evidence::key)
        .containsExactly("validation:" + claim.id() + ":3", "endorsement:" + claim.id() + ":2", "event:" + seminar.id(),
            "item:" + laias.id(), "item:" + pill.id(), "answer:" + answer.id());
  }

  @Test
  void gathersTheOutputsAMemberCoAuthorsButDidNotCreate() {
    KnowledgeItem pill = item(community, laia, Audience.CORE, 20);
    KnowledgeItem output = new KnowledgeItem(pill.id(), community, KnowledgeKind.OUTPUT, Audience.CORE, laia,
        pill.createdAt(), pill.current());
    org.copkit.api.knowledge.OutputCycle cycle = new org.copkit.api.knowledge.OutputCycle(output.id(), community,
        new org.copkit.api.knowledge.OutputStage.Draft(0), Set.of(laia, marta), List.of(), List.of(), laia,
        secondsAfterT0(25), 0);
    KnowledgeItem alone = item(elsewhere, laia, Audience.COMMUNITY, 30);
    inTransaction(() -> {
      store().knowledgeItems().add(output);
      store().knowledgeItems().add(alone);
      store().outputCycles().add(cycle);
      store().outputCycles().add(org.copkit.api.knowledge.OutputCycle.started(alone.id(), elsewhere, laia, secondsAfterT0(31)));
    });

    List<Evidence> martas = inTransaction(() -> store().evidenceSources().ofMember(marta));

    assertThat(martas).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("output:" + output.id());
      assertThat(e.kind()).isEqualTo(EvidenceKind.OUTPUT_CO_AUTHORED);
      assertThat(e.member()).isEqualTo(marta);
      assertThat(e.community()).contains(community);
      assertThat(e.audience()).as("the output's audience").isEqualTo(Audience.CORE);
      assertThat(e.title()).isEqualTo("Guia de la primera entrevista");
      assertThat(e.at()).as("when the cycle started").isEqualTo(secondsAfterT0(25));
      assertThat(e.competences()).containsExactly(COLLABORATING);
    });
    assertThat(inTransaction(() -> store().evidenceSources().ofMember(laia))).extracting(Evidence::key)
        .as("the creator's evidence is the item she wrote").containsExactly("item:" + alone.id(), "item:" + output.id());
    assertThat(inTransaction(() -> store().evidenceSources().inCommunity(community)))
        .extracting(Evidence::key, Evidence::member).containsExactly(
            org.assertj.core.groups.Tuple.tuple("output:" + output.id(), marta),
            org.assertj.core.groups.Tuple.tuple("item:" + output.id(), laia));
  }

  @Test
  void leavesOutAcceptedAnswersThatAreNoLongerPublished() {
    DiscussionThread question = aThread().in(community).ofKind(ThreadKind.QUESTION).by(laia).createdAt(secondsAfterT0(1)).build();
    Post hidden = aPost().in(question).by(marta).writtenAt(secondsAfterT0(10)).inState(PostState.HIDDEN).build();
    inTransaction(() -> {
      store().threads().add(question.withAcceptedAnswer(hidden.id()));
      store().posts().add(hidden);
    });

    assertThat(inTransaction(() -> store().evidenceSources().ofMember(marta))).isEmpty();
  }

  @Test
  void readsAReadersPartOfAMembersEvidenceAndWhereItHappenedExactlyAsFilteringAllOfIt() {
    CommunityId third = CommunityId.random();
    DiscussionThread forTheCore = aThread().in(community).ofKind(ThreadKind.QUESTION).forAudience(Audience.CORE)
        .by(laia).about(Set.of(CONTENT)).createdAt(secondsAfterT0(1)).build();
    DiscussionThread forEveryone = aThread().in(community).ofKind(ThreadKind.QUESTION).by(laia)
        .createdAt(secondsAfterT0(2)).build();
    Post coreAnswer = aPost().in(forTheCore).by(marta).writtenAt(secondsAfterT0(10)).build();
    Post answer = aPost().in(forEveryone).by(marta).writtenAt(secondsAfterT0(11)).build();
    CalendarEvent seminar = LearningFixtures.anEvent(community, secondsAfterT0(30), 10);
    LearningUnit unit = LearningFixtures.aUnit(elsewhere, secondsAfterT0(2));
    CompetenceClaim claim = CompetenceClaim.first(marta, community, new CompetenceLevel(COLLABORATING, 3), secondsAfterT0(3));
    ClaimEntry assessed = new ClaimEntry(claim.id(), 1, ClaimEntryKind.SELF_ASSESSED, marta, 3, "", "", secondsAfterT0(3));
    ClaimEntry endorsed = new ClaimEntry(claim.id(), 2, ClaimEntryKind.ENDORSED, laia, 3, "Molt bé", "", secondsAfterT0(50));
    inTransaction(() -> {
      store().threads().add(forTheCore.withAcceptedAnswer(coreAnswer.id()));
      store().threads().add(forEveryone.withAcceptedAnswer(answer.id()));
      store().posts().add(coreAnswer);
      store().posts().add(answer);
      store().knowledgeItems().add(item(community, marta, Audience.COMMUNITY, 20));
      store().knowledgeItems().add(item(community, marta, Audience.CORE, 21));
      store().knowledgeItems().add(item(elsewhere, marta, Audience.CORE, 22));
      store().knowledgeItems().add(item(third, marta, Audience.COMMUNITY, 23));
      store().knowledgeItems().add(item(third, laia, Audience.COMMUNITY, 24));
      store().calendarEvents().add(seminar);
      store().registrations().add(LearningFixtures.aRegistration(seminar, marta, 0, RegistrationStatus.CONFIRMED)
          .withAttendance(Attendance.PRESENT));
      store().learningUnits().add(unit);
      store().completions().add(LearningFixtures.aCompletion(unit, marta, secondsAfterT0(40)));
      store().competenceClaims().add(claim, assessed);
      store().competenceClaims().append(claim.after(endorsed), endorsed);
    });
    List<Evidence> all = inTransaction(() -> store().evidenceSources().ofMember(marta));
    Set<Audience> both = EnumSet.allOf(Audience.class);
    List<Map<CommunityId, Set<Audience>>> scopes = List.of(
        Map.of(),
        Map.of(community, EnumSet.of(Audience.COMMUNITY)),
        Map.of(community, EnumSet.of(Audience.CORE), elsewhere, both),
        Map.of(community, both, elsewhere, EnumSet.of(Audience.COMMUNITY), third, both),
        Map.of(elsewhere, EnumSet.of(Audience.CORE), third, EnumSet.of(Audience.CORE)),
        Map.of(CommunityId.random(), both));

    assertThat(all).hasSize(9);
    assertThat(inTransaction(() -> store().evidenceSources().communitiesOf(marta)))
        .containsExactlyInAnyOrder(community, elsewhere, third);
    assertThat(inTransaction(() -> store().evidenceSources().communitiesOf(MemberId.of("nobody")))).isEmpty();
    for (Map<CommunityId, Set<Audience>> scope : scopes) {
      assertThat(inTransaction(() -> store().evidenceSources().ofMember(marta, scope))).as(scope.toString())
          .isEqualTo(all.stream()
              .filter(e -> scope.getOrDefault(e.community().orElseThrow(), Set.of()).contains(e.audience())).toList());
    }
    assertThat(inTransaction(() -> store().evidenceSources().ofMember(marta, Map.of(community, EnumSet.of(Audience.CORE)))))
        .as("the CORE item, then the answer in the CORE thread").extracting(Evidence::kind)
        .containsExactly(EvidenceKind.KNOWLEDGE_ITEM_WRITTEN, EvidenceKind.ANSWER_ACCEPTED);
  }
}
