package org.copkit.api.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The balance of the four components of a community of practice over a window: how many
 * contributions went to watching the outside world (antenna), organising know-how, production and
 * learning, as the platform's {@link org.copkit.api.analytics.spi.ActivityClassifier activity
 * classifiers} sort them.
 *
 * @param contributions for each component, the contributions classified into it; every component
 *     is present, zeros included
 */
public record ComponentBalance(Map<CopComponent, Long> contributions) {

  /** Validates and copies the counts. */
  public ComponentBalance {
    Validation.required("contributions", contributions);
    Map<CopComponent, Long> copy = new EnumMap<>(CopComponent.class);
    for (CopComponent component : CopComponent.values()) {
      Long count = contributions.get(component);
      if (count == null || count < 0) {
        throw new InvalidInputException("contributions", "must count " + component + " with a number not below zero");
      }
      copy.put(component, count);
    }
    contributions = Map.copyOf(copy);
  }

  /** @return the contributions of all four components */
  public long total() {
    return contributions.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * @param component a component
   * @return its contributions
   */
  public long count(CopComponent component) {
    return contributions.get(component);
  }

  /**
   * @param component a component
   * @return its share of all contributions, 0 when there are none
   */
  public double share(CopComponent component) {
    return Checks.ratio(count(component), total());
  }

  /**
   * How evenly the four components share the contributions: the Shannon entropy of the shares
   * divided by its largest possible value, {@code −Σ p_c·ln p_c / ln 4} (terms with {@code p_c = 0}
   * count 0). 1 when all four have the same share, 0 when one has everything or there is nothing.
   *
   * @return the evenness, 0 to 1
   */
  public double evenness() {
    long total = total();
    if (total == 0) {
      return 0;
    }
    double entropy = 0;
    for (long count : contributions.values()) {
      if (count > 0) {
        double p = (double) count / total;
        entropy -= p * Math.log(p);
      }
    }
    return Math.min(1, Math.max(0, entropy / Math.log(CopComponent.values().length)));
  }
}
