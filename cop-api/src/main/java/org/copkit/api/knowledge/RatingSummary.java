package org.copkit.api.knowledge;

import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How members rated: how many gave each number of stars. Aggregates only: it names nobody.
 *
 * @param byStars how many ratings gave 1, 2, 3, 4 and 5 stars, in that order (five counts, none
 *     negative)
 */
public record RatingSummary(List<Long> byStars) {

  /** No rating at all. */
  public static final RatingSummary NONE = new RatingSummary(List.of(0L, 0L, 0L, 0L, 0L));

  /** Validates and copies the counts. */
  public RatingSummary {
    Validation.noNulls("byStars", byStars);
    if (byStars.size() != Rating.MAX_STARS) {
      throw new InvalidInputException("byStars", "must hold " + Rating.MAX_STARS + " counts");
    }
    byStars.forEach(count -> Validation.notNegative("byStars", count));
    byStars = List.copyOf(byStars);
  }

  /**
   * @param stars a rating, 1 to 5
   * @return how many gave it
   */
  public long count(int stars) {
    return byStars.get(Rating.stars(stars) - 1);
  }

  /** @return how many ratings in all */
  public long count() {
    return byStars.stream().mapToLong(Long::longValue).sum();
  }

  /** @return the mean number of stars, 0 when nobody rated */
  public double average() {
    long count = count();
    if (count == 0) {
      return 0;
    }
    long total = 0;
    for (int stars = Rating.MIN_STARS; stars <= Rating.MAX_STARS; stars++) {
      total += stars * byStars.get(stars - 1);
    }
    return (double) total / count;
  }

  /**
   * @param other another summary
   * @return both together
   */
  public RatingSummary plus(RatingSummary other) {
    Long[] sum = new Long[Rating.MAX_STARS];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = byStars.get(i) + other.byStars.get(i);
    }
    return new RatingSummary(List.of(sum));
  }

  /**
   * @param stars a rating, 1 to 5
   * @return this summary with one more rating of that many stars
   */
  public RatingSummary with(int stars) {
    Long[] next = byStars.toArray(Long[]::new);
    next[Rating.stars(stars) - 1]++;
    return new RatingSummary(List.of(next));
  }
}
