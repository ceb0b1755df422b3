package org.copkit.core.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.CopComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's chain of {@link ActivityClassifier}s: the registered ones in the order registered,
 * then those {@link ServiceLoader} finds, then the {@link DefaultActivityClassifier built-in} one.
 * The first answer wins. A provider that cannot be loaded is reported and left out for good; one
 * that throws or answers null is reported and skipped for that type.
 */
final class ActivityClassifiers {

  private static final Logger LOG = LoggerFactory.getLogger(ActivityClassifiers.class);

  private final List<ActivityClassifier> chain;

  private ActivityClassifiers(List<ActivityClassifier> chain) {
    this.chain = List.copyOf(chain);
  }

  /**
   * @param registered the classifiers registered on the builder, in order
   * @param discovered the providers found on the class path, loaded one by one
   * @return the chain, ending with the built-in classifier
   */
  static ActivityClassifiers of(List<ActivityClassifier> registered, Iterable<ActivityClassifier> discovered) {
    List<ActivityClassifier> chain = new ArrayList<>(registered);
    Iterator<ActivityClassifier> providers = discovered.iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        chain.add(providers.next());
      } catch (ServiceConfigurationError unloadable) {
        LOG.warn("Skipping an activity classifier that could not be loaded: {}", unloadable.getMessage());
      }
    }
    chain.add(new DefaultActivityClassifier());
    return new ActivityClassifiers(chain);
  }

  /** @return the activity classifiers on the class path */
  static Iterable<ActivityClassifier> discover() {
    return ServiceLoader.load(ActivityClassifier.class);
  }

  /**
   * @param type a type of activity
   * @return the component the first classifier with an answer gives it
   */
  CopComponent classify(ActivityType type) {
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
