package org.copkit.core.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.CopComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's one definition of the CoP component of an activity: the chain of {@link
 * ActivityClassifier}s, the registered ones in the order registered, then those discovered (see
 * {@code CopPlatform.Builder#discoverActivityClassifiers}), then the {@link DefaultActivityClassifier
 * built-in} one. The first answer wins. A classifier that throws or answers null is reported and
 * skipped for that type.
 *
 * <p>Built once per platform and shared: the participation reports' component balance and the
 * activities discussions hand to the feed ask the same chain, so a thread's component is the same
 * in both. Wiring, not API: hosts register classifiers on {@code CopPlatform}'s builder.
 */
public final class ActivityClassifiers {

  private static final Logger LOG = LoggerFactory.getLogger(ActivityClassifiers.class);

  private final List<ActivityClassifier> chain;

  private ActivityClassifiers(List<ActivityClassifier> chain) {
    this.chain = List.copyOf(chain);
  }

  /**
   * @param classifiers the classifiers registered on the builder, then those discovered, in order
   * @return the chain, ending with the built-in classifier
   */
  public static ActivityClassifiers of(List<ActivityClassifier> classifiers) {
    List<ActivityClassifier> chain = new ArrayList<>(classifiers);
    chain.add(new DefaultActivityClassifier());
    return new ActivityClassifiers(chain);
  }

  /**
   * @param type a type of activity
   * @return the component the first classifier with an answer gives it
   */
  public CopComponent classify(ActivityType type) {
    for (ActivityClassifier classifier : chain) {
      try {
        Optional<CopComponent> component = classifier.classify(type);
        if (component != null && component.isPresent()) {
          return component.get();
        }
        if (component == null) {
          LOG.warn("Activity classifier {} answered null for {}; skipped", describe(classifier), type);
        }
      } catch (RuntimeException failure) {
        LOG.warn("Activity classifier {} failed on {}; skipped", describe(classifier), type, failure);
      }
    }
    throw new IllegalStateException("the built-in activity classifier answers every type, but not " + type);
  }

  /**
   * Classifies contributions per type into components, asking the chain once per type and report:
   * the report's window and all its periods share {@code decided}, so a type is in the same
   * component throughout a report.
   *
   * @param counts contributions per type
   * @param decided the types this report has classified so far; filled as types are classified
   * @return the contributions per component
   */
  ComponentBalance balance(Map<ActivityType, Long> counts, Map<ActivityType, CopComponent> decided) {
    Map<CopComponent, Long> components = new EnumMap<>(CopComponent.class);
    for (CopComponent component : CopComponent.values()) {
      components.put(component, 0L);
    }
    counts.forEach((type, count) -> components.merge(decided.computeIfAbsent(type, this::classify), count, Long::sum));
    return new ComponentBalance(components);
  }

  private static String describe(ActivityClassifier classifier) {
    try {
      return "'" + classifier.name() + "' (" + classifier.getClass().getName() + ")";
    } catch (RuntimeException failure) {
      return classifier.getClass().getName();
    }
  }
}
