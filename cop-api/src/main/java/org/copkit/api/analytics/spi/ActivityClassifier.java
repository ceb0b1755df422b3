package org.copkit.api.analytics.spi;

import org.copkit.api.shared.AddOnContext;
import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.feed.CopComponent;

/**
 * Extension point: says which of the four CoP components (antenna, organisation of know-how,
 * production, learning) a type of activity serves: the one definition of a thread's component,
 * used by the component balance of the participation reports and by the activities discussions
 * publish to the feed (the component of each {@link org.copkit.api.feed.FeedItem}).
 *
 * <p>Classifiers are found with {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/org.copkit.api.analytics.spi.ActivityClassifier}) and can be registered on the
 * platform's builder. For each activity type the registered classifiers are asked first, in the
 * order registered, then the discovered ones; the first that answers decides. When none answers,
 * the built-in default does: announcements are ANTENNA, the working group's (CORE audience)
 * discussions are PRODUCTION, the community's discussions are KNOW_HOW, questions and the comments
 * under their answers are LEARNING, and answers are KNOW_HOW. A classifier that cannot be loaded, or that throws, is reported in the log and
 * skipped; it never fails a report.
 *
 * <p>Classification is by type, not by item, so that storage can count contributions per type with
 * one aggregate query. Implementations must be thread-safe.
 */
public interface ActivityClassifier {

  /** @return a short name, for the log */
  String name();

  /**
   * Called once when the platform is built, before any other call: an add-on takes what it needs
   * from the host here (its directory of people, its own configuration, the clock) instead of
   * finding it through statics. A start that throws is reported; the host's builder then refuses to
   * build, or starts without this add-on, as the host chose. Does nothing by default.
   *
   * @param context what the host gives the add-on
   */
  default void start(AddOnContext context) {}

  /**
   * @param type a type of activity
   * @return the component it serves, or empty to leave the decision to the next classifier
   */
  Optional<CopComponent> classify(ActivityType type);
}
