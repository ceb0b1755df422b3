package org.copkit.core.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Frequency;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.Change;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.ChangeFollower;

/**
 * One node's view of members' attention, derived from the change log's {@value
 * AttentionChange#TOPIC} topic: each member's settings (only those who changed them) and where
 * their next digest starts (the end of their last one, or when they last changed frequency). A cache of the database, rebuilt when the platform starts and kept current
 * by the node's catch-up; synchronized, as readers are few and short.
 */
final class AttentionIndex implements ChangeFollower, Attention {

  private final Map<MemberId, AttentionSettings> settings = new HashMap<>();
  private final Map<MemberId, Instant> lastDigestEnd = new HashMap<>();

  @Override
  public String topic() {
    return AttentionChange.TOPIC;
  }

  @Override
  public void apply(Change change) {
    apply(AttentionChange.decode(change.body()));
  }

  synchronized void apply(AttentionChange change) {
    if (change instanceof AttentionChange.Configured c) {
      if (settings(c.member()).frequency() != c.settings().frequency()) {
        lastDigestEnd.merge(c.member(), c.at(), (a, b) -> a.isAfter(b) ? a : b);
      }
      if (c.settings().equals(AttentionSettings.DEFAULT)) {
        settings.remove(c.member());
      } else {
        settings.put(c.member(), c.settings());
      }
    } else if (change instanceof AttentionChange.Digested d) {
      lastDigestEnd.merge(d.member(), d.to(), (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  @Override
  public synchronized void rederive(Runnable replay) {
    settings.clear();
    lastDigestEnd.clear();
    replay.run();
  }

  synchronized AttentionSettings settings(MemberId member) {
    return settings.getOrDefault(member, AttentionSettings.DEFAULT);
  }

  synchronized Optional<Instant> lastDigestEnd(MemberId member) {
    return Optional.ofNullable(lastDigestEnd.get(member));
  }

  /** @return every member whose settings may make a digest due: a digest frequency or quiet hours */
  synchronized List<Map.Entry<MemberId, AttentionSettings>> digestible() {
    return settings.entrySet().stream()
        .filter(e -> e.getValue().frequency() != Frequency.IMMEDIATE || e.getValue().quietHours().isPresent())
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(MemberId::value)))
        .toList();
  }

  @Override
  public boolean interruptsNow(MemberId member, Instant now) {
    AttentionSettings mine = settings(member);
    return mine.frequency() == Frequency.IMMEDIATE && !quiet(mine, now);
  }

  /**
   * @param settings a member's settings
   * @param now an instant
   * @return whether it falls in their quiet hours
   */
  static boolean quiet(AttentionSettings settings, Instant now) {
    return settings.quietHours().isPresent()
        && settings.quietHours().get().contains(now.atZone(settings.zone()).toLocalTime());
  }
}
