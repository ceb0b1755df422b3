package org.copkit.core.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.knowledge.port.KnowledgeStorage;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.EventPublisher;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.SearchChanges;
import org.copkit.core.shared.UnitOfWork;

/** What the moderation use cases share: ports, clock, defaults, and the steps they all take. */
final class ModerationWork {

  final ModerationStorage storage;
  final DiscussionStorage discussions;
  final KnowledgeStorage knowledge;
  /** Tells search what moderation changed that it indexes: a hidden comment leaves its item's words. */
  final SearchChanges search;
  final CommunityGate communities;
  private final EventPublisher events;
  private final Notifications notifications;
  private final Clock clock;
  private final ModerationPolicy defaults;
  private final UnitOfWork unitOfWork;

  ModerationWork(ModerationStorage storage, DiscussionStorage discussions, KnowledgeStorage knowledge, SearchChanges search,
      CommunityGate communities, EventPublisher events, Notifications notifications, Clock clock,
      ModerationPolicy defaults) {
    this.storage = storage;
    this.discussions = discussions;
    this.knowledge = knowledge;
    this.search = search;
    this.communities = communities;
    this.events = events;
    this.notifications = notifications;
    this.clock = clock;
    this.defaults = defaults;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(java.util.function.Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(java.util.function.Supplier<T> work) {
    return unitOfWork.read(work);
  }

  Instant now() {
    return clock.instant();
  }

  ModerationPolicy policy(CommunityId community) {
    return storage.moderationPolicies().find(community).orElse(defaults);
  }

  /** Opens a review item for a held or hidden subject, or returns the one already open. */
  ReviewItem queue(CommunityId community, ModerationSubject subject, Optional<String> heldBecause) {
    return storage.reviewItems()
        .findOpen(community, subject)
        .orElseGet(() -> {
          ReviewItem item = new ReviewItem(ReviewItemId.random(), community, subject, heldBecause, 0, 0, now(),
              new ReviewStatus.Pending(), 0);
          storage.reviewItems().add(item);
          return item;
        });
  }

  void withheld(Standing cause, ReviewItem item, String why) {
    publish(new ModerationEvent.SubjectWithheld(item.community(), item.id(), item.subject(), why,
        Optional.of(cause.actor().id()), now()));
  }

  void publish(ModerationEvent event) {
    events.publish(event);
  }

  /** Tells a person, through their attention settings: at once, or in their digest. */
  void notify(Notification notification) {
    notifications.send(notification);
  }
}
