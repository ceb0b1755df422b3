package org.copkit.core.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.core.shared.FeedChanges;

/**
 * Tells the feed what the production cycle did, in the unit of work of the change (the feed appends
 * it to the change log there, so every node's feed sees it): a draft started is an activity of the
 * working group (CORE audience); a publication is the community's; each diffusion to another
 * community is an activity of that community. All are {@link ActivityKind#OUTPUT} activities of the
 * {@link CopComponent#PRODUCTION} component. The production use cases authorized each change, so
 * they go through the feed's internal {@link FeedChanges}.
 */
final class ProductionFeed {

  private final FeedChanges changes;

  ProductionFeed(FeedChanges changes) {
    this.changes = changes;
  }

  void draftStarted(KnowledgeItem item, OutputCycle cycle) {
    changes.publish(activity(idOf("draft", item, cycle.community()), cycle.community(), item, cycle, Audience.CORE,
        cycle.startedAt()));
  }

  void published(KnowledgeItem item, OutputCycle cycle, Instant at) {
    changes.publish(activity(new ActivityId(item.id().value()), cycle.community(), item, cycle, Audience.COMMUNITY, at));
  }

  void diffused(KnowledgeItem item, OutputCycle cycle, CommunityId to, Instant at) {
    changes.publish(activity(idOf("diffusion", item, to), to, item, cycle, Audience.COMMUNITY, at));
  }

  /** The ID of an output's activity other than its publication: derived, so a retry publishes the same one. */
  static ActivityId idOf(String what, KnowledgeItem item, CommunityId community) {
    return new ActivityId(UUID.nameUUIDFromBytes(
        ("copkit output " + what + " " + item.id() + " " + community).getBytes(StandardCharsets.UTF_8)));
  }

  private static Activity activity(ActivityId id, CommunityId community, KnowledgeItem item, OutputCycle cycle,
      Audience audience, Instant at) {
    Set<String> tags = new TreeSet<>();
    for (String tag : new TreeSet<>(item.current().content().tags())) {
      if (tags.size() < Activity.MAX_TAGS) {
        tags.add(tag);
      }
    }
    return new Activity(id, community, cycle.startedBy(), ActivityKind.OUTPUT, at, 0, 0, tags, CopComponent.PRODUCTION,
        audience);
  }
}
