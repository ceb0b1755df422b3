package org.copkit.core.notification;

import org.copkit.api.notification.Digests;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.MembersFeed;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.Wiring;

/**
 * Assembles notifications and digests for {@code CopPlatform}, in two steps: members' attention
 * first (routing asks it whom it may interrupt, and every other feature tells people of things
 * through {@link #notices()}; the node's rebuild from the change log hands the {@code attention}
 * topic of an earlier version to its mover and the {@code notice} topic to the held notices), then
 * the use case once the feed and routing exist. Wiring, not API.
 */
public final class NotificationAssembly {

  private final Wiring wiring;
  private final StoredAttention attention;
  private final LegacyAttention legacy = new LegacyAttention();
  private final HeldNotices held;
  private final NoticeRetention retention;
  private volatile Runnable catchUp = () -> {};

  private NotificationAssembly(Wiring wiring, java.util.Optional<java.time.Duration> noticeRetention) {
    this.wiring = wiring;
    this.attention = new StoredAttention(wiring.storage(), wiring.notifications(), wiring.clock());
    this.held = new HeldNotices(wiring.clock(), noticeRetention);
    this.retention = new NoticeRetention(wiring.storage());
  }

  /**
   * @param wiring the platform's ports and clock
   * @param noticeRetention how long the host keeps held notices, if it said
   * @return the first step
   */
  public static NotificationAssembly create(Wiring wiring, java.util.Optional<java.time.Duration> noticeRetention) {
    return new NotificationAssembly(wiring, noticeRetention);
  }

  /** @return the kind of retention that forgets held notices ({@value NoticeRetention#KIND}) */
  public static String noticeRetentionKind() {
    return NoticeRetention.KIND;
  }

  /** @return the retention of held notices, for privacy's sweep */
  public org.copkit.core.shared.PlatformRetention retention() {
    return retention;
  }

  /** @return how this feature's topic of the change log reads and writes its bodies, for privacy */
  public static org.copkit.core.shared.LoggedChanges loggedChanges() {
    return org.copkit.core.shared.LoggedChanges.of(AttentionChange.TOPIC, AttentionChange::decode, AttentionChange::encode, AttentionChange.class);
  }

  /** @return how the topic of held notices reads and writes its bodies, for privacy */
  public static org.copkit.core.shared.LoggedChanges noticeChanges() {
    // a notice's subject may name who mentioned the recipient or decided about their post
    return org.copkit.core.shared.LoggedChanges.of(NoticeChange.TOPIC, NoticeChange::decode, NoticeChange::encode,
        NoticeChange.class).withText(change -> change instanceof NoticeChange.Held h ? h.subject() : "",
        (change, subject) -> change instanceof NoticeChange.Held h ? h.withSubject(subject) : change);
  }


  /**
   * @return the readers of the change log's topics: the attention topic, where an earlier version
   *     kept settings and digests (the node's rebuild feeds it, then {@link #digests} moves them),
   *     and the notices held for members' digests
   */
  public java.util.List<ChangeFollower> followers() {
    return java.util.List.of(legacy, held);
  }

  /** @return whom features may interrupt now, read in their unit of work */
  public Attention attention() {
    return attention;
  }

  /**
   * @return the notifications port the features that tell people of things are given: each
   *     notification handed to it passes its recipient's attention ({@link Attention#tell})
   */
  public org.copkit.api.notification.Notifications notices() {
    return attention::tell;
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
  public Digests digests(CommunityGate communities, MembersFeed feed, RoutedQuestions routed) {
    legacy.move(wiring.storage());
    return new DigestService(wiring.storage(), communities, attention, routed, held, feed, wiring.notifications(),
        wiring.clock(), () -> catchUp.run());
  }
}
