package org.copkit.api.notification;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
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
 * @param channels the channels of the {@link Notifications} port through which routed questions and
 *     digests reach them (each is sent once on every one of them): names of the host's channels,
 *     such as {@code email} or {@code intranet}, lower-case letters, digits and {@code -}, at most
 *     {@value #MAX_CHANNELS} of {@value Notification#MAX_CHANNEL_LENGTH} characters each; at least one
 * @param dailyBudget the most interruptions a day (in their zone): questions routed to them told
 *     at once, and what quiet hours held back; once spent, the rest waits for their next digest or
 *     the next day. Empty: no limit. From 0 (never interrupted) to {@value #MAX_DAILY_BUDGET}
 */
public record AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
    Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed, Set<String> channels, OptionalInt dailyBudget) {

  /** The most channels a member names. */
  public static final int MAX_CHANNELS = 8;
  /** The largest daily budget of interruptions. */
  public static final int MAX_DAILY_BUDGET = 1000;

  /**
   * Everything as it happens, in UTC, no quiet hours, on the {@linkplain Notification#DEFAULT_CHANNEL
   * default channel}, no daily limit: what a member has until they say otherwise.
   */
  public static final AttentionSettings DEFAULT = new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("UTC"),
      LocalTime.of(8, 0), DayOfWeek.MONDAY, Optional.empty(), Set.of());

  /** Validates and copies the fields; channels are kept in alphabetical order. */
  public AttentionSettings {
    Validation.required("frequency", frequency);
    Validation.required("zone", zone);
    Validation.required("digestAt", digestAt);
    Validation.required("digestDay", digestDay);
    Validation.required("quietHours", quietHours);
    Validation.noNulls("unsubscribed", unsubscribed);
    unsubscribed = unsubscribed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unsubscribed));
    Validation.noNulls("channels", channels);
    if (channels.isEmpty() || channels.size() > MAX_CHANNELS) {
      throw new InvalidInputException("channels", "must name 1 to " + MAX_CHANNELS + " channels, named " + channels.size());
    }
    channels.forEach(channel -> Notification.checkChannel("channels", channel));
    channels = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(channels));
    Validation.required("dailyBudget", dailyBudget);
    if (dailyBudget.isPresent()) {
      Validation.between("dailyBudget", dailyBudget.getAsInt(), 0, MAX_DAILY_BUDGET);
    }
  }

  /**
   * Settings on the default channel, without a daily limit.
   *
   * @param frequency how often
   * @param zone the member's time zone
   * @param digestAt the time of day their digest is due
   * @param digestDay the day of the week their weekly digest is due
   * @param quietHours their quiet hours, if any
   * @param unsubscribed the digest sections they do not want
   */
  public AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
      Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed) {
    this(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, Set.of(Notification.DEFAULT_CHANNEL),
        OptionalInt.empty());
  }

  /**
   * @param often the frequency
   * @return these settings with that frequency
   */
  public AttentionSettings withFrequency(Frequency often) {
    return new AttentionSettings(often, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget);
  }

  /**
   * @param quiet the quiet hours
   * @return these settings with those quiet hours
   */
  public AttentionSettings withQuietHours(QuietHours quiet) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, Optional.of(Validation.required("quiet", quiet)),
        unsubscribed, channels, dailyBudget);
  }

  /**
   * @param timeZone the zone
   * @param at the digest time there
   * @return these settings in that zone, with that digest time
   */
  public AttentionSettings at(ZoneId timeZone, LocalTime at) {
    return new AttentionSettings(frequency, timeZone, at, digestDay, quietHours, unsubscribed, channels, dailyBudget);
  }

  /**
   * @param names the channels routed questions and digests reach the member through
   * @return these settings on those channels
   */
  public AttentionSettings through(Set<String> names) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, names, dailyBudget);
  }

  /**
   * @param interruptions the most interruptions a day, from 0 to {@value #MAX_DAILY_BUDGET}
   * @return these settings with that daily budget
   */
  public AttentionSettings withDailyBudget(int interruptions) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels,
        OptionalInt.of(interruptions));
  }

  /**
   * @param section a section
   * @return these settings without that section in the digests
   */
  public AttentionSettings without(DigestSection section) {
    Validation.required("section", section);
    Set<DigestSection> less = EnumSet.of(section);
    less.addAll(unsubscribed);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, less, channels, dailyBudget);
  }

  /**
   * @param section a section
   * @return whether the member wants it in their digests
   */
  public boolean wants(DigestSection section) {
    return !unsubscribed.contains(section);
  }
}
