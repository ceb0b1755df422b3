package org.copkit.core.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.Evidence;
import org.copkit.api.expertise.EvidenceKind;
import org.copkit.api.expertise.ExpertFinding;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.expertise.TacitExpert;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * "Who can answer this?" through the platform: the ranking follows the evidence and says which
 * evidence counted; only members who may read the question are suggested, and only evidence from
 * its community counts; hiding from suggestions is kept in the storage; tacit experts are for
 * e-moderators; bad input is refused naming its field.
 */
class ExpertFindingTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final ExpertFinding experts = scene.platform.expertFinding();
  private final CommunityId community = scene.community.id();

  private int posts;

  private ThreadId ask(MemberId asker, String title, String... tags) {
    PostOutcome outcome = scene.platform.discussions().start(asker,
        StartThread.question(community, title, "Com ho feu, " + title + "?", Set.of(tags)));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  private org.copkit.api.discussion.Post answer(MemberId who, ThreadId question) {
    PostOutcome outcome = scene.platform.discussions().reply(who, Reply.to(question, "Nosaltres ho fem així, " + ++posts));
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).post();
  }

  /** The flagger flags the post as spam and the e-moderator (Jordi) rejects it: the post is hidden. */
  private void hideByModeration(MemberId flagger, org.copkit.api.discussion.Post post) {
    scene.platform.moderation().flag(flagger, new org.copkit.api.moderation.RaiseFlag(community,
        new org.copkit.api.moderation.ModerationSubject.OfPost(post.id()), org.copkit.api.moderation.FlagReason.SPAM, ""));
    var item = scene.platform.moderationQueries().queue(JORDI, community, org.copkit.api.shared.PageRequest.first(10))
        .items().get(0);
    scene.platform.moderation().decide(JORDI, new org.copkit.api.moderation.Decide(item.id(), item.version(),
        new org.copkit.api.moderation.Decision.Reject("publicitat")));
  }

  private List<MemberId> suggested(MemberId asker, QuestionDraft draft) {
    return experts.suggest(asker, draft).stream().map(Suggestion::member).toList();
  }

  private QuestionDraft draft(String... tags) {
    return QuestionDraft.of(community, "Una pregunta", "", Set.of(tags));
  }

  @Nested
  class Ranking {

    /**
     * Deterministic: the platform that asks polls the log only once a minute and catches up
     * explicitly after each step, and a platform built afterwards rebuilds its index from the log
     * alone; neither depends on when a background catch-up runs.
     */
    @Test
    void anAnswerModerationHidesGivesNoEvidence() {
      CopPlatform node = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
          .discoverModerationRules(false).feedCatchUpInterval(Duration.ofSeconds(60)).build();
      try {
        ThreadId question = ask(ORIOL, "Primera", "mediacio");
        var answer = answer(MARTA, question);
        node.catchUp();
        assertThat(node.expertFinding().suggest(ORIOL, draft("mediacio"))).extracting(Suggestion::member)
            .containsExactly(MARTA);

        hideByModeration(ORIOL, answer);
        assertThat(scene.platform.discussionQueries().thread(JORDI, question, org.copkit.api.shared.PageRequest.first(10))
            .posts().items()).extracting(v -> v.post().state()).contains(org.copkit.api.discussion.PostState.HIDDEN);
        node.catchUp();

        assertThat(node.expertFinding().suggest(ORIOL, draft("mediacio"))).extracting(Suggestion::member)
            .doesNotContain(MARTA);
        try (CopPlatform rebuilt = CopPlatform.builder().storage(scene.storage).directory(scene.directory)
            .clock(scene.clock).discoverModerationRules(false).feedCatchUpInterval(Duration.ofSeconds(60)).build()) {
          assertThat(rebuilt.expertFinding().suggest(ORIOL, draft("mediacio"))).extracting(Suggestion::member)
              .doesNotContain(MARTA);
        }
      } finally {
        node.close();
      }
    }

    @Test
    void ranksByRecentAnswersAndSaysWhichEvidenceCounted() {
      ThreadId first = ask(ORIOL, "Primera", "mediacio");
      ThreadId second = ask(ORIOL, "Segona", "mediacio");
      answer(MARTA, first);
      answer(MARTA, second);
      answer(LAIA, first);

      List<Suggestion> suggestions = experts.suggest(ORIOL, draft("mediacio"));

      assertThat(suggestions).extracting(Suggestion::member).containsExactly(MARTA, LAIA);
      Suggestion marta = suggestions.get(0);
      assertThat(marta.evidence()).extracting(Evidence::kind)
          .containsExactly(EvidenceKind.RECENT_ANSWERS, EvidenceKind.ANSWERS);
      assertThat(marta.evidence().get(0).count()).isEqualTo(2);
      assertThat(marta.score()).isEqualTo(marta.evidence().stream().mapToDouble(Evidence::weight).sum(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(suggestions.get(1).evidence().get(0).count()).isEqualTo(1);
    }

    private int acceptedOf(MemberId member) {
      return experts.suggest(JORDI, draft("mediacio")).stream().filter(s -> s.member().equals(member))
          .flatMap(s -> s.evidence().stream()).filter(e -> e.kind() == EvidenceKind.ACCEPTED_ANSWERS)
          .mapToInt(Evidence::count).sum();
    }

    @Test
    void anAcceptedAnswerCountsUntilAnotherIsAcceptedOrModerationHidesIt() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      var byMarta = answer(MARTA, question);
      var byLaia = answer(LAIA, question);
      assertThat(List.of(acceptedOf(LAIA), acceptedOf(MARTA))).as("nothing accepted yet").containsExactly(0, 0);

      scene.platform.discussions().acceptAnswer(ORIOL, question, byLaia.id());
      assertThat(List.of(acceptedOf(LAIA), acceptedOf(MARTA))).as("laia's answer accepted").containsExactly(1, 0);
      assertThat(suggested(JORDI, draft("mediacio"))).as("an accepted answer ranks its author first")
          .startsWith(LAIA, MARTA);

      scene.platform.discussions().acceptAnswer(ORIOL, question, byMarta.id());
      assertThat(List.of(acceptedOf(LAIA), acceptedOf(MARTA))).as("one accepted answer per question: marta's now")
          .containsExactly(0, 1);

      hideByModeration(LAIA, byMarta);
      assertThat(List.of(acceptedOf(LAIA), acceptedOf(MARTA))).as("a hidden answer is no evidence, accepted or not")
          .containsExactly(0, 0);
      assertThat(suggested(JORDI, draft("mediacio"))).doesNotContain(MARTA);
    }

    @Test
    void helpfulMarksByOthersCountAndAreExplainedUntilTakenBack() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      var byMarta = answer(MARTA, question);
      var byLaia = answer(LAIA, question);
      assertThat(suggested(ORIOL, draft("mediacio"))).as("a tie, broken by ID").containsExactly(LAIA, MARTA);

      scene.platform.discussions().react(JORDI, byMarta.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      scene.platform.discussions().react(ORIOL, byMarta.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      scene.platform.discussions().react(LAIA, byLaia.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      scene.platform.discussions().react(JORDI, byLaia.id(), org.copkit.api.discussion.Reaction.LIKE);

      List<Suggestion> suggestions = experts.suggest(ORIOL, draft("mediacio"));
      assertThat(suggestions).extracting(Suggestion::member).containsExactly(MARTA, LAIA);
      assertThat(suggestions.get(0).evidence()).contains(
          new Evidence(EvidenceKind.HELPFUL_REACTIONS, Optional.empty(), 2, 2 * EvidenceScoring.HELPFUL));
      assertThat(suggestions.get(1).evidence()).as("one's own mark and a LIKE are no evidence")
          .extracting(Evidence::kind).doesNotContain(EvidenceKind.HELPFUL_REACTIONS);

      scene.platform.discussions().unreact(JORDI, byMarta.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      scene.platform.discussions().unreact(ORIOL, byMarta.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      scene.platform.discussions().unreact(ORIOL, byMarta.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      assertThat(suggested(ORIOL, draft("mediacio"))).containsExactly(LAIA, MARTA);
    }

    @Test
    void validatedCompetencesAndEndorsementsInTheCommunityCount() {
      ThreadId question = ask(JORDI, "Primera", "mediacio");
      answer(LAIA, question);
      var assessment = scene.platform.competenceAssessment();
      var claim = assessment.assess(ORIOL, new org.copkit.api.competence.SelfAssess(community,
          org.copkit.api.competence.CompetenceLevel.of("digcomp@2.2#2.4", 4), "Mediacions en línia"));
      assertThat(suggested(JORDI, draft("mediacio"))).as("a claim alone is no evidence").containsExactly(LAIA);

      assessment.endorse(MARTA, new org.copkit.api.competence.EndorseClaim(claim.id(), "Ho he vist", ""));
      assessment.validate(JORDI, new org.copkit.api.competence.ValidateClaim(claim.id(), 4, "Validat"));

      List<Suggestion> suggestions = experts.suggest(JORDI, draft("mediacio"));
      assertThat(suggestions).extracting(Suggestion::member).containsExactly(LAIA, ORIOL);
      assertThat(suggestions.get(1).evidence()).containsExactly(
          new Evidence(EvidenceKind.VALIDATED_COMPETENCES, Optional.empty(), 1, EvidenceScoring.VALIDATED),
          new Evidence(EvidenceKind.ENDORSEMENTS, Optional.empty(), 1, EvidenceScoring.ENDORSED));
      assertThat(suggestions.get(1).score()).isEqualTo(EvidenceScoring.VALIDATED + EvidenceScoring.ENDORSED,
          org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void neverSuggestsTheAsker() {
      ThreadId question = ask(LAIA, "Primera", "mediacio");
      answer(MARTA, question);
      assertThat(suggested(MARTA, draft("mediacio"))).doesNotContain(MARTA);
      assertThat(suggested(ORIOL, draft("mediacio"))).containsExactly(MARTA, LAIA);
      assertThat(experts.suggest(ORIOL, draft("mediacio")).get(1).evidence())
          .containsExactly(new Evidence(EvidenceKind.QUESTIONS, Optional.empty(), 1, 0));
    }

    @Test
    void aSpecialistOfARareTopicOutranksTheMostActiveGeneralist() {
      ThreadId[] custody = new ThreadId[3];
      for (int i = 0; i < 3; i++) {
        custody[i] = ask(ORIOL, "Custòdia " + i, "custodia");
      }
      for (ThreadId question : custody) {
        answer(LAIA, question);
      }
      scene.clock.advance(Duration.ofDays(400)); // Laia's answers leave the recent window
      for (int i = 0; i < 30; i++) {
        ThreadId general = ask(ORIOL, "General " + i, "general");
        if (i < 5) {
          answer(MARTA, general);
        }
      }

      List<Suggestion> onCustody = experts.suggest(ORIOL, draft("custodia"));
      List<Suggestion> onGeneral = experts.suggest(ORIOL, draft("general"));

      assertThat(onCustody.get(0).member()).isEqualTo(LAIA);
      assertThat(onCustody.get(0).evidence().get(0))
          .isEqualTo(new Evidence(EvidenceKind.TOPIC_ANSWERS, Optional.of("custodia"), 3, 10.0));
      assertThat(onGeneral.get(0).member()).isEqualTo(MARTA);
    }

    @Test
    void countsKnowledgeItemsOnTheTopicAndTheExpertRole() {
      scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
      scene.platform.knowledgeBase().create(LAIA, new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
          new KnowledgeContent("Escolta activa", "Com escoltar", "", Set.of("escolta"), Set.of()), ""));

      Suggestion laia = experts.suggest(ORIOL, draft("escolta")).get(0);

      assertThat(laia.member()).isEqualTo(LAIA);
      assertThat(laia.evidence()).containsExactlyInAnyOrder(
          new Evidence(EvidenceKind.KNOWLEDGE_ITEMS, Optional.of("escolta"), 1, 0.5),
          new Evidence(EvidenceKind.EXPERT_ROLE, Optional.empty(), 1, 1.0));
    }
  }

  @Nested
  class PromotedPills {

    @Test
    void aPillPromotedFromAThreadCountsForTheAuthorsItCreditsNotForItsPromoter() {
      ThreadId question = ask(ORIOL, "Escolta activa", "escolta");
      var byMarta = answer(MARTA, question);
      scene.platform.discussions().acceptAnswer(ORIOL, question, byMarta.id());

      scene.platform.knowledgeBase().promote(JORDI, new org.copkit.api.knowledge.PromoteToPill(question,
          org.copkit.api.knowledge.PromoteToPill.Scope.ACCEPTED_ANSWER, "Escolta activa", Optional.empty(), ""));

      List<Suggestion> suggestions = experts.suggest(LAIA, draft("escolta"));
      assertThat(suggestions).filteredOn(s -> s.member().equals(MARTA)).singleElement()
          .satisfies(marta -> assertThat(marta.evidence()).extracting(Evidence::kind)
              .contains(EvidenceKind.KNOWLEDGE_ITEMS, EvidenceKind.ACCEPTED_ANSWERS));
      assertThat(suggestions).as("the e-moderator who promoted it wrote none of it")
          .noneMatch(s -> s.member().equals(JORDI));
    }
  }

  @Nested
  class Outputs {

    @Test
    void countPublishedOutputsForTheirAuthorAndCoAuthorsButNeverADraft() {
      scene.promote(LAIA, org.copkit.api.community.Tier.CORE);
      org.copkit.api.knowledge.Production production = scene.platform.production();
      KnowledgeContent content = new KnowledgeContent("Protocol", "Pas 1: escoltar.", "", Set.of("protocol"), Set.of());
      org.copkit.api.knowledge.Output draft = production.startDraft(MARTA,
          new org.copkit.api.knowledge.Production.StartDraft(community, content, ""));
      org.copkit.api.knowledge.KnowledgeItemId id = draft.item().id();
      scene.platform.knowledgeBase().edit(NURIA, new org.copkit.api.knowledge.EditItem(id, 1, content, "repassat"));

      assertThat(experts.suggest(ORIOL, draft("protocol"))).as("a working group's draft is no evidence")
          .allSatisfy(s -> assertThat(s.evidence()).extracting(Evidence::kind)
              .doesNotContain(EvidenceKind.OUTPUTS_AUTHORED, EvidenceKind.OUTPUTS_CO_AUTHORED));
      production.requestReview(JORDI, new org.copkit.api.knowledge.Production.RequestReview(id, draft.cycle().version(),
          Set.of(JORDI, LAIA)));
      production.review(LAIA, new org.copkit.api.knowledge.Production.ReviewOutput(id, 2,
          org.copkit.api.knowledge.Review.Verdict.APPROVE, ""));
      org.copkit.api.knowledge.OutputCycle approved = production.review(JORDI,
          new org.copkit.api.knowledge.Production.ReviewOutput(id, 2, org.copkit.api.knowledge.Review.Verdict.APPROVE, ""));
      production.publish(JORDI, new org.copkit.api.knowledge.Production.Publish(id, approved.version(), ""));

      List<Suggestion> suggested = experts.suggest(ORIOL, draft("protocol"));
      assertThat(suggested.get(0).member()).isEqualTo(MARTA);
      assertThat(suggested.get(0).evidence())
          .contains(new Evidence(EvidenceKind.OUTPUTS_AUTHORED, Optional.of("protocol"), 1, 1.0));
      assertThat(experts.suggest(ORIOL, draft("altres"))).allSatisfy(s -> assertThat(s.evidence())
          .extracting(Evidence::kind).doesNotContain(EvidenceKind.OUTPUTS_AUTHORED));
    }
  }

  @Nested
  class WhoMayBeSuggested {

    @Test
    void outsidersLearnNothingOfASecretCommunity() {
      ConversationScene secret = new ConversationScene(org.copkit.api.community.Visibility.SECRET);
      QuestionDraft draft = QuestionDraft.of(secret.community.id(), "Una pregunta", "", Set.of());
      assertThatThrownBy(() -> secret.platform.expertFinding().suggest(XAVIER, draft))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.expertFinding().tacitExperts(XAVIER, secret.community.id(), 10))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void observersAndOutsidersMayNotAsk() {
      // Pere, an observer, may read but not write: he asks nothing
      assertThatThrownBy(() -> experts.suggest(XAVIER, draft())).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> experts.suggest(PERE, draft())).isInstanceOf(AccessDeniedException.class);
      assertThat(experts.suggest(ORIOL, draft())).isEmpty();
    }

    @Test
    void aQuestionForTheWorkingGroupSuggestsItsCoreMembersOnly() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      answer(LAIA, question);
      answer(MARTA, question);
      QuestionDraft forCore = new QuestionDraft(community, "Per al grup", "", Set.of("mediacio"), Audience.CORE, 10);

      assertThat(suggested(JORDI, forCore)).contains(MARTA).doesNotContain(LAIA, ORIOL, PERE);
      assertThatThrownBy(() -> experts.suggest(LAIA, forCore)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberWhoLeftOrLeftTheOrganisationIsNoLongerSuggested() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      answer(LAIA, question);
      answer(MARTA, question);
      scene.platform.memberAdministration().remove(JORDI, new RemoveMember(community, LAIA, "Ha marxat"));
      scene.directory.put(new org.copkit.api.shared.Person(MARTA, "Marta Roca", "Mediació", false, false));

      assertThat(suggested(ORIOL, draft("mediacio"))).doesNotContain(LAIA, MARTA);
    }

    @Test
    void evidenceFromAnotherCommunityDoesNotCount() {
      CommunityId other = scene.platform.lifecycle().create(NURIA, new org.copkit.api.community.CommunityDetails(
          "Altres", "Una altra", "", org.copkit.api.community.Visibility.OPEN)).id();
      scene.platform.joining().join(LAIA, other, "");
      scene.platform.joining().join(ORIOL, other, "");
      PostOutcome outcome = scene.platform.discussions().start(ORIOL,
          StartThread.question(other, "Allà", "?", Set.of("mediacio")));
      scene.platform.discussions().reply(LAIA, Reply.to(((PostOutcome.Published) outcome).thread().id(), "Sí"));

      List<Suggestion> here = experts.suggest(ORIOL, draft("mediacio"));
      assertThat(here).allSatisfy(s -> assertThat(s.evidence()).isEmpty());
    }
  }

  @Nested
  class OptingOut {

    @Test
    void aHiddenMemberIsSuggestedToNoOneOnAnyNodeUntilTheyShowThemselves() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      answer(LAIA, question);
      experts.hideFromSuggestions(LAIA);

      CopPlatform otherNode = CopPlatform.builder().storage(scene.storage).directory(scene.directory)
          .clock(scene.clock).discoverModerationRules(false).build();
      try {
        assertThat(suggested(ORIOL, draft("mediacio"))).doesNotContain(LAIA);
        assertThat(otherNode.expertFinding().suggest(ORIOL, draft("mediacio"))).extracting(Suggestion::member)
            .doesNotContain(LAIA);
        assertThat(otherNode.expertFinding().hiddenFromSuggestions(LAIA)).isTrue();

        otherNode.expertFinding().showInSuggestions(LAIA);
        scene.platform.catchUp();
        assertThat(experts.hiddenFromSuggestions(LAIA)).isFalse();
        assertThat(suggested(ORIOL, draft("mediacio"))).startsWith(LAIA);
      } finally {
        otherNode.close();
      }
    }

    @Test
    void aNodeBuiltLaterRebuildsTheEvidenceFromTheStorage() {
      ThreadId question = ask(ORIOL, "Primera", "mediacio");
      answer(MARTA, question);
      CopPlatform restarted = CopPlatform.builder().storage(scene.storage).directory(scene.directory)
          .clock(scene.clock).discoverModerationRules(false).build();
      try {
        assertThat(restarted.expertFinding().suggest(ORIOL, draft("mediacio")))
            .isEqualTo(experts.suggest(ORIOL, draft("mediacio")));
      } finally {
        restarted.close();
      }
    }

    @Test
    void onlyTheMemberHidesThemselvesAndOnlyKnownPeopleDo() {
      assertThatThrownBy(() -> experts.hideFromSuggestions(MemberId.of("nobody"))).isInstanceOf(AccessDeniedException.class);
      assertThat(experts.hiddenFromSuggestions(LAIA)).isFalse();
    }
  }

  @Nested
  class TacitExperts {

    @Test
    void listsWhoseEvidenceSaysExpertWithoutTheRoleForEModeratorsOnly() {
      for (int i = 0; i < 3; i++) {
        ThreadId question = ask(ORIOL, "Custòdia " + i, "custodia");
        answer(LAIA, question);
        answer(MARTA, question);
      }
      scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, MARTA, Role.EXPERT));

      List<TacitExpert> tacit = experts.tacitExperts(JORDI, community, 10);

      assertThat(tacit).containsExactly(new TacitExpert(LAIA, "custodia", 3, 0, 0.5));
      assertThat(experts.tacitExperts(NURIA, community, 10)).isEqualTo(tacit);
      assertThatThrownBy(() -> experts.tacitExperts(ORIOL, community, 10)).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Nested
  class BadInput {

    @Test
    void namesTheFieldAndTheRule() {
      assertThatThrownBy(() -> QuestionDraft.of(community, "t", "b", Set.of()).withLimit(0))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
      assertThatThrownBy(() -> QuestionDraft.of(community, "t", "b", Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tags"));
      assertThatThrownBy(() -> QuestionDraft.of(null, "t", "b", Set.of()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("community"));
      assertThatThrownBy(() -> experts.tacitExperts(JORDI, community, 0))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
      assertThatThrownBy(() -> experts.suggest(ORIOL, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("draft"));
    }
  }
}
