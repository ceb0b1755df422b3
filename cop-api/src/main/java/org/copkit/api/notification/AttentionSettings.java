package org.copkit.api.notification;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.shared.Validation;

/**
 * How a member wants to be interrupted: how often, when, and about what.
 *
 * @param frequency each notification as it happens, or gathered in a daily or weekly digest
 * @param zone the member's time zone: their digest time and quiet hours are in it
 * @param digestAt the time of day their digest is due
 * @param digestDay the day of the week their weekly digest is due
 * @param quietHours when nothing is sent to them, if ever: what falls due then waits until they end
 * @param unsubscribed the digest sections they do not want
 */
public record AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
    Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed) {

  /** Everything as it happens, in UTC, no quiet hours: what a member has until they say otherwise. */
  public static final AttentionSettings DEFAULT = new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("UTC"),
      LocalTime.of(8, 0), DayOfWeek.MONDAY, Optional.empty(), Set.of());

  /** Validates and copies the fields. */
  public AttentionSettings {
    Validation.required("frequency", frequency);
    Validation.required("zone", zone);
    Validation.required("digestAt", digestAt);
    Validation.required("digestDay", digestDay);
    Validation.required("quietHours", quietHours);
    Validation.noNulls("unsubscribed", unsubscribed);
    unsubscribed = unsubscribed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unsubscribed));
  }

  /**
   * @param often the frequency
   * @return these settings with that frequency
   */
  public AttentionSettings withFrequency(Frequency often) {
    return new AttentionSettings(often, zone, digestAt, digestDay, quietHours, unsubscribed);
  }

  /**
   * @param quiet the quiet hours
   * @return these settings with those quiet hours
   */
  public AttentionSettings withQuietHours(QuietHours quiet) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, Optional.of(Validation.required("quiet", quiet)),
        unsubscribed);
  }

  /**
   * @param timeZone the zone
   * @param at the digest time there
   * @return these settings in that zone, with that digest time
   */
  public AttentionSettings at(ZoneId timeZone, LocalTime at) {
    return new AttentionSettings(frequency, timeZone, at, digestDay, quietHours, unsubscribed);
  }

  /**
   * @param section a section
   * @return whether the member wants it in their digests
   */
  public boolean wants(DigestSection section) {
    return !unsubscribed.contains(section);
  }
}
