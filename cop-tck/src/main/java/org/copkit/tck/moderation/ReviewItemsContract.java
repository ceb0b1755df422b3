package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.moderation.ModerationFixtures.aPostSubject;
import static org.copkit.tck.moderation.ModerationFixtures.aReviewItem;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.moderation.ModerationFixtures.SubjectIn;
import org.copkit.tck.shared.PendingItemsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReviewItems}: what every pending item keeps ({@link PendingItemsContract}:
 * unique IDs, one open item per subject, optimistic versions, rollback), and then: every status and
 * decision round-trips, a subject has at most one open (pending or escalated) item per community,
 * a decision is recorded once, a community's queue puts the greatest flag weight first, and the
 * escalated items of every community come oldest first.
 *
 * <p>"Oldest" is {@link ReviewItem#openedAt()} in both lists, also for escalated items (not the
 * time of the escalation). Where the port says "by ID", IDs compare as their canonical text
 * ({@code UUID.toString()}).
 */
public abstract class ReviewItemsContract extends PendingItemsContract<ReviewItemId, ReviewItem, SubjectIn> {

  /** An ID that sorts first as text (and last in signed {@code UUID} order). */
  static final ReviewItemId LOW_ID = ReviewItemId.of("00000000-0000-4000-8000-000000000004");

  /** An ID that sorts last as text (and first in signed {@code UUID} order). */
  static final ReviewItemId HIGH_ID = ReviewItemId.of("f0000000-0000-4000-8000-000000000004");

  private final CommunityId community = CommunityId.random();
  private final ModerationSubject subject = aPostSubject();
  private ReviewItems items;

  /** For subclasses. */
  protected ReviewItemsContract() {}

  @Override
  protected final ReviewItems port(CopStorage storage) {
    return storage.reviewItems();
  }

  @Override
  protected final SubjectIn aSubject() {
    return new SubjectIn(CommunityId.random(), aPostSubject());
  }

  @Override
  protected final ReviewItem anOpenItem(SubjectIn subject, Instant at) {
    return aReviewItem().in(subject.community()).on(subject.subject()).openedAt(at).build();
  }

  @Override
  protected final ReviewItem closed(ReviewItem item, long second) {
    return item.withStatus(decided(new Decision.Approve(), second));
  }

  @Override
  protected final ReviewItem withId(ReviewItem i, ReviewItemId id) {
    return new ReviewItem(id, i.community(), i.subject(), i.heldBecause(), i.flagWeight(), i.flags(), i.openedAt(), i.status(), i.version());
  }

  @Override
  protected final ReviewItem atVersion(ReviewItem item, long version) {
    return withVersion(item, version);
  }

  @Override
  protected final ReviewItemId idOf(ReviewItem item) {
    return item.id();
  }

  @Override
  protected final long versionOf(ReviewItem item) {
    return item.version();
  }

  @Override
  protected final ReviewItemId anUnknownId() {
    return ReviewItemId.random();
  }

  @Override
  protected final Optional<ReviewItem> findOpen(CopStorage storage, SubjectIn subject) {
    return storage.reviewItems().findOpen(subject.community(), subject.subject());
  }

  @BeforeEach
  final void openPorts() {
    items = eachCallInATransaction(ReviewItems.class, CopStorage::reviewItems);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAPendingItemWithEveryFieldAsAdded() {
      assertRoundTrip(
          aReviewItem().in(community).on(subject).heldBecause(CATALAN).withFlags(3, 3.25).openedAt(secondsAfterT0(4)).build());
    }

    @Test
    void findsAnEscalatedItemWithWhoEscalatedItWhenAndWhy() {
      assertRoundTrip(aReviewItem().withStatus(new ReviewStatus.Escalated(aPerson(), secondsAfterT0(5), SPANISH)).build());
    }

    @Test
    void findsAnItemDecidedWithEachKindOfDecision() {
      List<Decision> decisions =
          List.of(
              new Decision.Approve(),
              new Decision.Reject(CATALAN),
              new Decision.EditAndApprove("Sense el número d'expedient.", SPANISH));

      for (Decision decision : decisions) {
        assertRoundTrip(aReviewItem().withStatus(new ReviewStatus.Decided(decision, aPerson(), secondsAfterT0(6))).build());
      }
    }

    @Test
    void keepsEveryKindOfSubject() {
      assertRoundTrip(aReviewItem().on(new ModerationSubject.OfPost(PostId.random())).build());
      assertRoundTrip(aReviewItem().on(new ModerationSubject.OfThread(ThreadId.random())).build());
      assertRoundTrip(aReviewItem().on(new ModerationSubject.OfMember(aPerson())).build());
    }

    @Test
    void keepsAPostHeldBeforeAnyoneFlaggedIt() {
      assertRoundTrip(aReviewItem().heldBecause("Primer missatge d'un nouvingut").withFlags(0, 0.0).build());
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      assertRoundTrip(aReviewItem().withStatus(new ReviewStatus.Escalated(aPerson(), secondsAfterT0(1), textOfLength(2000))).build());
      assertRoundTrip(
          aReviewItem()
              .withStatus(
                  new ReviewStatus.Decided(
                      new Decision.EditAndApprove(textOfLength(Post.MAX_BODY), textOfLength(2000)), aPerson(), secondsAfterT0(2)))
              .build());
      assertRoundTrip(
          aReviewItem()
              .withStatus(new ReviewStatus.Decided(new Decision.Reject(textOfLength(2000)), aPerson(), secondsAfterT0(3)))
              .build());
    }

    @Test
    void keepsTheVersionTheItemCarries() {
      assertRoundTrip(aReviewItem().atVersion(7).build());
    }

    private void assertRoundTrip(ReviewItem item) {
      items.add(item);

      assertThat(items.find(item.id())).contains(item);
    }
  }

  @Nested
  class OneOpenItemPerSubjectAndCommunity {

    @Test
    void rejectsASecondItemWhileTheFirstIsPendingOrEscalated() {
      for (ReviewStatus open : List.of(new ReviewStatus.Pending(), escalated(1))) {
        ModerationSubject reviewed = aPostSubject();
        ReviewItem first = aReviewItem().in(community).on(reviewed).withStatus(open).build();
        items.add(first);
        ReviewItem second = aReviewItem().in(community).on(reviewed).openedAt(secondsAfterT0(2)).build();

        assertConflict(Kind.DUPLICATE, () -> items.add(second));

        assertThat(items.find(second.id())).isEmpty();
        assertThat(items.findOpen(community, reviewed)).contains(first);
      }
    }

    @Test
    void acceptsOpenItemsOnOtherSubjectsAndInOtherCommunities() {
      ReviewItem here = onSubject().build();
      ReviewItem onAnotherSubject = onSubject().on(aPostSubject()).build();
      ReviewItem inAnotherCommunity = onSubject().in(CommunityId.random()).build();

      List.of(here, onAnotherSubject, inAnotherCommunity).forEach(items::add);

      assertThat(items.findOpen(community, subject)).contains(here);
      assertThat(items.findOpen(community, onAnotherSubject.subject())).contains(onAnotherSubject);
      assertThat(items.findOpen(inAnotherCommunity.community(), subject)).contains(inAnotherCommunity);
    }

    @Test
    void findsAnEscalatedItemAsOpen() {
      ReviewItem item = onSubject().build();
      items.add(item);

      ReviewItem escalated = items.update(item.withStatus(escalated(1)));

      assertThat(items.findOpen(community, subject)).contains(escalated);
    }

    private ModerationFixtures.ReviewItemBuilder onSubject() {
      return aReviewItem().in(community).on(subject);
    }
  }

  @Nested
  class UpdateStepByStep {

    @Test
    void storesEachStepAndReturnsTheItemAtTheNextVersion() {
      ReviewItem stored = aReviewItem().build();
      items.add(stored);
      ReviewItem flaggedAgain = stored.withFlag(1.25);
      ReviewStatus escalation = escalated(1);
      ReviewStatus decision = decided(new Decision.EditAndApprove(CATALAN, SPANISH), 2);

      ReviewItem first = items.update(flaggedAgain);
      ReviewItem second = items.update(first.withStatus(escalation));
      ReviewItem third = items.update(second.withStatus(decision));

      assertThat(first).isEqualTo(withVersion(flaggedAgain, 1));
      assertThat(second).isEqualTo(withVersion(first.withStatus(escalation), 2));
      assertThat(third).isEqualTo(withVersion(second.withStatus(decision), 3));
      assertThat(items.find(stored.id())).contains(third);
    }

    @Test
    void recordsOnlyTheFirstOfTwoDecisionsOnTheSameVersion() {
      ReviewItem read = aReviewItem().build();
      items.add(read);
      ReviewItem approved = items.update(read.withStatus(decided(new Decision.Approve(), 1)));

      assertConflict(Kind.STALE_VERSION, () -> items.update(read.withStatus(decided(new Decision.Reject(CATALAN), 2))));

      assertThat(items.find(read.id())).contains(approved);
    }

  }

  @Nested
  class PendingQueue {

    @Test
    void putsTheGreatestFlagWeightFirstThenTheOldestThenById() {
      ReviewItem heaviest = queued().withFlags(3, 4.5).openedAt(secondsAfterT0(9)).build();
      ReviewItem oldest = queued().withFlags(2, 2.0).openedAt(secondsAfterT0(1)).build();
      ReviewItem tieHigh = queued().withId(HIGH_ID).withFlags(2, 2.0).openedAt(secondsAfterT0(2)).build();
      ReviewItem tieLow = queued().withId(LOW_ID).withFlags(2, 2.0).openedAt(secondsAfterT0(2)).build();
      ReviewItem light = queued().withFlags(1, 0.5).openedAt(secondsAfterT0(0)).build();
      ReviewItem heldUnflagged = queued().heldBecause("Pre-moderació").withFlags(0, 0.0).openedAt(secondsAfterT0(0)).build();
      ReviewItem escalated = queued().withFlags(9, 9.0).withStatus(escalated(3)).build();
      ReviewItem decided = queued().withFlags(9, 9.0).withStatus(decided(new Decision.Approve(), 3)).build();
      ReviewItem elsewhere = aReviewItem().withFlags(9, 9.0).build();
      List.of(light, tieHigh, escalated, heldUnflagged, oldest, decided, heaviest, elsewhere, tieLow).forEach(items::add);

      Page<ReviewItem> page = items.pending(community, PageRequest.first(20));

      assertThat(page.items()).containsExactly(heaviest, oldest, tieLow, tieHigh, light, heldUnflagged);
      assertThat(page.total()).isEqualTo(6);
    }

    @Test
    void cutsTheQueueIntoPagesWithTheTotalOnEach() {
      List<ReviewItem> queue = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        queue.add(queued().openedAt(secondsAfterT0(i)).build());
      }
      queue.forEach(items::add);

      Page<ReviewItem> first = items.pending(community, PageRequest.first(2));
      Page<ReviewItem> second = items.pending(community, first.request().next());

      assertThat(first.items()).containsExactlyElementsOf(queue.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(queue.subList(2, 3));
      assertThat(List.of(first, second)).extracting(Page::hasNext).containsExactly(true, false);
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    @Test
    void dropsAnItemOnceEscalatedOrDecided() {
      ReviewItem toEscalate = queued().build();
      ReviewItem toDecide = queued().build();
      items.add(toEscalate);
      items.add(toDecide);

      items.update(toEscalate.withStatus(escalated(1)));
      items.update(toDecide.withStatus(decided(new Decision.Reject(CATALAN), 1)));

      Page<ReviewItem> page = items.pending(community, PageRequest.first(10));
      assertThat(page.items()).isEmpty();
      assertThat(page.total()).isZero();
    }

    @Test
    void movesAnItemUpTheQueueAsItsFlagsAddUp() {
      ReviewItem older = queued().withFlags(1, 1.0).openedAt(secondsAfterT0(1)).build();
      ReviewItem newer = queued().withFlags(1, 1.0).openedAt(secondsAfterT0(2)).build();
      items.add(older);
      items.add(newer);

      ReviewItem reflagged = items.update(newer.withFlag(0.5));

      assertThat(items.pending(community, PageRequest.first(10)).items()).containsExactly(reflagged, older);
    }

    private ModerationFixtures.ReviewItemBuilder queued() {
      return aReviewItem().in(community);
    }
  }

  @Nested
  class EscalatedItems {

    @Test
    void listsThoseOfEveryCommunityOldestFirstThenById() {
      ReviewItem newest = aReviewItem().openedAt(secondsAfterT0(3)).withStatus(escalated(10)).build();
      ReviewItem tieHigh = aReviewItem().withId(HIGH_ID).openedAt(secondsAfterT0(2)).withStatus(escalated(11)).build();
      ReviewItem tieLow = aReviewItem().withId(LOW_ID).openedAt(secondsAfterT0(2)).withStatus(escalated(12)).build();
      ReviewItem oldestButLastEscalated = aReviewItem().openedAt(secondsAfterT0(1)).withStatus(escalated(13)).build();
      ReviewItem pending = aReviewItem().openedAt(secondsAfterT0(0)).build();
      ReviewItem decided = aReviewItem().openedAt(secondsAfterT0(0)).withStatus(decided(new Decision.Approve(), 14)).build();
      List.of(tieHigh, pending, newest, decided, oldestButLastEscalated, tieLow).forEach(items::add);

      Page<ReviewItem> page = items.escalated(PageRequest.first(10));

      assertThat(page.items()).containsExactly(oldestButLastEscalated, tieLow, tieHigh, newest);
      assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void cutsTheListIntoPagesWithTheTotalOnEach() {
      List<ReviewItem> escalatedItems = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        escalatedItems.add(aReviewItem().openedAt(secondsAfterT0(i)).withStatus(escalated(i)).build());
      }
      escalatedItems.forEach(items::add);

      Page<ReviewItem> first = items.escalated(PageRequest.first(2));
      Page<ReviewItem> second = items.escalated(first.request().next());

      assertThat(first.items()).containsExactlyElementsOf(escalatedItems.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(escalatedItems.subList(2, 3));
      assertThat(List.of(first, second)).extracting(Page::hasNext).containsExactly(true, false);
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    @Test
    void dropsAnItemOnceDecided() {
      ReviewItem item = aReviewItem().withStatus(escalated(1)).build();
      items.add(item);

      items.update(item.withStatus(decided(new Decision.Reject(SPANISH), 2)));

      assertThat(items.escalated(PageRequest.first(10)).items()).isEmpty();
    }
  }

  @Nested
  class RollbackOfTheQueues {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      ReviewItem stored = aReviewItem().in(community).on(subject).build();
      items.add(stored);
      ReviewItem elsewhere = aReviewItem().withStatus(escalated(1)).build();
      ReviewItem reopened = aReviewItem().in(community).on(subject).openedAt(secondsAfterT0(2)).build();
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      (Runnable) () -> {
                        store().reviewItems().add(elsewhere);
                        store().reviewItems().update(stored.withStatus(decided(new Decision.Approve(), 1)));
                        store().reviewItems().add(reopened);
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(items.find(elsewhere.id())).isEmpty();
      assertThat(items.find(reopened.id())).isEmpty();
      assertThat(items.find(stored.id())).contains(stored);
      assertThat(items.findOpen(community, subject)).contains(stored);
      assertThat(items.pending(community, PageRequest.first(10)).items()).containsExactly(stored);
      assertThat(items.escalated(PageRequest.first(10)).items()).isEmpty();
      assertConflict(Kind.DUPLICATE, () -> items.add(aReviewItem().in(community).on(subject).build()));
      ReviewItem elsewhereAgain = aReviewItem().in(elsewhere.community()).on(elsewhere.subject()).build();
      items.add(elsewhereAgain);
      assertThat(items.findOpen(elsewhere.community(), elsewhere.subject())).contains(elsewhereAgain);
    }
  }

  private static ReviewStatus escalated(long second) {
    return new ReviewStatus.Escalated(aPerson(), secondsAfterT0(second), "Cal el criteri de l'administració");
  }

  private static ReviewStatus decided(Decision decision, long second) {
    return new ReviewStatus.Decided(decision, aPerson(), secondsAfterT0(second));
  }

  private static ReviewItem withVersion(ReviewItem i, long version) {
    return new ReviewItem(i.id(), i.community(), i.subject(), i.heldBecause(), i.flagWeight(), i.flags(), i.openedAt(), i.status(), version);
  }
}
