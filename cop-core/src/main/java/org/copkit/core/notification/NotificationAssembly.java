package org.copkit.core.notification;

import org.copkit.api.feed.Feed;
import org.copkit.api.notification.Digests;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.Wiring;

/**
 * Assembles notifications and digests for {@code CopPlatform}, in two steps: the attention index
 * first (the node's reader of the change log hands it the {@code attention} topic, and routing
 * asks it whom it may interrupt), then the use case once the feed and routing exist. Wiring, not API.
 */
public final class NotificationAssembly {

  private final Wiring wiring;
  private final AttentionIndex index = new AttentionIndex();
  private volatile Runnable catchUp = () -> {};

  private NotificationAssembly(Wiring wiring) {
    this.wiring = wiring;
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
    return new org.copkit.core.shared.LoggedChanges() {
      @Override
      public String topic() {
        return AttentionChange.TOPIC;
      }

      @Override
      public Record decode(String body) {
        return (Record) AttentionChange.decode(body);
      }

      @Override
      public String encode(Record change) {
        return ((AttentionChange) change).encode();
      }
    };
  }

  /** @return the reader of the change log's attention topic, for the node's catch-up to feed */
  public ChangeFollower follower() {
    return index;
  }

  /** @return whom features may interrupt now */
  public Attention attention() {
    return index;
  }

  /** @param nodeCatchUp applies what the change log holds that this node has not applied yet */
  public void catchUpWith(Runnable nodeCatchUp) {
    this.catchUp = nodeCatchUp;
  }

  /**
   * @param communities the community rules
   * @param feed members' feeds, read as each member
   * @param routed the questions routed to each member
   * @return the use case
   */
  public Digests digests(CommunityGate communities, Feed feed, RoutedQuestions routed) {
    return new DigestService(wiring.storage(), communities, index, routed, feed, wiring.notifications(), wiring.clock(),
        () -> catchUp.run());
  }
}
