package org.copkit.core.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.Validation;
import org.copkit.core.shared.AddOn;

/**
 * The platform's one definition of the CoP component of a contribution: the chain of {@link
 * ActivityClassifier}s, the registered ones in the order registered, then those discovered (see
 * {@code CopPlatform.Builder#discoverActivityClassifiers}), then the {@link DefaultActivityClassifier
 * built-in} one. The first answer wins. A classifier that throws, answers null or does not answer
 * within the budget is reported, counted ({@code CopPlatform#addOnStats()}) and skipped for that
 * item.
 *
 * <p>Asked once per post, when it is written; the component is stored with the post, and the feed
 * and the participation reports read it from storage, so a contribution's component is the same in
 * both. Wiring, not API: hosts register classifiers on {@code CopPlatform}'s builder.
 */
public final class ActivityClassifiers {

  private final List<AddOn<ActivityClassifier>> chain;
  private final Duration budget;

  private ActivityClassifiers(List<AddOn<ActivityClassifier>> chain, Duration budget) {
    this.chain = List.copyOf(chain);
    this.budget = Validation.required("budget", budget);
  }

  /**
   * @param classifiers the classifiers as the platform admitted them: registered, then discovered
   * @param budget how long to wait for each classifier's answer
   * @return the chain, ending with the built-in classifier
   */
  public static ActivityClassifiers admitted(List<AddOn<ActivityClassifier>> classifiers, Duration budget) {
    return new ActivityClassifiers(classifiers, budget);
  }

  /**
   * The built-in classification alone, by type: what a post gets when no vendor classifier answers,
   * and what the storage gives the posts written before components were stored.
   *
   * @param item a contribution
   * @return its component by the built-in rules
   */
  public static CopComponent builtIn(ClassifiedItem item) {
    return DefaultActivityClassifier.component(item.type());
  }

  /**
   * @param item a contribution being written
   * @return the component the first classifier with an answer in time gives it; a classifier that
   *     throws, answers null or is late is reported, counted and skipped
   */
  public CopComponent classify(ClassifiedItem item) {
    Validation.required("item", item);
    for (AddOn<ActivityClassifier> classifier : chain) {
      AddOn.Result<Optional<CopComponent>> answer = classifier.callWithin("classify(" + item.type() + ")", budget,
          c -> c.classify(item), component -> null, late -> {});
      if (answer instanceof AddOn.Result.Answer<Optional<CopComponent>> given && given.value().isPresent()) {
        return given.value().get();
      }
    }
    return builtIn(item);
  }
}
