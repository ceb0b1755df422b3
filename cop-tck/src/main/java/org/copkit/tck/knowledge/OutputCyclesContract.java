package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Assessment;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.knowledge.port.KnowledgeItems;
import org.copkit.api.knowledge.port.OutputCycles;
import org.copkit.api.knowledge.port.ReviewPolicies;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OutputCycles} and {@link ReviewPolicies}: a cycle comes back with every
 * field of every stage (reviewers, reviews, diffusions to each kind of target, the assessment) at the
 * version it was stored; an output has one cycle; an update from a version another transaction moved
 * on is a stale version, also when several transactions update at once (exactly one wins) and when
 * the updates interleave in a forced order; lists are newest started first, ties by ID, for the
 * stages asked, by co-author and by diffusion target; a unit of work that fails keeps nothing. And
 * {@link KnowledgeItems#changeAudience}, which publishing an output relies on.
 */
public abstract class OutputCyclesContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private final MemberId nuria = MemberId.of("Núria");
  private final MemberId jordi = MemberId.of("jordi");
  private final MemberId marta = MemberId.of("marta");
  private OutputCycles cycles;
  private ReviewPolicies policies;

  /** For subclasses. */
  protected OutputCyclesContract() {}

  @BeforeEach
  final void openPorts() {
    cycles = eachCallInATransaction(OutputCycles.class, storage -> storage.outputCycles());
    policies = eachCallInATransaction(ReviewPolicies.class, storage -> storage.reviewPolicies());
  }

  /**
   * @param community its community
   * @param author who started it
   * @param at when
   * @return a new cycle in draft, at version 0, for a new output
   */
  public static OutputCycle aCycle(CommunityId community, MemberId author, Instant at) {
    return OutputCycle.started(KnowledgeItemId.random(), community, author, at);
  }

  private OutputCycle inReview(OutputCycle cycle, Instant at) {
    return cycle.writtenBy(Set.of(nuria, MemberId.of("pau")))
        .moved(new OutputStage.InReview(1, 3, Set.of(jordi, marta), 2, MemberId.of("eva"), at));
  }

  @Test
  void findsACycleWithEveryFieldAsAdded() {
    OutputCycle cycle = aCycle(community, nuria, secondsAfterT0(1));

    cycles.add(cycle);

    assertThat(cycles.find(cycle.output())).contains(cycle);
    assertThat(cycles.find(KnowledgeItemId.random())).isEmpty();
  }

  @Test
  void takesAnOutputOnce() {
    OutputCycle cycle = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(cycle);

    OutputCycle again = OutputCycle.started(cycle.output(), community, jordi, secondsAfterT0(2));

    assertConflict(ConflictException.Kind.DUPLICATE, () -> cycles.add(again));
    assertThat(cycles.find(cycle.output())).contains(cycle);
  }

  @Test
  void keepsEveryStageWithItsFieldsAndMovesTheVersionOn() {
    OutputCycle draft = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(draft);

    OutputCycle review = cycles.update(inReview(draft, secondsAfterT0(2)));
    assertThat(review.version()).isEqualTo(1);
    assertThat(cycles.find(draft.output())).contains(review);

    OutputCycle approved = cycles.update(review
        .reviewed(new Review(jordi, 1, 3, Review.Verdict.APPROVE, "", secondsAfterT0(3)))
        .reviewed(new Review(marta, 1, 3, Review.Verdict.APPROVE, "Molt clar. " + "x".repeat(Review.MAX_COMMENT - 11),
            secondsAfterT0(4))));
    assertThat(cycles.find(draft.output())).contains(approved);

    OutputStage.Publication publication = new OutputStage.Publication(1, 3, MemberId.of("eva"), secondsAfterT0(5));
    CommunityId other = CommunityId.random();
    OutputCycle published = cycles.update(approved.moved(new OutputStage.Published(publication))
        .diffused(new Diffusion(new Diffusion.ToCommunity(community), MemberId.of("eva"), secondsAfterT0(5), ""))
        .diffused(new Diffusion(new Diffusion.ToCommunity(other), MemberId.of("eva"), secondsAfterT0(6), "n".repeat(Diffusion.MAX_NOTE)))
        .diffused(new Diffusion(new Diffusion.ToPlatform(), MemberId.of("eva"), secondsAfterT0(7), "per a tothom"))
        .diffused(new Diffusion(new Diffusion.Outside("Revista Catalana de Dret · núm. 12"), MemberId.of("eva"),
            secondsAfterT0(8), "")));
    assertThat(published.version()).isEqualTo(3);
    assertThat(cycles.find(draft.output())).contains(published);

    OutputCycle assessed = cycles.update(published.moved(new OutputStage.Assessed(publication,
        new Assessment("a".repeat(Assessment.MAX_TEXT), "Tres comunitats", "Revisar abans", MemberId.of("eva"),
            secondsAfterT0(9)))));
    assertThat(cycles.find(draft.output())).contains(assessed);
  }

  @Test
  void goesBackToADraftWithTheReviewsOfTheRoundKept() {
    OutputCycle draft = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(draft);
    OutputCycle review = cycles.update(inReview(draft, secondsAfterT0(2)));

    OutputCycle back = cycles.update(review
        .reviewed(new Review(jordi, 1, 3, Review.Verdict.REQUEST_CHANGES, "Falta l'annex", secondsAfterT0(3)))
        .moved(new OutputStage.Draft(1)));

    assertThat(cycles.find(draft.output())).contains(back);
    assertThat(back.stage()).isEqualTo(new OutputStage.Draft(1));
    assertThat(back.reviews()).hasSize(1);
  }

  @Test
  void refusesAnUpdateFromAVersionThatMovedOn() {
    OutputCycle draft = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(draft);
    OutputCycle moved = cycles.update(inReview(draft, secondsAfterT0(2)));

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> cycles.update(draft.moved(new OutputStage.Draft(3))));
    assertThatThrownBy(() -> cycles.update(aCycle(community, nuria, secondsAfterT0(1))))
        .isInstanceOf(NotFoundException.class);

    assertThat(cycles.find(draft.output())).contains(moved);
  }

  @Test
  void refusesTheLaterOfTwoInterleavedReviewsFromTheSameVersion() {
    OutputCycle draft = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(draft);
    OutputCycle review = cycles.update(inReview(draft, secondsAfterT0(2)));
    OutputCycle readByJordi = inTransaction(() -> store().outputCycles().find(draft.output()).orElseThrow());
    OutputCycle readByMarta = inTransaction(() -> store().outputCycles().find(draft.output()).orElseThrow());

    OutputCycle jordis = inTransaction(() -> store().outputCycles().update(
        readByJordi.reviewed(new Review(jordi, 1, 3, Review.Verdict.APPROVE, "", secondsAfterT0(3)))));
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> inTransaction(() -> store().outputCycles().update(
        readByMarta.reviewed(new Review(marta, 1, 3, Review.Verdict.APPROVE, "", secondsAfterT0(4))))));

    assertThat(readByMarta).isEqualTo(review);
    assertThat(cycles.find(draft.output())).contains(jordis);
    assertThat(jordis.reviews()).extracting(Review::reviewer).containsExactly(jordi);
  }

  @Test
  void listsACommunitysCyclesNewestFirstTiesByIdForTheStagesAsked() {
    OutputCycle old = aCycle(community, nuria, secondsAfterT0(1));
    OutputCycle tieA = aCycle(community, nuria, secondsAfterT0(5));
    OutputCycle tieB = aCycle(community, nuria, secondsAfterT0(5));
    OutputCycle inReview = aCycle(community, nuria, secondsAfterT0(7));
    List.of(old, tieA, tieB, inReview, aCycle(CommunityId.random(), nuria, secondsAfterT0(9))).forEach(cycles::add);
    OutputCycle reviewing = cycles.update(inReview(inReview, secondsAfterT0(8)));
    List<OutputCycle> ties = tieA.output().toString().compareTo(tieB.output().toString()) < 0
        ? List.of(tieA, tieB) : List.of(tieB, tieA);

    assertThat(cycles.inCommunity(community, EnumSet.allOf(OutputStage.Kind.class), PageRequest.first(10)).items())
        .containsExactly(reviewing, ties.get(0), ties.get(1), old);
    assertThat(cycles.inCommunity(community, Set.of(OutputStage.Kind.DRAFT), PageRequest.first(10)).items())
        .containsExactly(ties.get(0), ties.get(1), old);
    assertThat(cycles.inCommunity(community, Set.of(OutputStage.Kind.PUBLISHED), PageRequest.first(10)).items()).isEmpty();
    assertThat(cycles.inCommunity(community, Set.of(), PageRequest.first(10)).items()).isEmpty();
    var second = cycles.inCommunity(community, EnumSet.allOf(OutputStage.Kind.class), new PageRequest(1, 3));
    assertThat(second.items()).containsExactly(old);
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void listsTheCyclesAMemberCoAuthoredAsTheyAreNow() {
    OutputCycle first = aCycle(community, nuria, secondsAfterT0(1));
    OutputCycle second = aCycle(CommunityId.random(), jordi, secondsAfterT0(2));
    cycles.add(first);
    cycles.add(second);
    OutputCycle both = cycles.update(second.writtenBy(Set.of(jordi, nuria)));

    assertThat(cycles.coAuthoredBy(nuria)).containsExactly(both, first);
    assertThat(cycles.coAuthoredBy(jordi)).containsExactly(both);
    assertThat(cycles.coAuthoredBy(MemberId.of("nuria"))).as("member IDs compare as exact text").isEmpty();

    OutputCycle withoutJordi = cycles.update(both.writtenBy(Set.of(nuria)));
    assertThat(cycles.coAuthoredBy(jordi)).isEmpty();
    assertThat(cycles.coAuthoredBy(nuria)).containsExactly(withoutJordi, first);
    assertThat(cycles.coAuthoredBy(marta)).isEmpty();
  }

  @Test
  void listsTheCyclesOfOtherCommunitiesDiffusedToACommunityOrToThePlatform() {
    CommunityId other = CommunityId.random();
    CommunityId third = CommunityId.random();
    OutputCycle toOther = published(aCycle(community, nuria, secondsAfterT0(1)), new Diffusion.ToCommunity(other));
    OutputCycle toAll = published(aCycle(third, nuria, secondsAfterT0(2)), new Diffusion.ToPlatform());
    OutputCycle outside = published(aCycle(third, nuria, secondsAfterT0(3)), new Diffusion.Outside("Intranet"));
    OutputCycle own = published(aCycle(other, nuria, secondsAfterT0(4)), new Diffusion.ToCommunity(other));

    assertThat(cycles.diffusedTo(other, PageRequest.first(10)).items()).containsExactly(toAll, toOther);
    assertThat(cycles.diffusedTo(community, PageRequest.first(10)).items()).containsExactly(toAll);
    assertThat(cycles.diffusedTo(third, PageRequest.first(10)).items()).isEmpty();
    var page = cycles.diffusedTo(other, new PageRequest(1, 1));
    assertThat(page.items()).containsExactly(toOther);
    assertThat(page.total()).isEqualTo(2);
    assertThat(List.of(outside, own)).allSatisfy(cycle -> assertThat(cycles.find(cycle.output())).contains(cycle));
  }

  private OutputCycle published(OutputCycle draft, Diffusion.Target target) {
    cycles.add(draft);
    MemberId eva = MemberId.of("eva");
    OutputStage.Publication publication = new OutputStage.Publication(1, 1, eva, draft.startedAt().plusSeconds(30));
    return cycles.update(draft.moved(new OutputStage.Published(publication))
        .diffused(new Diffusion(new Diffusion.ToCommunity(draft.community()), eva, publication.at(), ""))
        .diffused(new Diffusion(target, eva, publication.at().plusSeconds(1), "")));
  }

  @Test
  void keepsNothingOfAUnitOfWorkThatFails() {
    OutputCycle kept = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(kept);
    OutputCycle lost = aCycle(community, nuria, secondsAfterT0(2));
    IllegalStateException failure = new IllegalStateException("the use case failed after writing");

    assertThatThrownBy(() -> inTransaction(() -> {
      store().outputCycles().add(lost);
      store().outputCycles().update(inReview(kept, secondsAfterT0(3)));
      store().reviewPolicies().put(new ReviewPolicy(community, 3));
      throw failure;
    })).isSameAs(failure);

    assertThat(cycles.find(lost.output())).isEmpty();
    assertThat(cycles.find(kept.output())).contains(kept);
    assertThat(cycles.coAuthoredBy(MemberId.of("pau"))).isEmpty();
    assertThat(policies.find(community)).isEmpty();
  }

  @Test
  void exactlyOneOfConcurrentUpdatesFromTheSameVersionWins() throws InterruptedException {
    int threads = 8;
    OutputCycle draft = aCycle(community, nuria, secondsAfterT0(1));
    cycles.add(draft);
    List<MemberId> reviewers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      reviewers.add(MemberId.of("reviewer-" + i));
    }
    OutputCycle review = cycles.update(draft.moved(
        new OutputStage.InReview(1, 1, Set.copyOf(reviewers), 1, MemberId.of("eva"), secondsAfterT0(2))));
    AtomicInteger won = new AtomicInteger();
    List<MemberId> winners = Collections.synchronizedList(new ArrayList<>());

    Race.run(threads, thread -> {
      OutputCycle mine = review.reviewed(
          new Review(reviewers.get(thread), 1, 1, Review.Verdict.APPROVE, "", secondsAfterT0(10 + thread)));
      try {
        inTransaction(() -> store().outputCycles().update(mine));
        won.incrementAndGet();
        winners.add(reviewers.get(thread));
      } catch (ConflictException e) {
        assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
      }
    });

    assertThat(won).hasValue(1);
    OutputCycle stored = cycles.find(draft.output()).orElseThrow();
    assertThat(stored.reviews()).extracting(Review::reviewer).containsExactly(winners.get(0));
    assertThat(stored.version()).isEqualTo(review.version() + 1);
  }

  @Test
  void keepsEachCommunitysReviewPolicyReplacingTheOldOne() {
    CommunityId other = CommunityId.random();

    assertThat(policies.find(community)).isEmpty();
    policies.put(new ReviewPolicy(community, 3));
    policies.put(new ReviewPolicy(other, ReviewPolicy.MAX_APPROVALS));
    policies.put(new ReviewPolicy(community, 1));

    assertThat(policies.find(community)).contains(new ReviewPolicy(community, 1));
    assertThat(policies.find(other)).contains(new ReviewPolicy(other, ReviewPolicy.MAX_APPROVALS));
  }

  @Test
  void changesTheAudienceOfAKnowledgeItemAndNothingElse() {
    KnowledgeItems items = eachCallInATransaction(KnowledgeItems.class, storage -> storage.knowledgeItems());
    KnowledgeItem draft = KnowledgeItemsContract.anItem(community, Audience.CORE, secondsAfterT0(1));
    items.add(draft);

    items.changeAudience(draft.id(), Audience.COMMUNITY);

    KnowledgeItem published = items.find(draft.id()).orElseThrow();
    assertThat(published.audience()).isEqualTo(Audience.COMMUNITY);
    assertThat(published).isEqualTo(new KnowledgeItem(draft.id(), draft.community(), draft.kind(), Audience.COMMUNITY,
        draft.createdBy(), draft.createdAt(), draft.current(), draft.curation(), draft.provenance()));
    assertThat(items.inCommunity(community, Set.of(Audience.COMMUNITY), PageRequest.first(10)).items())
        .containsExactly(published);
    assertThat(items.inCommunity(community, Set.of(Audience.CORE), PageRequest.first(10)).items()).isEmpty();
    assertThat(items.revisions(draft.id(), PageRequest.first(10)).items()).containsExactly(draft.current());
    assertThatThrownBy(() -> items.changeAudience(KnowledgeItemId.random(), Audience.COMMUNITY))
        .isInstanceOf(NotFoundException.class);
  }
}
