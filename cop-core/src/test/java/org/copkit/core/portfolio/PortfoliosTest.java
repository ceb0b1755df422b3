package org.copkit.core.portfolio;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.Review;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.RecordAttendance;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.portfolio.AddEvidence;
import org.copkit.api.portfolio.CommunityPortfolio;
import org.copkit.api.portfolio.CompetenceMatrix;
import org.copkit.api.portfolio.CreatePage;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.portfolio.PageView;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.Portfolios;
import org.copkit.api.portfolio.SharePage;
import org.copkit.api.portfolio.SharedLink;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * E-portfolios through the platform: evidence gathered from what a member did in a CLOSED, an OPEN
 * and a SECRET community, pages shared with every audience and read by every kind of reader (owner,
 * member, outsider, link holder), the competence matrix and a community's collective portfolio.
 * Nothing of the CLOSED or SECRET community reaches a reader outside it.
 */
class PortfoliosTest {

  private static final CompetenceLevel COLLABORATING = CompetenceLevel.of("digcomp@2.2#2.4", 4);

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final Portfolios portfolios = scene.platform.portfolios();
  private final CommunityId closed = scene.community.id();
  private final CommunityId open = communityOf(Visibility.OPEN, "Justícia oberta");
  private final CommunityId secret = communityOf(Visibility.SECRET, "Casos reservats");
  private final LearningUnit closedUnit = completedBy(MARTA, closed, "Entrevista inicial");
  private final LearningUnit openUnit = completedBy(MARTA, open, "Dades obertes");
  private final LearningUnit secretUnit = completedBy(MARTA, secret, "Protocol reservat");
  private final KnowledgeItem coreOutput = scene.platform.knowledgeBase().create(MARTA, new CreateItem(closed,
      KnowledgeKind.OUTPUT, Audience.CORE, new KnowledgeContent("Guia del grup de treball", "Esborrany", "", Set.of(),
      Set.of("digcomp@2.2#2.4")), ""));
  private final Evidence reflection = portfolios.addEvidence(MARTA, new AddEvidence(EvidenceKind.REFLECTION,
      "El que he après", "Escoltar abans de proposar", "", Set.of(COLLABORATING.competence())));

  private CommunityId communityOf(Visibility visibility, String name) {
    Community community = scene.platform.lifecycle().create(JORDI, new CommunityDetails(name, "Domini", "", visibility));
    var invitation = scene.platform.joining().invite(JORDI, new Invite(community.id(), MARTA, Tier.CORE, ""));
    scene.platform.joining().accept(MARTA, invitation.id());
    return community.id();
  }

  private LearningUnit completedBy(MemberId member, CommunityId community, String title) {
    LearningUnit unit = scene.platform.learning().publish(JORDI, new PublishUnit(community, title, "Resum",
        UnitFormat.TEXT, "", 10, Set.of(COLLABORATING)));
    scene.platform.learning().complete(member, unit.id());
    scene.clock.advance(Duration.ofMinutes(1));
    return unit;
  }

  private static String unit(LearningUnit unit) {
    return "unit:" + unit.id();
  }

  private PortfolioPage everything() {
    return portfolios.createPage(MARTA, new CreatePage("El meu portafoli", "Un any",
        List.of(unit(closedUnit), unit(openUnit), unit(secretUnit), "item:" + coreOutput.id(), reflection.key())));
  }

  private List<String> keys(PageView view) {
    return view.evidence().stream().map(Evidence::key).toList();
  }

  @Nested
  class Evidence_ {

    @Test
    void gathersWhatTheMemberDidAndAddedNewestFirst() {
      List<Evidence> evidence = portfolios.evidence(MARTA);

      assertThat(evidence).as("newest first, ties by key").extracting(Evidence::key).containsExactly(
          "item:" + coreOutput.id(), reflection.key(), unit(secretUnit), unit(openUnit), unit(closedUnit));
      assertThat(evidence.get(1).competences()).containsExactly(COLLABORATING.competence());
      assertThat(portfolios.evidence(ORIOL)).isEmpty();
    }

    @Test
    void refusesBadEvidenceAndChangesNothing() {
      assertThat(field(() -> new AddEvidence(EvidenceKind.UPLOADED, "Informe", "", "", Set.of()))).isEqualTo("link");
      assertThat(field(() -> new AddEvidence(EvidenceKind.REFLECTION, "Buit", " ", "", Set.of()))).isEqualTo("text");
      assertThat(field(() -> new AddEvidence(EvidenceKind.UNIT_COMPLETED, "x", "y", "", Set.of()))).isEqualTo("kind");
      assertThat(field(() -> new AddEvidence(EvidenceKind.UPLOADED, "x", "", "javascript:alert(1)", Set.of()))).isEqualTo("link");
      Throwable unknown = catchThrowable(() -> portfolios.addEvidence(MARTA, new AddEvidence(EvidenceKind.REFLECTION, "x",
          "y", "", Set.of(CompetenceRef.of("digcomp@2.2#9.9")))));
      assertThat(unknown).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("competences"));
      Throwable foreign = catchThrowable(() -> portfolios.createPage(ORIOL, new CreatePage("x", "", List.of(unit(closedUnit)))));
      assertThat(foreign).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
      assertThat(field(() -> new CreatePage("x", "", List.of("a", "a")))).isEqualTo("evidence");
      assertThat(portfolios.evidence(MARTA)).hasSize(5);
      assertThatThrownBy(() -> portfolios.addEvidence(MemberId.of("nobody"), new AddEvidence(EvidenceKind.REFLECTION, "x",
          "y", "", Set.of()))).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Nested
  class Pages {

    @Test
    void aPrivatePageIsTheOwnersAloneAndShowsAllTheyMayRead() {
      PortfolioPage page = everything();

      assertThat(keys(portfolios.page(MARTA, page.id()))).containsExactly(unit(closedUnit), unit(openUnit), unit(secretUnit),
          "item:" + coreOutput.id(), reflection.key());
      for (MemberId other : List.of(ORIOL, XAVIER, JORDI, NURIA)) {
        assertSameMissing(() -> portfolios.page(other, page.id()), () -> portfolios.page(other, PortfolioPageId.random()));
      }
    }

    @Test
    void aPageSharedWithTheClosedCommunityShowsItsEvidenceToItsReadersOnlyAndNothingSecret() {
      PortfolioPage page = everything();
      portfolios.share(MARTA, new SharePage(page.id(), PageAudience.COMMUNITY, Optional.of(closed)));

      assertThat(keys(portfolios.page(ORIOL, page.id()))).as("a participant: no CORE output, nothing SECRET")
          .containsExactly(unit(closedUnit), unit(openUnit), reflection.key());
      assertThat(keys(portfolios.page(JORDI, page.id()))).as("the e-moderator, CORE, who is also in the SECRET community")
          .containsExactly(unit(closedUnit), unit(openUnit), "item:" + coreOutput.id(), reflection.key());
      assertThat(keys(portfolios.page(MARTA, page.id()))).as("the owner sees what the audience sees")
          .containsExactly(unit(closedUnit), unit(openUnit), "item:" + coreOutput.id(), reflection.key());
      assertThat(keys(portfolios.page(PERE, page.id()))).containsExactly(unit(closedUnit), unit(openUnit), reflection.key());
      assertSameMissing(() -> portfolios.page(XAVIER, page.id()), () -> portfolios.page(XAVIER, PortfolioPageId.random()));
    }

    @Test
    void aPageSharedWithTheSecretCommunityShowsItsEvidenceThereOnly() {
      PortfolioPage page = everything();
      portfolios.share(MARTA, new SharePage(page.id(), PageAudience.COMMUNITY, Optional.of(secret)));

      assertThat(keys(portfolios.page(JORDI, page.id()))).containsExactly(unit(openUnit), unit(secretUnit), reflection.key());
      for (MemberId outsider : List.of(ORIOL, XAVIER, LAIA)) {
        assertSameMissing(() -> portfolios.page(outsider, page.id()), () -> portfolios.page(outsider, PortfolioPageId.random()));
      }
      assertThatThrownBy(() -> portfolios.share(ORIOL, new SharePage(page.id(), PageAudience.PLATFORM, Optional.empty())))
          .as("only the owner shares").isInstanceOf(NotFoundException.class);
      assertThat(portfolios.share(MARTA, new SharePage(page.id(), PageAudience.COMMUNITY, Optional.of(open))).page().community())
          .contains(open);
    }

    @Test
    void aPageSharedWithThePlatformShowsOnlyWhatOpenCommunitiesShowEveryone() {
      PortfolioPage page = everything();
      portfolios.share(MARTA, new SharePage(page.id(), PageAudience.PLATFORM, Optional.empty()));

      for (MemberId reader : List.of(XAVIER, ORIOL, JORDI, NURIA, MARTA)) {
        assertThat(keys(portfolios.page(reader, page.id()))).as(reader.value()).containsExactly(unit(openUnit), reflection.key());
      }
      assertThatThrownBy(() -> portfolios.page(MemberId.of("nobody"), page.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLinkShowsWhatThePlatformSeesUntilRevokedOrReplaced() {
      PortfolioPage page = everything();
      SharedLink first = portfolios.share(MARTA, new SharePage(page.id(), PageAudience.LINK, Optional.empty()));

      assertThat(keys(portfolios.pageByLink(first.token()))).containsExactly(unit(openUnit), reflection.key());
      assertThat(first.page().linkHash()).isPresent().get().isNotEqualTo(first.token());
      assertSameMissing(() -> portfolios.page(XAVIER, page.id()), () -> portfolios.page(XAVIER, PortfolioPageId.random()));
      SharedLink second = portfolios.share(MARTA, new SharePage(page.id(), PageAudience.LINK, Optional.empty()));
      assertThatThrownBy(() -> portfolios.pageByLink(first.token())).as("a new link replaces the old").isInstanceOf(NotFoundException.class);
      assertThat(keys(portfolios.pageByLink(second.token()))).hasSize(2);
      portfolios.share(MARTA, new SharePage(page.id(), PageAudience.PRIVATE, Optional.empty()));
      assertThatThrownBy(() -> portfolios.pageByLink(second.token())).as("revoked").isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> portfolios.pageByLink("x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sharingWithACommunityNeedsTheOwnerToBelongToIt() {
      PortfolioPage page = portfolios.createPage(ORIOL, new CreatePage("x", "", List.of()));

      assertThatThrownBy(() -> portfolios.share(ORIOL, new SharePage(page.id(), PageAudience.COMMUNITY, Optional.of(open))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> portfolios.share(ORIOL, new SharePage(page.id(), PageAudience.COMMUNITY, Optional.of(secret))))
          .isInstanceOf(NotFoundException.class);
      assertThat(field(() -> new SharePage(page.id(), PageAudience.COMMUNITY, Optional.empty()))).isEqualTo("community");
      assertThat(field(() -> new SharePage(page.id(), PageAudience.PLATFORM, Optional.of(open)))).isEqualTo("community");
    }
  }

  @Nested
  class Matrix {

    @Test
    void showsClaimedEndorsedAndValidatedLevelsAgainstTheEvidenceTheReaderMaySee() {
      var claim = scene.platform.competenceAssessment().assess(MARTA, new SelfAssess(closed, COLLABORATING, ""));
      scene.platform.competenceAssessment().endorse(ORIOL, new EndorseClaim(claim.id(), "Ho fa bé", ""));
      scene.platform.competenceAssessment().validate(JORDI, new ValidateClaim(claim.id(), 3, "Nivell 3"));

      CompetenceMatrix own = portfolios.matrix(MARTA, MARTA);
      CompetenceMatrix outsiders = portfolios.matrix(XAVIER, MARTA);
      CompetenceMatrix participants = portfolios.matrix(ORIOL, MARTA);

      assertThat(own.rows()).singleElement().satisfies(row -> {
        assertThat(row.competence()).isEqualTo(COLLABORATING.competence());
        assertThat(List.of(row.claimed(), row.endorsed(), row.validated())).containsExactly(4, 4, 3);
        assertThat(row.evidence()).contains(unit(closedUnit), unit(openUnit), unit(secretUnit), "item:" + coreOutput.id(),
            reflection.key()).hasSize(7);
      });
      assertThat(outsiders.rows()).singleElement().satisfies(row -> {
        assertThat(List.of(row.claimed(), row.endorsed(), row.validated())).containsExactly(0, 0, 0);
        assertThat(row.evidence()).containsExactly(unit(openUnit));
      });
      assertThat(participants.rows()).singleElement().satisfies(row -> {
        assertThat(row.validated()).isEqualTo(3);
        assertThat(row.evidence()).doesNotContain(unit(secretUnit), "item:" + coreOutput.id(), reflection.key());
      });
    }
  }

  @Nested
  class Collective {

    @Test
    void anOutputCoAuthoredIsEvidenceAndShowsItsCycleDiffusionAndAssessmentInTheCollectivePortfolio() {
      scene.promote(LAIA, Tier.CORE);
      Production production = scene.platform.production();
      org.copkit.api.knowledge.Output draft = production.startDraft(MARTA, new Production.StartDraft(closed,
          new KnowledgeContent("Protocol de mediació", "Pas 1", "", Set.of(), Set.of("digcomp@2.2#2.4")), "primer"));
      KnowledgeItemId id = draft.item().id();
      scene.platform.knowledgeBase().edit(NURIA, new EditItem(id, 1,
          new KnowledgeContent("Protocol de mediació penal", "Pas 1 i 2", "", Set.of(), Set.of("digcomp@2.2#2.4")), "pas 2"));

      assertThat(portfolios.evidence(NURIA)).as("a CORE draft, and she is no member of the working group").isEmpty();
      assertThat(portfolios.evidence(MARTA)).extracting(org.copkit.api.portfolio.Evidence::key)
          .as("the creator's evidence is the item she wrote, once").contains("item:" + id).doesNotContain("output:" + id);
      CommunityPortfolio.Output drafting = outputOf(portfolios.communityPortfolio(JORDI, closed), id);
      assertThat(drafting.stage()).contains(OutputStage.Kind.DRAFT);
      assertThat(drafting.assessment()).isEmpty();

      OutputCycle review = production.requestReview(JORDI, new Production.RequestReview(id, draft.cycle().version(),
          Set.of(JORDI, LAIA)));
      production.review(LAIA, new Production.ReviewOutput(id, 2, Review.Verdict.APPROVE, ""));
      OutputCycle approved = production.review(JORDI, new Production.ReviewOutput(id, 2, Review.Verdict.APPROVE, ""));
      OutputCycle published = production.publish(JORDI, new Production.Publish(id, approved.version(), "al plenari"));
      production.assess(JORDI, new Production.Assess(id, published.version(), "Un protocol comú", "Tres jutjats",
          "Revisar-lo cada any"));

      assertThat(portfolios.evidence(NURIA)).as("she wrote a revision: a co-author").singleElement().satisfies(e -> {
        assertThat(e.key()).isEqualTo("output:" + id);
        assertThat(e.kind()).isEqualTo(EvidenceKind.OUTPUT_CO_AUTHORED);
        assertThat(e.title()).isEqualTo("Protocol de mediació penal");
        assertThat(e.audience()).as("published to the whole community").isEqualTo(org.copkit.api.community.Audience.COMMUNITY);
        assertThat(e.competences()).containsExactly(COLLABORATING.competence());
      });
      CommunityPortfolio.Output assessed = outputOf(portfolios.communityPortfolio(ORIOL, closed), id);
      assertThat(review.coAuthors()).containsExactlyInAnyOrder(MARTA, NURIA);
      assertThat(assessed.stage()).contains(OutputStage.Kind.ASSESSED);
      assertThat(assessed.diffusions()).as("published to its community").isEqualTo(published.diffusions().size()).isPositive();
      assertThat(assessed.assessment()).hasValueSatisfying(a -> {
        assertThat(a.achieved()).isEqualTo("Un protocol comú");
        assertThat(a.reach()).isEqualTo("Tres jutjats");
        assertThat(a.lessons()).isEqualTo("Revisar-lo cada any");
        assertThat(a.by()).isEqualTo(JORDI);
      });
      assertThat(outputOf(portfolios.communityPortfolio(JORDI, closed), coreOutput.id()).stage())
          .as("an output written without a production cycle").isEmpty();
    }

    private CommunityPortfolio.Output outputOf(CommunityPortfolio portfolio, KnowledgeItemId id) {
      return portfolio.outputs().stream().filter(o -> o.key().equals("item:" + id)).findFirst().orElseThrow();
    }

    @Test
    void aCommunityShowsItsOutputsEventsCompetencesParticipationAndAssessments() {
      LocalDateTime start = LocalDateTime.ofInstant(scene.clock.instant(), ZoneOffset.UTC).plusDays(1);
      CalendarEvent seminar = scene.platform.learningCalendar().schedule(JORDI, new ScheduleEvent(closed, EventKind.SEMINAR,
          "Seminari", "", EventFormat.ON_SITE, "Sala 3", start, start.plusHours(2), ZoneOffset.UTC, 10, Set.of(COLLABORATING)));
      scene.platform.learningCalendar().schedule(JORDI, new ScheduleEvent(closed, EventKind.SEMINAR, "Encara no",
          "", EventFormat.ON_SITE, "Sala 3", start.plusDays(7), start.plusDays(7).plusHours(2), ZoneOffset.UTC, 10, Set.of()));
      scene.platform.knowledgeBase().create(MARTA, new CreateItem(closed, KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY,
          new KnowledgeContent("Protocol", "Pas 1", "https://docs.example.org/protocol.pdf", Set.of(), Set.of()), ""));
      scene.platform.learningCalendar().register(ORIOL, seminar.id());
      scene.clock.advance(Duration.ofDays(2));
      scene.platform.learningCalendar().recordAttendance(JORDI, new RecordAttendance(seminar.id(), ORIOL, Attendance.PRESENT));
      var claim = scene.platform.competenceAssessment().assess(MARTA, new SelfAssess(closed, COLLABORATING, ""));
      scene.platform.competenceAssessment().validate(JORDI, new ValidateClaim(claim.id(), 3, "Nivell 3"));

      CommunityPortfolio forCore = portfolios.communityPortfolio(JORDI, closed);
      CommunityPortfolio forParticipant = portfolios.communityPortfolio(ORIOL, closed);

      assertThat(forCore.name()).isEqualTo(scene.community.name());
      assertThat(forCore.outputs()).extracting(CommunityPortfolio.Output::key).as("outputs only, not the library's documents")
          .containsExactly("item:" + coreOutput.id());
      assertThat(forParticipant.outputs()).as("a CORE output is for the working group").isEmpty();
      assertThat(forCore.eventsHeld()).as("held: the seminar that ended, not the one to come").singleElement().satisfies(e -> {
        assertThat(e.title()).isEqualTo("Seminari");
        assertThat(e.attended()).isEqualTo(1);
      });
      assertThat(forCore.competences()).containsExactly(new CommunityPortfolio.Developed(COLLABORATING.competence(), 1, 1, 3));
      assertThat(forCore.validations()).isEqualTo(1);
      assertThat(forCore.participation()).isNotEmpty();
      assertThat(forCore.participation().stream().mapToInt(CommunityPortfolio.Participation::pieces).sum())
          .as("the unit completed, the CORE output, the library document, the attendance, the validation").isEqualTo(5);
      assertThat(forParticipant.participation().stream().mapToInt(CommunityPortfolio.Participation::pieces).sum()).isEqualTo(4);
      assertSameMissing(() -> portfolios.communityPortfolio(XAVIER, secret),
          () -> portfolios.communityPortfolio(XAVIER, CommunityId.random()));
      assertThatThrownBy(() -> portfolios.communityPortfolio(XAVIER, closed)).isInstanceOf(NotFoundException.class);
    }
  }

  private static void assertSameMissing(Runnable hidden, Runnable random) {
    Throwable forHidden = catchThrowable(hidden::run);
    Throwable forRandom = catchThrowable(random::run);
    assertThat(forHidden).isInstanceOf(NotFoundException.class);
    assertThat(forRandom).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) forHidden).kind()).isEqualTo(((NotFoundException) forRandom).kind());
  }

  private static String field(Supplier<?> construction) {
    Throwable thrown = catchThrowable(construction::get);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).field();
  }
}
