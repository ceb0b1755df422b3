package org.copkit.jpa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_attention}: one member's {@link AttentionRecord}. A channel with a frequency of
 * its own is kept in {@code channels} as {@code name:F} (its frequency's initial: {@code I}, {@code D}
 * or {@code W}; channel names have no colon), and a topic unsubscribed from in {@code unsubscribed} as
 * {@code topic:NAME} beside the digest sections: both fit the columns' lengths, so rows written before
 * either existed read as they were. The topics unsubscribed from on one channel only are in {@code
 * channel_topics} (V39) as {@code email:MENTION+SANCTION}, channels comma-separated.
 */
@Entity(name = "CopAttention")
@Table(name = "cop_attention")
class AttentionRow {

  private static final String TOPIC = "topic:";

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "frequency", nullable = false, length = 16)
  private String frequency;

  @Column(name = "zone", nullable = false, length = 64)
  private String zone;

  @Column(name = "digest_at", nullable = false)
  private int digestAt;

  @Column(name = "digest_day", nullable = false, length = 16)
  private String digestDay;

  @Column(name = "quiet_from")
  private Integer quietFrom;

  @Column(name = "quiet_to")
  private Integer quietTo;

  @Column(name = "unsubscribed", nullable = false, length = 200)
  private String unsubscribed;

  @Column(name = "channels", nullable = false, length = 300)
  private String channels;

  @Column(name = "channel_topics", nullable = false, length = 1000)
  private String channelTopics;

  @Column(name = "daily_budget")
  private Integer dailyBudget;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "window_from")
  private Instant windowFrom;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected AttentionRow() {}

  AttentionRow(AttentionRecord record) {
    this.memberId = record.member().value();
    copyChanges(record);
  }

  /** Copies everything but the member and the version, which is left to JPA. */
  void copyChanges(AttentionRecord record) {
    AttentionSettings s = record.settings();
    frequency = s.frequency().name();
    zone = s.zone().getId();
    digestAt = s.digestAt().toSecondOfDay();
    digestDay = s.digestDay().name();
    quietFrom = s.quietHours().map(q -> q.from().toSecondOfDay()).orElse(null);
    quietTo = s.quietHours().map(q -> q.to().toSecondOfDay()).orElse(null);
    unsubscribed = java.util.stream.Stream.concat(s.unsubscribed().stream().map(Enum::name).sorted(),
        s.unsubscribedTopics().stream().map(t -> TOPIC + t.name()).sorted()).collect(Collectors.joining(","));
    channels = new TreeSet<>(s.channels()).stream()
        .map(c -> s.channelFrequencies().containsKey(c) ? c + ":" + s.channelFrequencies().get(c).name().charAt(0) : c)
        .collect(Collectors.joining(","));
    channelTopics = s.channelUnsubscribedTopics().entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining("+")))
        .collect(Collectors.joining(","));
    dailyBudget = s.dailyBudget().isPresent() ? s.dailyBudget().getAsInt() : null;
    changedAt = record.changedAt();
    windowFrom = record.windowFrom().orElse(null);
  }

  long version() {
    return version;
  }

  AttentionRecord toDomain() {
    Set<DigestSection> sections = EnumSet.noneOf(DigestSection.class);
    Set<Notification.Topic> topics = EnumSet.noneOf(Notification.Topic.class);
    if (!unsubscribed.isEmpty()) {
      for (String name : unsubscribed.split(",")) {
        if (name.startsWith(TOPIC)) {
          topics.add(Notification.Topic.valueOf(name.substring(TOPIC.length())));
        } else {
          sections.add(DigestSection.valueOf(name));
        }
      }
    }
    Set<String> names = new TreeSet<>();
    Map<String, Frequency> own = new TreeMap<>();
    for (String channel : channels.split(",")) {
      int colon = channel.indexOf(':');
      if (colon < 0) {
        names.add(channel);
      } else {
        names.add(channel.substring(0, colon));
        char initial = channel.charAt(colon + 1);
        own.put(channel.substring(0, colon), Arrays.stream(Frequency.values())
            .filter(f -> f.name().charAt(0) == initial).findFirst().orElseThrow());
      }
    }
    Map<String, Set<Notification.Topic>> offOn = new TreeMap<>();
    if (!channelTopics.isEmpty()) {
      for (String channel : channelTopics.split(",")) {
        int colon = channel.indexOf(':');
        Set<Notification.Topic> off = EnumSet.noneOf(Notification.Topic.class);
        Arrays.stream(channel.substring(colon + 1).split("\\+")).map(Notification.Topic::valueOf).forEach(off::add);
        offOn.put(channel.substring(0, colon), off);
      }
    }
    Optional<QuietHours> quiet = quietFrom == null ? Optional.empty()
        : Optional.of(new QuietHours(LocalTime.ofSecondOfDay(quietFrom), LocalTime.ofSecondOfDay(quietTo)));
    AttentionSettings settings = new AttentionSettings(Frequency.valueOf(frequency), ZoneId.of(zone),
        LocalTime.ofSecondOfDay(digestAt), DayOfWeek.valueOf(digestDay), quiet, sections,
        names, dailyBudget == null ? OptionalInt.empty() : OptionalInt.of(dailyBudget), own, topics, offOn);
    return new AttentionRecord(MemberId.of(memberId), settings, changedAt, Optional.ofNullable(windowFrom), version);
  }
}
