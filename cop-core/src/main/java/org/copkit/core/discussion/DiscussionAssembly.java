package org.copkit.core.discussion;

import java.time.Clock;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.EventPublisher;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.moderation.PostActions;
import org.copkit.core.moderation.PublicationGate;
import org.copkit.core.shared.FeedChanges;
import org.copkit.core.shared.MarkdownRenderer;

/**
 * Assembles the discussion use cases for {@code CopPlatform}, in two steps because moderation
 * needs discussions' {@link PostActions} and discussions need moderation's {@link
 * PublicationGate}. Wiring, not API.
 */
public final class DiscussionAssembly {

  private final DiscussionWork work;
  private final PostPublishing publishing;

  private DiscussionAssembly(DiscussionWork work) {
    this.work = work;
    this.publishing = new PostPublishing(work);
  }

  /**
   * The first step: discussions on their ports, able to publish, hide and edit posts.
   *
   * @param storage the discussion ports
   * @param communities the community rules
   * @param renderer the Markdown renderer
   * @param events where domain events go
   * @param notifications where mentions go
   * @param clock the platform's clock
   * @param feed the feed, told of published threads, replies, reactions, accepted answers and
   *     what moderation hides or approves
   * @param components the platform's activity classifiers, which give each activity its CoP
   *     component (the same the participation reports count it in)
   * @return the assembly so far
   */
  public static DiscussionAssembly create(DiscussionStorage storage, CommunityGate communities, MarkdownRenderer renderer,
      EventPublisher events, Notifications notifications, Clock clock, FeedChanges feed, ActivityClassifiers components) {
    return new DiscussionAssembly(new DiscussionWork(storage, communities, renderer, events, notifications, clock,
        new FeedBridge(feed, components)));
  }

  /** @return what moderation may do to posts */
  public PostActions postActions() {
    return publishing;
  }

  /**
   * The second step: the use case that posts, screened by moderation.
   *
   * @param gate moderation's screening of new posts
   * @return the use case
   */
  public Discussions discussions(PublicationGate gate) {
    return new DiscussionsService(work, publishing, gate);
  }

  /** @return the reading use case */
  public DiscussionQueries queries() {
    return new DiscussionQueriesService(work);
  }
}
