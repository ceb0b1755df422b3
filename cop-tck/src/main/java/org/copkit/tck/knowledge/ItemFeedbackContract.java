package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.RatingSummary;
import org.copkit.api.knowledge.port.ItemFeedback;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ItemFeedback}: one rating per member and revision (a second replaces the
 * first and says which it replaced), summaries per revision that name nobody; one helpful mark per
 * member and item, told apart from a repeated one, member IDs compared as exact text; comments come
 * back as stored, oldest first, ties by ID, paged, and an ID is taken once; under real concurrency
 * the first rating or mark of one member is kept once, the losers told to retry (STALE_VERSION); a
 * unit of work that fails keeps nothing.
 */
public abstract class ItemFeedbackContract extends StorageContract {

  private final KnowledgeItemId item = KnowledgeItemId.random();
  private final KnowledgeItemId other = KnowledgeItemId.random();
  private final MemberId nuria = MemberId.of("Núria");
  private final MemberId nuriaPlain = MemberId.of("Nuria");
  private ItemFeedback feedback;

  /** For subclasses. */
  protected ItemFeedbackContract() {}

  @BeforeEach
  final void openPorts() {
    feedback = eachCallInATransaction(ItemFeedback.class, storage -> storage.itemFeedback());
  }

  private static RatingSummary summary(long... byStars) {
    List<Long> counts = new ArrayList<>();
    for (long count : byStars) {
      counts.add(count);
    }
    return new RatingSummary(counts);
  }

  @Test
  void keepsOneRatingPerMemberAndRevisionAndSaysWhichOneItReplaced() {
    Rating first = new Rating(item, 1, nuria, 2, secondsAfterT0(1));
    Rating again = new Rating(item, 1, nuria, 5, secondsAfterT0(2));

    assertThat(feedback.rate(first)).isEmpty();
    assertThat(feedback.rate(again)).contains(first);
    feedback.rate(new Rating(item, 1, nuriaPlain, 4, secondsAfterT0(3)));
    feedback.rate(new Rating(item, 2, nuria, 1, secondsAfterT0(4)));
    feedback.rate(new Rating(other, 1, nuria, 3, secondsAfterT0(5)));

    assertThat(feedback.rating(item, 1, nuria)).contains(again);
    assertThat(feedback.rating(item, 1, nuriaPlain)).map(Rating::stars).contains(4);
    assertThat(feedback.rating(item, 3, nuria)).isEmpty();
    assertThat(feedback.ratings(item)).isEqualTo(Map.of(1, summary(0, 0, 0, 1, 1), 2, summary(1, 0, 0, 0, 0)));
    assertThat(feedback.ratings(KnowledgeItemId.random())).isEmpty();
  }

  @Test
  void keepsOneHelpfulMarkPerMemberTellingANewOneFromARepeatedOne() {
    assertThat(feedback.markHelpful(item, nuria, secondsAfterT0(1))).isTrue();
    assertThat(feedback.markHelpful(item, nuria, secondsAfterT0(2))).isFalse();
    assertThat(feedback.markHelpful(item, nuriaPlain, secondsAfterT0(3))).as("IDs compare as exact text").isTrue();
    feedback.markHelpful(other, nuria, secondsAfterT0(4));

    assertThat(feedback.helpful(item)).isEqualTo(2);
    assertThat(feedback.markedHelpful(item, nuria)).isTrue();
    assertThat(feedback.unmarkHelpful(item, nuria)).isTrue();
    assertThat(feedback.unmarkHelpful(item, nuria)).isFalse();
    assertThat(feedback.markedHelpful(item, nuria)).isFalse();
    assertThat(feedback.helpful(item)).isEqualTo(1);
    assertThat(feedback.helpful(other)).isEqualTo(1);
    assertThat(feedback.helpful(KnowledgeItemId.random())).isZero();
  }

  private ItemComment comment(KnowledgeItemId on, int seconds, Optional<ItemCommentId> inReplyTo) {
    return new ItemComment(ItemCommentId.random(), on, 2, inReplyTo, nuria, "Molt **útil** · l·l " + seconds,
        "<p>Molt <strong>útil</strong></p>", secondsAfterT0(seconds));
  }

  @Test
  void aHiddenCommentIsLeftOutOfTheItemsCommentsAndTheirTotalAndStillFoundById() {
    ItemComment shown = comment(item, 1, Optional.empty());
    ItemComment rejected = comment(item, 2, Optional.empty());
    feedback.addComment(shown);
    feedback.addComment(rejected);

    assertThat(feedback.hideComment(rejected.id())).isTrue();
    assertThat(feedback.hideComment(rejected.id())).as("already hidden").isFalse();
    assertThat(feedback.hideComment(ItemCommentId.random())).as("never stored").isFalse();

    Page<ItemComment> page = feedback.comments(item, PageRequest.first(10));
    assertThat(page.items()).containsExactly(shown);
    assertThat(page.total()).isEqualTo(1);
    assertThat(feedback.comment(rejected.id())).contains(rejected);
  }

  @Test
  void keepsCommentsAsWrittenOldestFirstTiesByIdAndPaged() {
    ItemComment first = comment(item, 1, Optional.empty());
    ItemComment tieA = comment(item, 2, Optional.of(first.id()));
    ItemComment tieB = comment(item, 2, Optional.empty());
    ItemComment last = comment(item, 3, Optional.empty());
    for (ItemComment comment : List.of(last, tieB, first, tieA)) {
      feedback.addComment(comment);
    }
    feedback.addComment(comment(other, 0, Optional.empty()));
    List<ItemComment> ties = tieA.id().toString().compareTo(tieB.id().toString()) < 0 ? List.of(tieA, tieB) : List.of(tieB, tieA);

    Page<ItemComment> page = feedback.comments(item, PageRequest.first(3));
    assertThat(page.items()).containsExactly(first, ties.get(0), ties.get(1));
    assertThat(page.total()).isEqualTo(4);
    assertThat(feedback.comments(item, PageRequest.first(3).next()).items()).containsExactly(last);
    assertThat(feedback.comment(tieA.id())).contains(tieA);
    assertThat(feedback.comment(ItemCommentId.random())).isEmpty();
    assertThat(feedback.comments(KnowledgeItemId.random(), PageRequest.first(3)).items()).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> feedback.addComment(first));
  }

  @Test
  void aUnitOfWorkThatFailsKeepsNothing() {
    try {
      inTransaction(() -> {
        store().itemFeedback().rate(new Rating(item, 1, nuria, 3, secondsAfterT0(1)));
        store().itemFeedback().markHelpful(item, nuria, secondsAfterT0(1));
        store().itemFeedback().addComment(comment(item, 1, Optional.empty()));
        throw new IllegalStateException("boom");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(feedback.ratings(item)).isEmpty();
    assertThat(feedback.helpful(item)).isZero();
    assertThat(feedback.comments(item, PageRequest.first(5)).total()).isZero();
  }

  @Test
  void underConcurrencyKeepsTheFirstRatingAndMarkOfOneMemberOnce() throws Exception {
    int threads = 6;
    AtomicInteger retried = new AtomicInteger();
    AtomicInteger newMarks = new AtomicInteger();
    Race.run(threads, thread -> {
      while (true) {
        try {
          inTransaction(() -> {
            store().itemFeedback().rate(new Rating(item, 1, nuria, 1 + thread % 5, secondsAfterT0(thread)));
            if (store().itemFeedback().markHelpful(item, nuria, secondsAfterT0(thread))) {
              newMarks.incrementAndGet();
            }
          });
          return;
        } catch (ConflictException lost) {
          assertThat(lost.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
          retried.incrementAndGet();
        }
      }
    });

    assertThat(feedback.ratings(item).get(1).count()).as("one rating of one member and revision").isEqualTo(1);
    assertThat(feedback.helpful(item)).isEqualTo(1);
    assertThat(newMarks).as("exactly one transaction stored the mark").hasValue(1);
  }
}
