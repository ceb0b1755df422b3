package org.copkit.core.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.AddOns;

/**
 * The platform's one definition of the CoP component of an activity: the chain of {@link
 * ActivityClassifier}s, the registered ones in the order registered, then those discovered (see
 * {@code CopPlatform.Builder#discoverActivityClassifiers}), then the {@link DefaultActivityClassifier
 * built-in} one. The first answer wins. A classifier that throws or answers null is reported,
 * counted ({@code CopPlatform#addOnStats()}) and skipped for that type.
 *
 * <p>Built once per platform and shared: the participation reports' component balance and the
 * activities discussions hand to the feed ask the same chain, so a thread's component is the same
 * in both. Wiring, not API: hosts register classifiers on {@code CopPlatform}'s builder.
 */
public final class ActivityClassifiers {

  private final List<AddOn<ActivityClassifier>> chain;
  private final ActivityClassifier builtIn = new DefaultActivityClassifier();

  private ActivityClassifiers(List<AddOn<ActivityClassifier>> chain) {
    this.chain = List.copyOf(chain);
  }

  /**
   * @param classifiers the classifiers registered on the builder, then those discovered, in order;
   *     a classifier whose name is invalid or taken is reported and skipped
   * @return the chain, ending with the built-in classifier
   */
  public static ActivityClassifiers of(List<ActivityClassifier> classifiers) {
    return admitted(new AddOns(BrokenAddOns.SKIP).admit(
        "activity-classifier", classifiers, ActivityClassifier::name, List.of(DefaultActivityClassifier.NAME)));
  }

  /**
   * @param classifiers the classifiers as the platform admitted them: registered, then discovered
   * @return the chain, ending with the built-in classifier
   */
  public static ActivityClassifiers admitted(List<AddOn<ActivityClassifier>> classifiers) {
    return new ActivityClassifiers(classifiers);
  }

  /**
   * @param type a type of activity
   * @return the component the first classifier with an answer gives it; a classifier that throws or
   *     answers null is reported, counted and skipped
   */
  public CopComponent classify(ActivityType type) {
    for (AddOn<ActivityClassifier> classifier : chain) {
      AddOn.Result<Optional<CopComponent>> answer =
          classifier.call("classify(" + type + ")", c -> c.classify(type), component -> null);
      if (answer instanceof AddOn.Result.Answer<Optional<CopComponent>> given && given.value().isPresent()) {
        return given.value().get();
      }
    }
    return builtIn.classify(type).orElseThrow(
        () -> new IllegalStateException("the built-in activity classifier answers every type, but not " + type));
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
}
