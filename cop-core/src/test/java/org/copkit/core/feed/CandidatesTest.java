package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's {@link Candidates} (a heap) and a {@link CandidatePool} (a buffer and selections) keep
 * the best {@code capacity} of all candidates offered, in the feed's order, whatever the order of
 * the offers; the heap drains them best first.
 */
class CandidatesTest {

  /** Scores with many ties (settled by time); times distinct, so no ID is ever read. */
  private record Offer(double score, int time, long ref) {}

  private static final Comparator<Offer> BEST_FIRST =
      Comparator.comparingDouble(Offer::score).thenComparingInt(Offer::time).reversed();

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 50, 800})
  void keepsTheBestCapacityInTheFeedsOrder(int capacity) {
    SplittableRandom random = new SplittableRandom(capacity);
    for (int round = 0; round < 20; round++) {
      int count = random.nextInt(0, capacity * 6 + 2);
      List<Offer> offers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        offers.add(new Offer(random.nextInt(0, 40) / 4.0, i, 1_000L + i));
      }
      Collections.shuffle(offers, new Random(round));
      Candidates page = new Candidates(capacity, new FeedOrder(null));
      CandidatePool pool = new CandidatePool(capacity, new FeedOrder(null));
      offerAll(offers, page);
      offerAll(offers, pool);
      List<Offer> expected = offers.stream().sorted(BEST_FIRST).limit(capacity).toList();

      List<Offer> fromPage = offers(page.drainBestFirst());
      Candidates.Ranking pooled = pool.drain();

      assertThat(fromPage).containsExactlyElementsOf(expected);
      assertThat(offers(pooled)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(pooled.worstScore())
          .isEqualTo(expected.isEmpty() ? Double.NEGATIVE_INFINITY : expected.get(expected.size() - 1).score());
    }
  }

  /** Offers what reaches the floor, as the scan does; the floor never goes down. */
  private static void offerAll(List<Offer> offers, Admission candidates) {
    double previousFloor = Double.NEGATIVE_INFINITY;
    for (Offer offer : offers) {
      if (offer.score() >= candidates.floor()) {
        candidates.offer(offer.score(), offer.time(), offer.ref());
      }
      assertThat(candidates.floor()).isGreaterThanOrEqualTo(previousFloor);
      previousFloor = candidates.floor();
    }
  }

  private static List<Offer> offers(Candidates.Ranking ranking) {
    List<Offer> kept = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      kept.add(new Offer(ranking.score()[i], ranking.time()[i], ranking.ref()[i]));
    }
    return kept;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aPoolsCapacityMustBePositive(int capacity) {
    assertThatThrownBy(() -> new CandidatePool(capacity, new FeedOrder(null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
