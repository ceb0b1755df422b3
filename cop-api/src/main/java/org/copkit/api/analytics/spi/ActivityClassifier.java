package org.copkit.api.analytics.spi;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.AddOnContext;

/**
 * Extension point: says which of the four CoP components (antenna, organisation of know-how,
 * production, learning) a contribution serves: the one definition of a contribution's component,
 * used by the feed (the component of each {@link org.copkit.api.feed.FeedItem} and {@link
 * org.copkit.api.feed.Explanation}) and by the component balance of the participation reports.
 *
 * <p><b>When it is called.</b> Once per post, when it is written (a thread started, a reply
 * written), before the platform opens the unit of work that stores it; the answer is stored with
 * the post, and the feed and the reports read what is stored. A classifier is not asked again for a
 * post written before it was installed, nor when it changes its mind: its rules apply to what is
 * written from then on.
 *
 * <p><b>Order.</b> The classifiers registered on the platform's builder are asked first, in the
 * order registered, then those {@link java.util.ServiceLoader} finds (list the class in {@code
 * META-INF/services/org.copkit.api.analytics.spi.ActivityClassifier}); the first that answers
 * decides. When none answers, the built-in classifier does, by type alone: announcements are
 * ANTENNA, the working group's (CORE audience) discussions are PRODUCTION, the community's
 * discussions are KNOW_HOW, questions and the comments under their answers are LEARNING, and
 * answers are KNOW_HOW.
 *
 * <p><b>Failures and the time budget.</b> A call that throws, answers {@code null} or does not
 * answer within the platform's budget ({@code activityClassifierBudget}, 100 ms by default) is
 * counted and logged, and the next classifier answers for that post (the built-in one last); it
 * never fails the post.
 *
 * <p><b>Compatibility.</b> Implement {@link #classify(ClassifiedItem)}. Classifiers written for
 * the first version of this interface implement {@link #classify(ActivityType)} alone, and keep
 * working: the default {@link #classify(ClassifiedItem)} asks it with the item's type.
 * Implementations must be thread-safe, and fast: they run on the writer's thread.
 */
public interface ActivityClassifier {

  /** @return a short name: 1 to 64 lower-case letters, digits and dashes, for the log and the counters */
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
   * Classifies a contribution as it is written. The default asks {@link #classify(ActivityType)}
   * with the item's type, so that classifiers by type alone need implement nothing else.
   *
   * @param item the contribution: its type, community, and thread's title and tags
   * @return the component it serves, or empty to leave the decision to the next classifier; never
   *     {@code null}
   */
  default Optional<CopComponent> classify(ClassifiedItem item) {
    return classify(item.type());
  }

  /**
   * Classifies by type alone: what classifiers written for the first version of this interface
   * implement. The platform calls {@link #classify(ClassifiedItem)}, which calls this by default.
   * Answers nothing by default.
   *
   * @param type a type of activity
   * @return the component it serves, or empty to leave the decision to the next classifier
   */
  default Optional<CopComponent> classify(ActivityType type) {
    return Optional.empty();
  }
}
