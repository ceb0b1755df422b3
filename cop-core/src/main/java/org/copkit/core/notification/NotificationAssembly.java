package org.copkit.core.notification;

import org.copkit.api.feed.Feed;
import org.copkit.api.notification.Digests;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.Wiring;

/**
 * Assembles notifications and digests for {@code CopPlatform}, in two steps: members' attention
 * first (routing asks it whom it may interrupt; the node's rebuild from the change log hands the
 * {@code attention} topic of an earlier version to its mover), then the use case once the feed and
 * routing exist. Wiring, not API.
 */
public final class NotificationAssembly {

  private final Wiring wiring;
  private final StoredAttention attention;
  private final LegacyAttention legacy = new LegacyAttention();
  private volatile Runnable catchUp = () -> {};

  private NotificationAssembly(Wiring wiring) {
    this.wiring = wiring;
    this.attention = new StoredAttention(wiring.storage());
  }

  /**
   * @param wiring the platform's ports and clock
   * @return the first step
   */
  public static NotificationAssembly create(Wiring wiring) {
    return new NotificationAssembly(wiring);
  }

  /** @return how this feature's topic of the change log reads and writes its bodies, for privacy */
  public static org.copkit.core.shared.LoggedChanges loggedChanges() {
    return org.copkit.core.shared.LoggedChanges.of(AttentionChange.TOPIC, AttentionChange::decode, AttentionChange::encode, AttentionChange.class);
  }

  /**
   * @return the reader of the change log's attention topic, where an earlier version kept
   *     settings and digests: the node's rebuild feeds it, then {@link #digests} moves them
   */
  public ChangeFollower follower() {
    return legacy;
  }

  /** @return whom features may interrupt now, read in their unit of work */
  public Attention attention() {
    return attention;
  }

  /** @param nodeCatchUp applies what the change log holds that this node has not applied yet */
  public void catchUpWith(Runnable nodeCatchUp) {
    this.catchUp = nodeCatchUp;
  }

  /**
   * @param communities the community rules
   * @param feed members' feeds, read as each member
   * @param routed the questions routed to each member
   * @return the use case, once what the change log held of an earlier version is moved to the
   *     storage's attention book
   */
  public Digests digests(CommunityGate communities, Feed feed, RoutedQuestions routed) {
    legacy.move(wiring.storage());
    return new DigestService(wiring.storage(), communities, attention, routed, feed, wiring.notifications(),
        wiring.clock(), () -> catchUp.run());
  }
}
