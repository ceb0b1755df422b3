package org.copkit.core.knowledge;

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

import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.ProductionEvent;
import org.copkit.api.knowledge.ProductionQueries;
import org.copkit.api.knowledge.RestoreRevision;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The production cycle through the platform: draft, review with approvals and change requests,
 * publication with the audience change, every transition checked against the cycle's version,
 * authorized (deny by default, reviewers only review, the working group edits drafts only), audited,
 * published as events and feed activities of the PRODUCTION component; a draft is missing for
 * everyone outside the working group exactly as an unused ID; bad input changes nothing.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia, promoted to CORE here; Oriol, a participant;
 * Pere, an observer; Xavier, an outsider; Núria, an administrator. Outputs need two approvals.
 */
class ProductionTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final Production production = scene.platform.production();
  private final ProductionQueries queries = scene.platform.productionQueries();
  private final CommunityId community = scene.community.id();

  ProductionTest() {
    scene.promote(LAIA, Tier.CORE);
  }

  private static KnowledgeContent content(String title) {
    return new KnowledgeContent(title, "Pas 1: **escoltar** les parts.", "", Set.of("protocol", "mediació"), Set.of());
  }

  private Output draft() {
    return production.startDraft(MARTA, new Production.StartDraft(community, content("Protocol de mediació"), "primer esborrany"));
  }

  private OutputCycle inReview(Output draft) {
    return production.requestReview(JORDI, new Production.RequestReview(draft.item().id(), draft.cycle().version(),
        Set.of(JORDI, LAIA)));
  }

  private OutputCycle approve(MemberId reviewer, KnowledgeItemId output, int revision) {
    return production.review(reviewer, new Production.ReviewOutput(output, revision, Review.Verdict.APPROVE, ""));
  }

  private OutputCycle cycle(KnowledgeItemId output) {
    return queries.output(NURIA, output).cycle();
  }

  private List<AuditEntry> audited(AuditAction action) {
    return scene.storage.transactions().inTransaction(
        () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(200)).items()).stream()
        .filter(entry -> entry.action() == action).toList();
  }

  private List<DomainEvent> events() {
    return scene.events.events().stream().filter(e -> e instanceof ProductionEvent).toList();
  }

  private List<FeedItem> feedOf(MemberId member) {
    return scene.platform.feed().feed(member, FeedQuery.first(50)).items();
  }

  @Nested
  class TheWholeCycle {

    @Test
    void aDraftOfTheWorkingGroupIsReviewedApprovedAndPublishedToTheWholeCommunity() {
      Output draft = draft();
      assertThat(draft.item().audience()).isEqualTo(Audience.CORE);
      assertThat(draft.cycle().stage()).isEqualTo(new OutputStage.Draft(0));
      assertThat(draft.cycle().coAuthors()).containsExactly(MARTA);
      KnowledgeItemId id = draft.item().id();
      scene.platform.knowledgeBase().edit(NURIA, new EditItem(id, 1, content("Protocol de mediació penal"), "títol"));

      OutputCycle review = inReview(draft);
      assertThat(review.stage()).isInstanceOfSatisfying(OutputStage.InReview.class, stage -> {
        assertThat(stage.round()).isEqualTo(1);
        assertThat(stage.revision()).as("the latest revision is under review").isEqualTo(2);
        assertThat(stage.approvalsNeeded()).isEqualTo(ReviewPolicy.DEFAULT_APPROVALS);
        assertThat(stage.reviewers()).containsExactlyInAnyOrder(JORDI, LAIA);
      });
      assertThat(review.coAuthors()).as("whoever wrote a revision").containsExactlyInAnyOrder(MARTA, NURIA);
      approve(LAIA, id, 2);
      OutputCycle approved = approve(JORDI, id, 2);
      assertThat(approved.approvals()).isEqualTo(2);

      OutputCycle published = production.publish(JORDI, new Production.Publish(id, approved.version(), "al plenari"));

      assertThat(published.stage()).isInstanceOfSatisfying(OutputStage.Published.class, stage ->
          assertThat(stage.publication()).isEqualTo(new OutputStage.Publication(1, 2, JORDI, scene.clock.instant())));
      assertThat(published.diffusions()).singleElement().satisfies(d ->
          assertThat(d.target()).isEqualTo(new org.copkit.api.knowledge.Diffusion.ToCommunity(community)));
      assertThat(scene.platform.knowledgeQueries().item(ORIOL, id).audience())
          .as("published: the whole community reads it").isEqualTo(Audience.COMMUNITY);
      assertThat(queries.output(PERE, id).cycle()).isEqualTo(published);
      assertThat(events()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
          "DraftStarted", "ReviewRequested", "Reviewed", "Reviewed", "Published", "Diffused");
      assertThat(audited(AuditAction.OUTPUT_DRAFT_STARTED)).singleElement().satisfies(entry -> {
        assertThat(entry.actor()).contains(MARTA);
        assertThat(entry.detail()).isEqualTo("output " + id);
        assertThat(entry.reason()).isEqualTo("primer esborrany");
      });
      assertThat(audited(AuditAction.OUTPUT_REVIEWED)).extracting(e -> e.actor().orElseThrow()).containsExactly(LAIA, JORDI);
      assertThat(audited(AuditAction.OUTPUT_PUBLISHED)).hasSize(1);
      assertThat(feedOf(ORIOL)).singleElement().satisfies(item -> {
        assertThat(item.activity().value()).isEqualTo(id.value());
        assertThat(item.kind()).isEqualTo(ActivityKind.OUTPUT);
        assertThat(item.component()).isEqualTo(CopComponent.PRODUCTION);
      });
      assertThat(feedOf(MARTA)).as("the working group saw the draft start, and the publication")
          .hasSize(2).allSatisfy(item -> assertThat(item.component()).isEqualTo(CopComponent.PRODUCTION));
      assertThat(queries.coAuthoredBy(ORIOL, MARTA, PageRequest.first(10)).items()).containsExactly(published);
    }

    @Test
    void searchFindsTheDraftForTheWorkingGroupOnlyAndThePublishedOutputForTheWholeCommunity() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();
      assertThat(found(MARTA)).as("its working group finds the draft").contains(id.toString());
      assertThat(found(ORIOL)).as("the periphery does not").doesNotContain(id.toString());

      inReview(draft);
      approve(JORDI, id, 1);
      OutputCycle approved = approve(LAIA, id, 1);
      production.publish(JORDI, new Production.Publish(id, approved.version(), "al plenari"));

      assertThat(found(ORIOL)).as("published to the whole community").contains(id.toString());
    }

    private java.util.List<String> found(MemberId reader) {
      return scene.platform.search().search(reader, org.copkit.api.search.SearchQuery.of("mediació")).hits().items()
          .stream().map(org.copkit.api.search.SearchHit::id).toList();
    }

    @Test
    void aChangeRequestSendsItBackToTheDraftAndTheNextRoundStartsAfresh() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();
      inReview(draft);
      approve(LAIA, id, 1);

      OutputCycle back = production.review(JORDI,
          new Production.ReviewOutput(id, 1, Review.Verdict.REQUEST_CHANGES, "Falta el full de derivació"));

      assertThat(back.stage()).isEqualTo(new OutputStage.Draft(1));
      assertThat(events()).filteredOn(ProductionEvent.Reviewed.class::isInstance).map(ProductionEvent.Reviewed.class::cast)
          .as("each review tells the approvals of its round so far").extracting(ProductionEvent.Reviewed::approvals)
          .containsExactly(1, 1);
      assertThat(back.reviews()).extracting(Review::verdict)
          .containsExactly(Review.Verdict.APPROVE, Review.Verdict.REQUEST_CHANGES);
      scene.platform.knowledgeBase().edit(MARTA, new EditItem(id, 1, content("Protocol, amb el full"), "full de derivació"));
      OutputCycle second = production.requestReview(JORDI, new Production.RequestReview(id, back.version(), Set.of(JORDI, LAIA)));
      assertThat(second.stage()).isInstanceOfSatisfying(OutputStage.InReview.class, stage -> {
        assertThat(stage.round()).isEqualTo(2);
        assertThat(stage.revision()).isEqualTo(2);
      });
      assertThat(second.approvals()).as("the first round's approval does not count").isZero();
      assertConflict(ConflictException.Kind.RULE, () -> production.publish(JORDI, new Production.Publish(id, second.version(), "")));
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> approve(LAIA, id, 1));
      approve(LAIA, id, 2);
      OutputCycle approved = approve(JORDI, id, 2);
      assertThat(production.publish(JORDI, new Production.Publish(id, approved.version(), "")).isPublished()).isTrue();
    }

    @Test
    void theCommunitysPolicySaysHowManyApprovalsANewReviewNeeds() {
      assertThat(queries.reviewPolicy(ORIOL, community)).isEqualTo(ReviewPolicy.defaultFor(community));
      assertThat(production.configure(JORDI, new Production.ConfigureReview(community, 1)))
          .isEqualTo(new ReviewPolicy(community, 1));
      Output draft = draft();
      OutputCycle review = production.requestReview(JORDI,
          new Production.RequestReview(draft.item().id(), 0, Set.of(LAIA)));
      production.configure(JORDI, new Production.ConfigureReview(community, 3));

      OutputCycle approved = approve(LAIA, draft.item().id(), 1);

      assertThat(((OutputStage.InReview) review.stage()).approvalsNeeded()).isEqualTo(1);
      assertThat(production.publish(JORDI, new Production.Publish(draft.item().id(), approved.version(), "")).isPublished())
          .as("a review keeps the policy it was requested under").isTrue();
      assertThat(queries.reviewPolicy(MARTA, community).approvalsNeeded()).isEqualTo(3);
      assertThat(audited(AuditAction.REVIEW_POLICY_CONFIGURED)).hasSize(2);
    }
  }

  @Nested
  class Authorization {

    @Test
    void onlyTheWorkingGroupStartsDrafts() {
      for (MemberId member : List.of(ORIOL, PERE, XAVIER)) {
        assertThatThrownBy(() -> production.startDraft(member, new Production.StartDraft(community, content("x"), "")))
            .as(member.value()).isInstanceOf(AccessDeniedException.class);
      }
      assertThat(production.startDraft(NURIA, new Production.StartDraft(community, content("x"), "")).item().createdBy())
          .isEqualTo(NURIA);
      assertThat(queries.ofCommunity(JORDI, community, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void onlyEModeratorsLeadTheCycleAndOnlyNamedReviewersReview() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();

      assertThatThrownBy(() -> production.requestReview(MARTA, new Production.RequestReview(id, 0, Set.of(JORDI, LAIA))))
          .isInstanceOf(AccessDeniedException.class);
      OutputCycle review = inReview(draft);
      assertThatThrownBy(() -> approve(MARTA, id, 1)).as("an author is no reviewer").isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> approve(NURIA, id, 1)).as("nor is an administrator not named").isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> scene.platform.knowledgeBase().edit(MARTA, new EditItem(id, 1, content("y"), "why")))
          .as("nobody edits an output in review")
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThatThrownBy(() -> scene.platform.knowledgeBase().restore(JORDI, new RestoreRevision(id, 1, 2, "why")))
          .isInstanceOf(ConflictException.class);
      approve(LAIA, id, 1);
      assertConflict(ConflictException.Kind.DUPLICATE, () -> approve(LAIA, id, 1));
      OutputCycle approved = approve(JORDI, id, 1);
      assertThatThrownBy(() -> production.publish(MARTA, new Production.Publish(id, approved.version(), "")))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> production.publish(LAIA, new Production.Publish(id, approved.version(), "")))
          .as("a reviewer only reviews").isInstanceOf(AccessDeniedException.class);
      assertConflict(ConflictException.Kind.STALE_VERSION,
          () -> production.publish(JORDI, new Production.Publish(id, review.version(), "")));

      assertThat(cycle(id)).isEqualTo(approved);
      assertThat(scene.platform.knowledgeQueries().item(MARTA, id).revision()).isEqualTo(1);
    }

    @Test
    void theWorkingGroupMayEditADraftAndNobodyOnceItIsInReview() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();
      org.copkit.api.knowledge.KnowledgeQueries knowledge = scene.platform.knowledgeQueries();

      assertThat(knowledge.mayEdit(MARTA, id)).as("its author, while a draft").isTrue();
      assertThat(knowledge.mayEdit(LAIA, id)).as("the working group, while a draft").isTrue();

      inReview(draft);

      assertThat(knowledge.mayEdit(MARTA, id)).as("its author, in review").isFalse();
      assertThat(knowledge.mayEdit(JORDI, id)).as("an e-moderator, in review").isFalse();
    }

    @Test
    void aDraftIsMissingOutsideTheWorkingGroupExactlyAsAnUnusedId() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();

      for (MemberId reader : List.of(ORIOL, PERE, XAVIER)) {
        assertMissingAsAnUnusedId(() -> queries.output(reader, id), () -> queries.output(reader, KnowledgeItemId.random()));
        assertMissingAsAnUnusedId(
            () -> production.review(reader, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, "")),
            () -> production.review(reader, new Production.ReviewOutput(KnowledgeItemId.random(), 1, Review.Verdict.APPROVE, "")));
      }
      assertThat(queries.ofCommunity(ORIOL, community, PageRequest.first(10)).items()).isEmpty();
      assertThat(queries.ofCommunity(LAIA, community, PageRequest.first(10)).items()).containsExactly(draft.cycle());
      assertThat(queries.coAuthoredBy(ORIOL, MARTA, PageRequest.first(10)).items()).isEmpty();
      assertThat(queries.coAuthoredBy(MARTA, MARTA, PageRequest.first(10)).items()).containsExactly(draft.cycle());
      assertThatThrownBy(() -> queries.ofCommunity(XAVIER, community, PageRequest.first(10)))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecretCommunitysOutputsDoNotExistForOutsiders() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      Output draft = secret.platform.production().startDraft(MARTA,
          new Production.StartDraft(secret.community.id(), content("Secret"), ""));
      ProductionQueries secretQueries = secret.platform.productionQueries();

      Production secretProduction = secret.platform.production();
      List<java.util.function.Function<KnowledgeItemId, Object>> calls = List.of(
          id -> secretQueries.output(XAVIER, id),
          id -> secretProduction.requestReview(XAVIER, new Production.RequestReview(id, 0, Set.of(LAIA))),
          id -> secretProduction.review(XAVIER, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, "")),
          id -> secretProduction.publish(XAVIER, new Production.Publish(id, 0, "")),
          id -> secretProduction.diffuse(XAVIER, new Production.Diffuse(id,
              List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform()), "")),
          id -> secretProduction.assess(XAVIER, new Production.Assess(id, 0, "a", "b", "c")),
          id -> secret.platform.knowledgeBase().edit(XAVIER, new EditItem(id, 1, content("x"), "x")));
      for (var call : calls) {
        assertMissingAsAnUnusedId(() -> call.apply(draft.item().id()), () -> call.apply(KnowledgeItemId.random()));
      }
      assertThatThrownBy(() -> secretQueries.ofCommunity(XAVIER, secret.community.id(), PageRequest.first(10)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.production().startDraft(XAVIER,
          new Production.StartDraft(secret.community.id(), content("x"), ""))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.production().configure(XAVIER,
          new Production.ConfigureReview(secret.community.id(), 1))).isInstanceOf(NotFoundException.class);
      assertThat(secretQueries.coAuthoredBy(XAVIER, MARTA, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void refusesReviewersOutsideTheWorkingGroupOrAmongItsAuthorsAndChangesNothing() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();

      assertInvalid("reviewers", () -> production.requestReview(JORDI, new Production.RequestReview(id, 0, Set.of(JORDI, ORIOL))));
      assertInvalid("reviewers", () -> production.requestReview(JORDI, new Production.RequestReview(id, 0, Set.of(JORDI, MARTA))));
      assertInvalid("reviewers", () -> production.requestReview(JORDI, new Production.RequestReview(id, 0, Set.of(JORDI))));
      assertInvalid("reviewers", () -> production.requestReview(JORDI,
          new Production.RequestReview(id, 0, Set.of(JORDI, MemberId.of("ningú")))));

      assertThat(cycle(id)).isEqualTo(draft.cycle());
      assertThat(audited(AuditAction.OUTPUT_REVIEW_REQUESTED)).isEmpty();
    }
  }


  private OutputCycle published() {
    Output draft = draft();
    KnowledgeItemId id = draft.item().id();
    inReview(draft);
    approve(LAIA, id, 1);
    OutputCycle approved = approve(JORDI, id, 1);
    return production.publish(JORDI, new Production.Publish(id, approved.version(), ""));
  }

  private org.copkit.api.community.Community otherCommunity(Visibility visibility) {
    return scene.platform.lifecycle().create(NURIA, new org.copkit.api.community.CommunityDetails(
        "Justícia juvenil " + visibility, "Juvenile justice", "", visibility));
  }

  /** @return the IDs of what the reader finds searching for the outputs' word */
  private List<String> searchedBy(MemberId reader) {
    return searchedBy(scene.platform, reader);
  }

  private static List<String> searchedBy(org.copkit.core.CopPlatform node, MemberId reader) {
    return node.search().search(reader, org.copkit.api.search.SearchQuery.of("mediació")).hits().items()
        .stream().map(org.copkit.api.search.SearchHit::id).toList();
  }

  /**
   * An index that answers every query as if its reader saw everything: a broken or lagging index,
   * against which only the search's check of each hit with the storage stands.
   */
  private static final class PermissiveIndex extends org.copkit.core.search.ForwardingSearchIndex {

    List<String> everything(String words) {
      return delegate.query(new org.copkit.api.search.port.IndexQuery(words,
          org.copkit.api.search.port.SearchAccess.all(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
          java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(), 0, 50, 0)).hits().stream()
          .map(org.copkit.api.search.port.IndexHit::id).toList();
    }

    @Override
    public org.copkit.api.search.port.IndexResult query(org.copkit.api.search.port.IndexQuery query) {
      return delegate.query(new org.copkit.api.search.port.IndexQuery(query.text(),
          org.copkit.api.search.port.SearchAccess.all(), query.communities(), query.kinds(), query.tags(),
          query.authors(), query.from(), query.until(), query.offset(), query.size(), query.facetValues()));
    }
  }

  @Nested
  class DiffusionAndAssessment {

    @Test
    void aDiffusionToAnotherCommunityLetsItsMembersReadTheOutputAndTellsTheirFeed() {
      OutputCycle published = published();
      KnowledgeItemId id = published.output();
      CommunityId juvenile = otherCommunity(Visibility.OPEN).id();
      scene.platform.joining().join(XAVIER, juvenile, "");
      assertMissingAsAnUnusedId(() -> queries.output(XAVIER, id), () -> queries.output(XAVIER, KnowledgeItemId.random()));
      org.copkit.api.knowledge.KnowledgeQueries knowledge = scene.platform.knowledgeQueries();
      assertMissingAsAnUnusedId(() -> knowledge.item(XAVIER, id), () -> knowledge.item(XAVIER, KnowledgeItemId.random()));
      assertMissingAsAnUnusedId(() -> knowledge.mayEdit(XAVIER, id), () -> knowledge.mayEdit(XAVIER, KnowledgeItemId.random()));

      assertThat(searchedBy(XAVIER)).as("not diffused yet").doesNotContain(id.toString());

      OutputCycle diffused = production.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(juvenile)), "per a l'equip de menors"));

      assertThat(searchedBy(XAVIER)).as("its readers find it").contains(id.toString());
      try (org.copkit.core.CopPlatform restarted = org.copkit.core.CopPlatform.builder().storage(scene.storage)
          .directory(scene.directory).clock(scene.clock).discoverModerationRules(false).build()) {
        assertThat(restarted.search().search(XAVIER, org.copkit.api.search.SearchQuery.of("mediació")).hits().items())
            .as("an index rebuilt from the storage").extracting(org.copkit.api.search.SearchHit::id).contains(id.toString());
      }
      org.copkit.api.knowledge.KnowledgeFeedback feedback = scene.platform.knowledgeFeedback();
      long readsBefore = feedback.summary(JORDI, id).reach().reads();
      assertThat(feedback.read(XAVIER, id).id()).isEqualTo(id);
      assertThat(feedback.summary(XAVIER, id).reach().reads()).as("a read where it was diffused is reach")
          .isEqualTo(readsBefore + 1).isEqualTo(feedback.summary(JORDI, id).reach().reads());

      assertThat(diffused.diffusions()).extracting(org.copkit.api.knowledge.Diffusion::target).containsExactly(
          new org.copkit.api.knowledge.Diffusion.ToCommunity(community),
          new org.copkit.api.knowledge.Diffusion.ToCommunity(juvenile));
      assertThat(queries.output(XAVIER, id).cycle()).isEqualTo(diffused);
      assertThat(queries.diffusedTo(XAVIER, juvenile, PageRequest.first(10)).items()).containsExactly(diffused);
      assertThat(queries.diffusedTo(JORDI, community, PageRequest.first(10)).items()).isEmpty();
      assertThat(feedOf(XAVIER)).singleElement().satisfies(item -> {
        assertThat(item.community()).isEqualTo(juvenile);
        assertThat(item.kind()).isEqualTo(ActivityKind.OUTPUT);
        assertThat(item.component()).isEqualTo(CopComponent.PRODUCTION);
      });
      org.copkit.api.knowledge.KnowledgeItem read = knowledge.item(XAVIER, id);
      assertThat(read).as("the point of diffusion: its readers read it").isEqualTo(knowledge.item(JORDI, id));
      assertThat(knowledge.revisions(XAVIER, id, PageRequest.first(10)).items()).isNotEmpty();
      assertThat(knowledge.mayEdit(XAVIER, id)).as("read-only").isFalse();
      assertThat(knowledge.mayEdit(JORDI, id)).as("published, no longer a draft").isFalse();
      assertThatThrownBy(() -> scene.platform.knowledgeBase().edit(XAVIER, new org.copkit.api.knowledge.EditItem(id,
          read.revision(), read.current().content(), "mine now"))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> scene.platform.knowledgeFeedback().comment(XAVIER,
          org.copkit.api.knowledge.CommentOnItem.on(id, "bona feina"))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> knowledge.items(XAVIER, community, PageRequest.first(10)))
          .as("the knowledge base itself stays the community's own").isInstanceOf(AccessDeniedException.class);
      assertThat(knowledge.item(XAVIER, id)).as("nothing changed").isEqualTo(read);
      assertConflict(ConflictException.Kind.DUPLICATE, () -> production.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(juvenile)), "")));
      assertThat(audited(AuditAction.OUTPUT_DIFFUSED)).extracting(AuditEntry::detail)
          .containsExactly("output " + id + " to community " + juvenile);
      assertThat(events()).filteredOn(e -> e instanceof ProductionEvent.Diffused).hasSize(2);
    }

    @Test
    void whateverAnIndexSaysTheSearchShowsAnOutputOnlyToThoseWhoMayReadItNow() {
      PermissiveIndex index = new PermissiveIndex();
      try (org.copkit.core.CopPlatform node = org.copkit.core.CopPlatform.builder().storage(scene.storage)
          .directory(scene.directory).clock(scene.clock).discoverModerationRules(false).searchIndex(index).build()) {
        KnowledgeItemId draft = draft().item().id();
        node.catchUp();
        assertThat(index.everything("mediació")).as("an index that ignores who reads").contains(draft.toString());
        assertThat(searchedBy(node, ORIOL)).as("the working group's draft, for the periphery").doesNotContain(
            draft.toString());
        KnowledgeItemId id = published().output();
        CommunityId juvenile = otherCommunity(Visibility.OPEN).id();
        scene.platform.joining().join(XAVIER, juvenile, "");
        assertThat(searchedBy(node, XAVIER)).as("not diffused to them").doesNotContain(id.toString());

        production.diffuse(JORDI, new Production.Diffuse(id,
            List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(juvenile)), ""));

        assertThat(searchedBy(node, XAVIER)).contains(id.toString());
      }
    }

    @Test
    void anOutputDiffusedToCommunitiesAReaderDoesNotReadStaysMissingForThem() {
      KnowledgeItemId id = published().output();
      CommunityId secret = otherCommunity(Visibility.SECRET).id();
      CommunityId closed = otherCommunity(Visibility.CLOSED).id();
      org.copkit.api.knowledge.KnowledgeQueries knowledge = scene.platform.knowledgeQueries();

      production.diffuse(NURIA, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(secret)), "per a l'equip reservat"));
      assertMissingAsAnUnusedId(() -> queries.output(XAVIER, id), () -> queries.output(XAVIER, KnowledgeItemId.random()));
      assertMissingAsAnUnusedId(() -> knowledge.item(XAVIER, id), () -> knowledge.item(XAVIER, KnowledgeItemId.random()));

      production.diffuse(NURIA, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(closed)), "per a l'equip de menors"));
      assertMissingAsAnUnusedId(() -> queries.output(XAVIER, id), () -> queries.output(XAVIER, KnowledgeItemId.random()));
      assertMissingAsAnUnusedId(() -> knowledge.item(XAVIER, id), () -> knowledge.item(XAVIER, KnowledgeItemId.random()));

      scene.platform.joining().accept(XAVIER, scene.platform.joining().invite(NURIA,
          new org.copkit.api.community.Invite(closed, XAVIER, Tier.PARTICIPANT, "")).id());
      assertThat(queries.output(XAVIER, id).item().id()).as("once a member of a community it reached").isEqualTo(id);
      assertThat(knowledge.item(XAVIER, id).id()).isEqualTo(id);
    }

    @Test
    void aDiffusionToThePlatformReachesEveryoneAndOneOutsideIsOnlyRecorded() {
      KnowledgeItemId id = published().output();

      OutputCycle outside = production.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.Outside("Revista Catalana de Dret Públic")), ""));
      assertThatThrownBy(() -> queries.output(XAVIER, id)).isInstanceOf(NotFoundException.class);
      assertThat(searchedBy(XAVIER)).as("outside the platform: nobody more finds it").doesNotContain(id.toString());
      OutputCycle everywhere = production.diffuse(NURIA, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform(),
              new org.copkit.api.knowledge.Diffusion.Outside("Revista Catalana de Dret Públic")), "segona edició"));

      assertThat(outside.diffusions()).hasSize(2);
      assertThat(everywhere.diffusions()).hasSize(4);
      assertThat(audited(AuditAction.OUTPUT_DIFFUSED)).extracting(AuditEntry::detail).containsExactlyInAnyOrder(
          "output " + id + " to outside the platform: Revista Catalana de Dret Públic",
          "output " + id + " to the whole platform",
          "output " + id + " to outside the platform: Revista Catalana de Dret Públic");
      assertThat(queries.output(XAVIER, id).cycle()).isEqualTo(everywhere);
      assertThat(searchedBy(XAVIER)).as("everyone finds it").contains(id.toString());
      CommunityId juvenile = otherCommunity(Visibility.OPEN).id();
      assertThat(queries.diffusedTo(NURIA, juvenile, PageRequest.first(10)).items()).containsExactly(everywhere);
    }

    @Test
    void refusesDiffusionsBeforePublicationByOthersThanEModeratorsAndToCommunitiesTheyCannotSee() {
      Output draft = draft();
      KnowledgeItemId id = draft.item().id();
      assertConflict(ConflictException.Kind.RULE, () -> production.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform()), "")));
      OutputCycle published = published();
      KnowledgeItemId out = published.output();
      CommunityId hidden = scene.platform.lifecycle().create(XAVIER, new org.copkit.api.community.CommunityDetails(
          "Secret", "Secret", "", Visibility.SECRET)).id();

      assertThatThrownBy(() -> production.diffuse(MARTA, new Production.Diffuse(out,
          List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform()), ""))).isInstanceOf(AccessDeniedException.class);
      assertMissingAsAnUnusedId(
          () -> production.diffuse(JORDI, new Production.Diffuse(out, List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(hidden)), "")),
          () -> production.diffuse(JORDI, new Production.Diffuse(out,
              List.of(new org.copkit.api.knowledge.Diffusion.ToCommunity(CommunityId.random())), "")));

      assertThat(cycle(out)).isEqualTo(published);
      assertThat(cycle(id)).isEqualTo(draft.cycle());
    }

    @Test
    void aSecretCommunitysOutputGoesOnlyToItsMembersOrOutsideThePlatform() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      secret.promote(LAIA, Tier.CORE);
      Production secretProduction = secret.platform.production();
      Output draft = secretProduction.startDraft(MARTA, new Production.StartDraft(secret.community.id(), content("S"), ""));
      KnowledgeItemId id = draft.item().id();
      secretProduction.requestReview(JORDI, new Production.RequestReview(id, 0, Set.of(JORDI, LAIA)));
      secretProduction.review(LAIA, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, ""));
      OutputCycle approved = secretProduction.review(JORDI, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, ""));
      secretProduction.publish(JORDI, new Production.Publish(id, approved.version(), ""));

      assertConflict(ConflictException.Kind.RULE, () -> secretProduction.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform()), "")));
      assertThat(secretProduction.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.Outside("Memòria anual")), "")).diffusions()).hasSize(2);
      assertThatThrownBy(() -> secret.platform.productionQueries().output(XAVIER, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEModeratorAssessesAPublishedOutputOnceOnTheVersionTheyRead() {
      Output draft = draft();
      assertConflict(ConflictException.Kind.RULE, () -> production.assess(JORDI,
          new Production.Assess(draft.item().id(), 0, "a", "b", "c")));
      OutputCycle published = published();
      KnowledgeItemId id = published.output();
      assertThatThrownBy(() -> production.assess(MARTA, new Production.Assess(id, published.version(), "a", "b", "c")))
          .isInstanceOf(AccessDeniedException.class);
      assertConflict(ConflictException.Kind.STALE_VERSION,
          () -> production.assess(JORDI, new Production.Assess(id, published.version() - 1, "a", "b", "c")));

      OutputCycle assessed = production.assess(JORDI, new Production.Assess(id, published.version(),
          "Una guia en una ronda", "Tota la comunitat", "Començar abans"));

      assertThat(assessed.stage()).isInstanceOfSatisfying(OutputStage.Assessed.class, stage -> {
        assertThat(stage.publication()).isEqualTo(((OutputStage.Published) published.stage()).publication());
        assertThat(stage.assessment().lessons()).isEqualTo("Començar abans");
        assertThat(stage.assessment().by()).isEqualTo(JORDI);
      });
      assertConflict(ConflictException.Kind.RULE,
          () -> production.assess(JORDI, new Production.Assess(id, assessed.version(), "a", "b", "c")));
      assertThat(production.diffuse(JORDI, new Production.Diffuse(id,
          List.of(new org.copkit.api.knowledge.Diffusion.Outside("Jornada")), "")).stage().kind())
          .as("an assessed output can still be diffused").isEqualTo(OutputStage.Kind.ASSESSED);
      assertThat(queries.ofCommunity(ORIOL, community, PageRequest.first(10)).items())
          .extracting(OutputCycle::output).containsExactly(id);
      assertThat(audited(AuditAction.OUTPUT_ASSESSED)).hasSize(1);
      assertThat(events()).filteredOn(e -> e instanceof ProductionEvent.Assessed).hasSize(1);
    }
  }

  @Nested
  class BadInput {

    @Test
    void everyCommandNamesTheFieldAndTheRule() {
      KnowledgeItemId id = KnowledgeItemId.random();
      assertInvalid("community", () -> new Production.StartDraft(null, content("x"), ""));
      assertInvalid("note", () -> new Production.StartDraft(community, content("x"), "n".repeat(501)));
      assertInvalid("reviewers", () -> new Production.RequestReview(id, 0, Set.of()));
      assertInvalid("version", () -> new Production.RequestReview(id, -1, Set.of(LAIA)));
      assertInvalid("comment", () -> new Production.ReviewOutput(id, 1, Review.Verdict.REQUEST_CHANGES, " "));
      assertInvalid("revision", () -> new Production.ReviewOutput(id, 0, Review.Verdict.APPROVE, ""));
      assertInvalid("verdict", () -> new Production.ReviewOutput(id, 1, null, ""));
      assertInvalid("output", () -> new Production.Publish(null, 0, ""));
      assertInvalid("approvalsNeeded", () -> new Production.ConfigureReview(community, ReviewPolicy.MAX_APPROVALS + 1));
      assertInvalid("targets", () -> new Production.Diffuse(id, List.of(), ""));
      assertInvalid("targets", () -> new Production.Diffuse(id, List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform(),
          new org.copkit.api.knowledge.Diffusion.ToPlatform()), ""));
      assertInvalid("channel", () -> new org.copkit.api.knowledge.Diffusion.Outside(" "));
      assertInvalid("lessons", () -> new Production.Assess(id, 0, "a", "b", ""));
      assertInvalid("reach", () -> new Production.Assess(id, 0, "a", "r".repeat(4001), "c"));
      assertInvalid("command", () -> production.startDraft(MARTA, null));
      assertInvalid("command", () -> production.review(LAIA, null));
      assertThat(events()).isEmpty();
    }
  }

  static void assertConflict(ConflictException.Kind kind, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  static void assertInvalid(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  static void assertMissingAsAnUnusedId(ThrowingCallable used, ThrowingCallable unused) {
    Throwable seen = catchThrowable(used);
    Throwable never = catchThrowable(unused);
    assertThat(seen).isInstanceOf(NotFoundException.class);
    assertThat(never).isInstanceOf(NotFoundException.class);
    assertThat(seen.getMessage().replaceAll("[0-9a-f-]{36}", "ID")).isEqualTo(never.getMessage().replaceAll("[0-9a-f-]{36}", "ID"));
  }
}
