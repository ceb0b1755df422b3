package org.copkit.core.discussion;

import java.util.List;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.core.analytics.ActivityClassifiers;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.competence.CompetenceAssembly;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.moderation.PostActions;
import org.copkit.core.moderation.PublicationGate;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.FeedChanges;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.Wiring;

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
   * The first step: discussions on their ports, able to publish, hide and edit posts, with threads
   * about DigComp 2.2's competences only.
   *
   * @param wiring the platform's ports and clock (mentions go to its notifications)
   * @param communities the community rules
   * @param feed the feed, told of published threads, replies, reactions, accepted answers and
   *     what moderation hides or approves
   * @param components the platform's activity classifiers, which give each post its CoP component
   *     when it is written (stored with it: the feed and the participation reports read it)
   * @return the assembly so far
   */
  public static DiscussionAssembly create(
      Wiring wiring, CommunityGate communities, FeedChanges feed, ActivityClassifiers components) {
    return create(wiring, communities, feed, components, EvidenceChanges.NONE,
        CompetenceAssembly.create(wiring, List.of(), List.of(), communities).frameworks());
  }

  /**
   * The first step, recording evidence of expertise as well.
   *
   * @param wiring the platform's ports and clock (mentions go to its notifications)
   * @param communities the community rules
   * @param feed the feed, told of published threads, replies, reactions, accepted answers and
   *     what moderation hides or approves
   * @param components the platform's activity classifiers
   * @param evidence where questions, answers, accepted answers and hidden answers are recorded as
   *     evidence of expertise
   * @param frameworks the competence frameworks threads may be about
   * @return the assembly so far
   */
  public static DiscussionAssembly create(Wiring wiring, CommunityGate communities, FeedChanges feed,
      ActivityClassifiers components, EvidenceChanges evidence, Frameworks frameworks) {
    return new DiscussionAssembly(new DiscussionWork(wiring.storage(), communities, new MarkdownRenderer(),
        wiring.events(), wiring.notifications(), wiring.clock(), new FeedBridge(feed, evidence), components,
        new org.copkit.core.shared.SearchChanges(wiring.storage().changeLog()), frameworks));
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
