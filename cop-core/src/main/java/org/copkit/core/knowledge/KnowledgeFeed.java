package org.copkit.core.knowledge;

import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.shared.MemberId;
import org.copkit.core.shared.FeedChanges;

/**
 * Tells the feed of a new knowledge item, in the unit of work that created it (the feed appends it
 * to the change log there, so every node's feed sees it): a pill is a {@link
 * ActivityKind#KNOWLEDGE_PILL}, a library document a {@link ActivityKind#DOCUMENT}, an output
 * written directly an {@link ActivityKind#OUTPUT} (the production cycle tells of its own), for the
 * item's audience. The activity's ID is the item's, so a retry publishes the same one. Pills and
 * documents belong to the {@link CopComponent#KNOW_HOW} component, outputs to {@link
 * CopComponent#PRODUCTION}. The knowledge use cases authorized each item, so this goes through the
 * feed's internal {@link FeedChanges}.
 */
final class KnowledgeFeed {

  /** Tells nothing: for assemblies without a feed. */
  static final KnowledgeFeed NONE = new KnowledgeFeed(null);

  private final FeedChanges changes;

  KnowledgeFeed(FeedChanges changes) {
    this.changes = changes;
  }

  /**
   * A member commented on an item: engagement with the item's activity (a {@link
   * Interaction.Kind#REPLIED}), as a reply is with its thread's. An output's activity is its
   * publication's, whose ID is the item's too.
   */
  void commented(MemberId member, KnowledgeItem item) {
    if (changes != null) {
      changes.record(member, new Interaction(new ActivityId(item.id().value()), Interaction.Kind.REPLIED));
    }
  }

  void created(KnowledgeItem item) {
    if (changes == null) {
      return;
    }
    ActivityKind kind = switch (item.kind()) {
      case PILL -> ActivityKind.KNOWLEDGE_PILL;
      case LIBRARY_DOCUMENT -> ActivityKind.DOCUMENT;
      case OUTPUT -> ActivityKind.OUTPUT;
    };
    CopComponent component = kind == ActivityKind.OUTPUT ? CopComponent.PRODUCTION : CopComponent.KNOW_HOW;
    Set<String> tags = new TreeSet<>();
    for (String tag : new TreeSet<>(item.current().content().tags())) {
      if (tags.size() < Activity.MAX_TAGS) {
        tags.add(tag);
      }
    }
    changes.publish(new Activity(new ActivityId(item.id().value()), item.community(), item.createdBy(), kind,
        item.createdAt(), 0, 0, tags, component, item.audience()));
  }
}
