package org.copkit.core.moderation;

import java.time.Clock;
import java.util.List;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.EventPublisher;
import org.copkit.core.community.CommunityGate;

/**
 * Assembles the moderation use cases and the publication gate for {@code CopPlatform}. Wiring, not
 * API.
 *
 * @param moderation flagging, deciding, muting, settings
 * @param queries what moderators read
 * @param gate the screening of new posts, for discussions
 */
public record ModerationAssembly(Moderation moderation, ModerationQueries queries, PublicationGate gate) {

  /**
   * Builds moderation on the given ports.
   *
   * @param storage moderation's ports
   * @param discussions the discussion ports (the posts under review)
   * @param communities the community rules
   * @param events where domain events go
   * @param notifications where notifications go
   * @param clock the platform's clock
   * @param defaults the platform's moderation settings, for communities without their own
   * @param rules the moderation rules to run on every post
   * @param posts how discussions publish, hide and edit posts
   * @return the assembly
   */
  public static ModerationAssembly create(
      ModerationStorage storage,
      DiscussionStorage discussions,
      CommunityGate communities,
      EventPublisher events,
      Notifications notifications,
      Clock clock,
      ModerationPolicy defaults,
      List<ModerationRule> rules,
      PostActions posts) {
    ModerationWork work = new ModerationWork(storage, discussions, communities, events, notifications, clock, defaults);
    return new ModerationAssembly(
        new ModerationService(work, posts), new ModerationQueriesService(work), new PublicationGate(work, rules));
  }
}
