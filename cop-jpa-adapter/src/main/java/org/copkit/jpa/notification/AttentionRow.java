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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_attention}: one member's {@link AttentionRecord}. */
@Entity(name = "CopAttention")
@Table(name = "cop_attention")
class AttentionRow {

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
    unsubscribed = s.unsubscribed().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    channels = String.join(",", new TreeSet<>(s.channels()));
    dailyBudget = s.dailyBudget().isPresent() ? s.dailyBudget().getAsInt() : null;
    changedAt = record.changedAt();
    windowFrom = record.windowFrom().orElse(null);
  }

  long version() {
    return version;
  }

  AttentionRecord toDomain() {
    Set<DigestSection> sections = EnumSet.noneOf(DigestSection.class);
    if (!unsubscribed.isEmpty()) {
      Arrays.stream(unsubscribed.split(",")).map(DigestSection::valueOf).forEach(sections::add);
    }
    Optional<QuietHours> quiet = quietFrom == null ? Optional.empty()
        : Optional.of(new QuietHours(LocalTime.ofSecondOfDay(quietFrom), LocalTime.ofSecondOfDay(quietTo)));
    AttentionSettings settings = new AttentionSettings(Frequency.valueOf(frequency), ZoneId.of(zone),
        LocalTime.ofSecondOfDay(digestAt), DayOfWeek.valueOf(digestDay), quiet, sections,
        Set.of(channels.split(",")), dailyBudget == null ? OptionalInt.empty() : OptionalInt.of(dailyBudget));
    return new AttentionRecord(MemberId.of(memberId), settings, changedAt, Optional.ofNullable(windowFrom), version);
  }
}
