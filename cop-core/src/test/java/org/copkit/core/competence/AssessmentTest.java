package org.copkit.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceEvent;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Competence assessment through the platform: self-assessment, peer endorsement and validation,
 * who may do each (deny by default), the history of every claim, bad input refused without a change,
 * and claims of a SECRET community missing for outsiders exactly as an ID never used.
 */
class AssessmentTest {

  private static final CompetenceLevel COLLABORATING = CompetenceLevel.of("digcomp@2.2#2.4", 4);

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final CompetenceAssessment assessment = scene.platform.competenceAssessment();
  private final CommunityId community = scene.community.id();

  AssessmentTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private CompetenceClaim martaClaims(int level) {
    return assessment.assess(MARTA, new SelfAssess(community, CompetenceLevel.of("digcomp@2.2#2.4", level), "Faig mediacions en línia"));
  }

  @Nested
  class SelfAssessment {

    @Test
    void createsAClaimThenChangesItsLevelAndKeepsEveryStepInTheHistory() {
      CompetenceClaim first = martaClaims(3);
      scene.clock.advance(Duration.ofDays(1));
      CompetenceClaim same = martaClaims(3);
      CompetenceClaim raised = martaClaims(5);

      assertThat(first.member()).isEqualTo(MARTA);
      assertThat(first.claimed()).isEqualTo(CompetenceLevel.of("digcomp@2.2#2.4", 3));
      assertThat(same).as("the same level again changes nothing").isEqualTo(first);
      assertThat(raised.id()).isEqualTo(first.id());
      assertThat(raised.level()).isEqualTo(5);
      assertThat(raised.updatedAt()).isEqualTo(scene.clock.instant());
      assertThat(assessment.history(ORIOL, first.id())).extracting(ClaimEntry::kind, ClaimEntry::level, ClaimEntry::actor)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.SELF_ASSESSED, 3, MARTA),
              org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.SELF_ASSESSED, 5, MARTA));
      assertThat(scene.events.eventsOf(CompetenceEvent.SelfAssessed.class)).extracting(CompetenceEvent.SelfAssessed::level)
          .containsExactly(3, 5);
    }

    @Test
    void refusesObserversOutsidersAndAdministratorsWhoAreNotMembers() {
      for (MemberId actor : List.of(PERE, NURIA)) {
        assertThatThrownBy(() -> assessment.assess(actor, new SelfAssess(community, COLLABORATING, "")))
            .as(actor.value()).isInstanceOf(AccessDeniedException.class);
      }
      assertThatThrownBy(() -> assessment.assess(XAVIER, new SelfAssess(community, COLLABORATING, "")))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> assessment.assess(MemberId.of("unknown"), new SelfAssess(community, COLLABORATING, "")))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(assessment.claimsIn(JORDI, community, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void refusesUnknownCompetencesAndLevelsAndChangesNothing() {
      Throwable unknownCompetence = catchThrowable(() -> assessment.assess(MARTA,
          new SelfAssess(community, CompetenceLevel.of("digcomp@2.2#6.1", 2), "")));
      Throwable unknownLevel = catchThrowable(() -> assessment.assess(MARTA,
          new SelfAssess(community, CompetenceLevel.of("digcomp@2.2#1.1", 9), "")));
      Throwable unknownFramework = catchThrowable(() -> assessment.assess(MARTA,
          new SelfAssess(community, CompetenceLevel.of("acme@1#1.1", 2), "")));

      for (Throwable refused : List.of(unknownCompetence, unknownLevel, unknownFramework)) {
        assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("claimed"));
      }
      assertThat(field(() -> new SelfAssess(community, COLLABORATING, "x".repeat(ClaimEntry.MAX_COMMENT + 1)))).isEqualTo("comment");
      assertThat(field(() -> new SelfAssess(null, COLLABORATING, ""))).isEqualTo("community");
      assertThat(field(() -> new SelfAssess(community, null, ""))).isEqualTo("claimed");
      assertThat(assessment.claimsOf(MARTA, MARTA)).isEmpty();
      assertThat(scene.events.eventsOf(CompetenceEvent.class)).isEmpty();
    }

    @Test
    void refusesClaimsInAnArchivedCommunity() {
      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(community, Stage.ARCHIVED, "done"));

      assertThatThrownBy(() -> martaClaims(3)).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    }
  }

  @Nested
  class Endorsement {

    @Test
    void peersEndorseWithCommentAndEvidenceOncePerLevel() {
      CompetenceClaim claim = martaClaims(3);

      CompetenceClaim byOriol = assessment.endorse(ORIOL,
          new EndorseClaim(claim.id(), "Va conduir la sessió de març", "https://intranet.example.org/actes/12"));
      Throwable twice = catchThrowable(() -> assessment.endorse(ORIOL, new EndorseClaim(claim.id(), "again", "")));
      CompetenceClaim raised = martaClaims(4);
      CompetenceClaim atTheNewLevel = assessment.endorse(ORIOL, new EndorseClaim(claim.id(), "I ara més", ""));

      assertThat(byOriol.endorsed()).contains(3);
      assertThat(byOriol.endorsements()).isEqualTo(1);
      assertThat(twice).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThat(raised.endorsed()).contains(3);
      assertThat(atTheNewLevel.endorsed()).contains(4);
      assertThat(atTheNewLevel.endorsements()).isEqualTo(2);
      List<ClaimEntry> history = assessment.history(MARTA, claim.id());
      assertThat(history).extracting(ClaimEntry::number).containsExactly(1, 2, 3, 4);
      assertThat(history.get(1).evidence()).isEqualTo("https://intranet.example.org/actes/12");
      assertThat(history.get(1).comment()).isEqualTo("Va conduir la sessió de març");
      assertThat(scene.events.eventsOf(CompetenceEvent.ClaimEndorsed.class)).hasSize(2);
    }

    @Test
    void theClaimantObserversAndOutsidersCannotEndorse() {
      CompetenceClaim claim = martaClaims(3);
      EndorseClaim endorsement = new EndorseClaim(claim.id(), "Bona feina", "");

      assertThatThrownBy(() -> assessment.endorse(MARTA, endorsement)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> assessment.endorse(PERE, endorsement)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> assessment.endorse(XAVIER, endorsement)).as("an outsider of a CLOSED community cannot see the claim")
          .isInstanceOf(NotFoundException.class);
      assertThat(assessment.claim(JORDI, claim.id())).isEqualTo(claim);
    }

    @Test
    void refusesBadInputAndChangesNothing() {
      CompetenceClaim claim = martaClaims(3);

      assertThat(field(() -> new EndorseClaim(claim.id(), " ", ""))).isEqualTo("comment");
      assertThat(field(() -> new EndorseClaim(claim.id(), "ok", "javascript:alert(1)"))).isEqualTo("evidence");
      assertThat(field(() -> new EndorseClaim(claim.id(), "ok", "file:///etc/passwd"))).isEqualTo("evidence");
      assertThat(field(() -> new EndorseClaim(null, "ok", ""))).isEqualTo("claim");
      assertThatThrownBy(() -> assessment.endorse(ORIOL, new EndorseClaim(ClaimId.random(), "ok", "")))
          .isInstanceOf(NotFoundException.class);
      assertThat(assessment.claim(MARTA, claim.id())).isEqualTo(claim);
      assertThat(assessment.history(MARTA, claim.id())).hasSize(1);
    }
  }

  @Nested
  class Validation {

    @Test
    void eModeratorsExpertsAndAdministratorsValidateALevelUpToTheOneClaimed() {
      CompetenceClaim claim = martaClaims(5);

      CompetenceClaim byExpert = assessment.validate(LAIA, new ValidateClaim(claim.id(), 4, "Ho demostra als casos"));
      CompetenceClaim byModerator = assessment.validate(JORDI, new ValidateClaim(claim.id(), 5, "Confirmat"));
      CompetenceClaim byAdministrator = assessment.validate(NURIA, new ValidateClaim(claim.id(), 5, "Revisat"));

      assertThat(byExpert.validated()).contains(4);
      assertThat(byModerator.validated()).contains(5);
      assertThat(byAdministrator.entries()).isEqualTo(4);
      assertThat(assessment.history(ORIOL, claim.id())).extracting(ClaimEntry::kind, ClaimEntry::actor).containsExactly(
          org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.SELF_ASSESSED, MARTA),
          org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.VALIDATED, LAIA),
          org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.VALIDATED, JORDI),
          org.assertj.core.groups.Tuple.tuple(ClaimEntryKind.VALIDATED, NURIA));
      assertThat(scene.events.eventsOf(CompetenceEvent.ClaimValidated.class)).extracting(CompetenceEvent.ClaimValidated::level)
          .containsExactly(4, 5, 5);
    }

    @Test
    void membersWithoutTheRoleAndTheClaimantCannotValidate() {
      CompetenceClaim claim = martaClaims(5);
      CompetenceClaim jordis = assessment.assess(JORDI, new SelfAssess(community, COLLABORATING, ""));

      for (MemberId actor : List.of(ORIOL, PERE)) {
        assertThatThrownBy(() -> assessment.validate(actor, new ValidateClaim(claim.id(), 3, "ok")))
            .as(actor.value()).isInstanceOf(AccessDeniedException.class);
      }
      assertThatThrownBy(() -> assessment.validate(JORDI, new ValidateClaim(jordis.id(), 3, "myself")))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(assessment.claim(MARTA, claim.id()).validated()).isEmpty();
      assertThat(assessment.claim(JORDI, jordis.id()).validated()).isEmpty();
    }

    @Test
    void refusesALevelAboveTheOneClaimedAndChangesNothing() {
      CompetenceClaim claim = martaClaims(3);

      Throwable above = catchThrowable(() -> assessment.validate(JORDI, new ValidateClaim(claim.id(), 4, "massa")));

      assertThat(above).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("level"));
      assertThat(field(() -> new ValidateClaim(claim.id(), 0, "x"))).isEqualTo("level");
      assertThat(field(() -> new ValidateClaim(claim.id(), 3, ""))).isEqualTo("comment");
      assertThat(assessment.claim(MARTA, claim.id())).isEqualTo(claim);
      assertThat(scene.events.eventsOf(CompetenceEvent.ClaimValidated.class)).isEmpty();
    }
  }

  @Nested
  class Visibility_ {

    @Test
    void anOutsiderOfASecretCommunityCannotTellItsClaimsFromNone() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      CompetenceAssessment hiddenAssessment = secret.platform.competenceAssessment();
      CompetenceClaim hidden = hiddenAssessment.assess(MARTA, new SelfAssess(secret.community.id(), COLLABORATING, ""));
      ClaimId none = ClaimId.random();

      assertSameMissing(() -> hiddenAssessment.claim(XAVIER, hidden.id()), () -> hiddenAssessment.claim(XAVIER, none));
      assertSameMissing(() -> hiddenAssessment.history(XAVIER, hidden.id()), () -> hiddenAssessment.history(XAVIER, none));
      assertSameMissing(() -> hiddenAssessment.endorse(XAVIER, new EndorseClaim(hidden.id(), "x", "")),
          () -> hiddenAssessment.endorse(XAVIER, new EndorseClaim(none, "x", "")));
      assertSameMissing(() -> hiddenAssessment.validate(XAVIER, new ValidateClaim(hidden.id(), 1, "x")),
          () -> hiddenAssessment.validate(XAVIER, new ValidateClaim(none, 1, "x")));
      assertSameMissing(() -> hiddenAssessment.claimsIn(XAVIER, secret.community.id(), PageRequest.first(5)),
          () -> hiddenAssessment.claimsIn(XAVIER, CommunityId.random(), PageRequest.first(5)));
      assertThat(hiddenAssessment.claimsOf(XAVIER, MARTA)).isEmpty();
      assertThat(hiddenAssessment.claimsOf(ORIOL, MARTA)).containsExactly(hidden);
      assertThat(hiddenAssessment.claimsOf(MARTA, MARTA)).containsExactly(hidden);
    }

    @Test
    void aMembersClaimsAreListedOnlyWhereTheReaderMayRead() {
      CompetenceClaim closed = martaClaims(3);
      ConversationScene open = new ConversationScene(Visibility.OPEN);
      // Another platform; the claims of one community per platform are what each reader sees.
      CompetenceClaim inOpen = open.platform.competenceAssessment().assess(MARTA, new SelfAssess(open.community.id(), COLLABORATING, ""));

      assertThat(assessment.claimsOf(XAVIER, MARTA)).as("a CLOSED community's claims are for its members").isEmpty();
      assertThat(assessment.claimsOf(ORIOL, MARTA)).containsExactly(closed);
      assertThat(open.platform.competenceAssessment().claimsOf(XAVIER, MARTA)).containsExactly(inOpen);
      assertThat(assessment.claimsIn(LAIA, community, PageRequest.first(5)).items()).containsExactly(closed);
      assertThatThrownBy(() -> assessment.claimsIn(XAVIER, community, PageRequest.first(5))).isInstanceOf(NotFoundException.class);
    }

    private void assertSameMissing(Runnable hidden, Runnable random) {
      Throwable forHidden = catchThrowable(hidden::run);
      Throwable forRandom = catchThrowable(random::run);
      assertThat(forHidden).isInstanceOf(NotFoundException.class);
      assertThat(forRandom).isInstanceOf(NotFoundException.class);
      assertThat(((NotFoundException) forHidden).kind()).isEqualTo(((NotFoundException) forRandom).kind());
      assertThat(forHidden.getMessage().replace(forHidden instanceof NotFoundException n ? n.id() : "", "?"))
          .isEqualTo(forRandom.getMessage().replace(((NotFoundException) forRandom).id(), "?"));
    }
  }

  private static String field(Supplier<?> construction) {
    Throwable thrown = catchThrowable(construction::get);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).field();
  }
}
