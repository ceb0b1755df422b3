package org.copkit.api.notification;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * How a member wants to be interrupted: how often (on each channel), when, and about what. Every
 * notification passes through them (mentions, moderation decisions, sanctions, learning events,
 * knowledge reviews, routed questions): it is told at once on the channels that hear of things as
 * they happen, outside quiet hours and within the daily budget, and held for the member's next
 * digest on the others.
 *
 * @param frequency each notification as it happens, or gathered in a daily or weekly digest: on
 *     every channel not given a frequency of its own in {@code channelFrequencies}
 * @param zone the member's time zone: their digest time and quiet hours are in it
 * @param digestAt the time of day their digest is due
 * @param digestDay the day of the week their weekly digest is due
 * @param quietHours when nothing is sent to them, if ever: what falls due then waits until they end
 * @param unsubscribed the digest sections they do not want
 * @param channels the channels of the {@link Notifications} port through which notifications and
 *     digests reach them (each is sent once on every one of them): names of the host's channels,
 *     such as {@code email} or {@code intranet}, lower-case letters, digits and {@code -}, at most
 *     {@value #MAX_CHANNELS} of {@value Notification#MAX_CHANNEL_LENGTH} characters each; at least one
 * @param dailyBudget the most interruptions a day (in their zone): notifications told at once (one
 *     each, whatever the number of channels), and what quiet hours held back; once spent, the rest
 *     waits for their next digest or the next day. Empty: no limit. From 0 (never interrupted) to
 *     {@value #MAX_DAILY_BUDGET}
 * @param channelFrequencies the channels that have a frequency of their own (the intranet as it
 *     happens, e-mail as a daily digest): only channels named in {@code channels}; an entry equal to
 *     {@code frequency} is dropped, so two settings that behave alike are equal
 * @param unsubscribedTopics the topics the member wants no notification of, neither at once nor in a
 *     digest, on any channel: only {@linkplain #NOTICE_TOPICS the topics of notices} (routed questions
 *     and digests have their own sections)
 * @param channelUnsubscribedTopics the topics the member wants no notification of through one channel
 *     (mentions on the intranet but not by e-mail), though they still hear of them through the others:
 *     only channels named in {@code channels}, only topics of notices; a topic already in {@code
 *     unsubscribedTopics} and a channel left with no topic are dropped, so two settings that behave
 *     alike are equal
 */
public record AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
    Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed, Set<String> channels, OptionalInt dailyBudget,
    Map<String, Frequency> channelFrequencies, Set<Notification.Topic> unsubscribedTopics,
    Map<String, Set<Notification.Topic>> channelUnsubscribedTopics) {

  /**
   * The topics of notices, which a member may unsubscribe from: everything but routed questions
   * (see {@link DigestSection#ROUTED_QUESTIONS}) and digests themselves.
   */
  public static final Set<Notification.Topic> NOTICE_TOPICS = Set.copyOf(EnumSet.complementOf(
      EnumSet.of(Notification.Topic.ROUTED_QUESTION, Notification.Topic.DIGEST)));

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
    Validation.required("channelFrequencies", channelFrequencies);
    Map<String, Frequency> own = new TreeMap<>();
    for (Map.Entry<String, Frequency> entry : channelFrequencies.entrySet()) {
      if (entry.getKey() == null || !channels.contains(entry.getKey())) {
        throw new InvalidInputException("channelFrequencies",
            "must name only the member's channels " + channels + ", named \"" + entry.getKey() + "\"");
      }
      Validation.required("channelFrequencies", entry.getValue());
      if (entry.getValue() != frequency) {
        own.put(entry.getKey(), entry.getValue());
      }
    }
    channelFrequencies = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(own));
    Validation.noNulls("unsubscribedTopics", unsubscribedTopics);
    for (Notification.Topic topic : unsubscribedTopics) {
      if (!NOTICE_TOPICS.contains(topic)) {
        throw new InvalidInputException("unsubscribedTopics",
            "must hold only topics of notices " + NOTICE_TOPICS.stream().sorted().toList() + ", held " + topic);
      }
    }
    unsubscribedTopics = unsubscribedTopics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unsubscribedTopics));
    Validation.required("channelUnsubscribedTopics", channelUnsubscribedTopics);
    Map<String, Set<Notification.Topic>> perChannel = new TreeMap<>();
    for (Map.Entry<String, Set<Notification.Topic>> entry : channelUnsubscribedTopics.entrySet()) {
      if (entry.getKey() == null || !channels.contains(entry.getKey())) {
        throw new InvalidInputException("channelUnsubscribedTopics",
            "must name only the member's channels " + channels + ", named \"" + entry.getKey() + "\"");
      }
      Validation.noNulls("channelUnsubscribedTopics", entry.getValue());
      Set<Notification.Topic> off = EnumSet.noneOf(Notification.Topic.class);
      for (Notification.Topic topic : entry.getValue()) {
        if (!NOTICE_TOPICS.contains(topic)) {
          throw new InvalidInputException("channelUnsubscribedTopics",
              "must hold only topics of notices " + NOTICE_TOPICS.stream().sorted().toList() + ", held " + topic);
        }
        if (!unsubscribedTopics.contains(topic)) {
          off.add(topic);
        }
      }
      if (!off.isEmpty()) {
        perChannel.put(entry.getKey(), Set.copyOf(off));
      }
    }
    channelUnsubscribedTopics = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perChannel));
  }

  /**
   * Settings in which no topic is unsubscribed from on one channel only.
   *
   * @param frequency how often, on every channel without a frequency of its own
   * @param zone the member's time zone
   * @param digestAt the time of day their digest is due
   * @param digestDay the day of the week their weekly digest is due
   * @param quietHours their quiet hours, if any
   * @param unsubscribed the digest sections they do not want
   * @param channels the channels notifications and digests reach them through
   * @param dailyBudget the most interruptions a day, if any
   * @param channelFrequencies the channels that have a frequency of their own
   * @param unsubscribedTopics the topics they want no notification of on any channel
   */
  public AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
      Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed, Set<String> channels, OptionalInt dailyBudget,
      Map<String, Frequency> channelFrequencies, Set<Notification.Topic> unsubscribedTopics) {
    this(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget, channelFrequencies,
        unsubscribedTopics, Map.of());
  }

  /**
   * Settings in which every channel has the one frequency, and no topic is unsubscribed from.
   *
   * @param frequency how often, on every channel
   * @param zone the member's time zone
   * @param digestAt the time of day their digest is due
   * @param digestDay the day of the week their weekly digest is due
   * @param quietHours their quiet hours, if any
   * @param unsubscribed the digest sections they do not want
   * @param channels the channels notifications and digests reach them through
   * @param dailyBudget the most interruptions a day, if any
   */
  public AttentionSettings(Frequency frequency, ZoneId zone, LocalTime digestAt, DayOfWeek digestDay,
      Optional<QuietHours> quietHours, Set<DigestSection> unsubscribed, Set<String> channels, OptionalInt dailyBudget) {
    this(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget, Map.of(), Set.of());
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
    return new AttentionSettings(often, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget,
        channelFrequencies, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param quiet the quiet hours
   * @return these settings with those quiet hours
   */
  public AttentionSettings withQuietHours(QuietHours quiet) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, Optional.of(Validation.required("quiet", quiet)),
        unsubscribed, channels, dailyBudget, channelFrequencies, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param timeZone the zone
   * @param at the digest time there
   * @return these settings in that zone, with that digest time
   */
  public AttentionSettings at(ZoneId timeZone, LocalTime at) {
    return new AttentionSettings(frequency, timeZone, at, digestDay, quietHours, unsubscribed, channels, dailyBudget,
        channelFrequencies, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param names the channels notifications and digests reach the member through
   * @return these settings on those channels; a channel no longer named loses its own frequency and
   *     topics
   */
  public AttentionSettings through(Set<String> names) {
    Validation.noNulls("channels", names);
    Map<String, Frequency> kept = new TreeMap<>(channelFrequencies);
    kept.keySet().retainAll(names);
    Map<String, Set<Notification.Topic>> keptTopics = new TreeMap<>(channelUnsubscribedTopics);
    keptTopics.keySet().retainAll(names);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, names, dailyBudget,
        kept, unsubscribedTopics, keptTopics);
  }

  /**
   * @param channel one of the member's channels
   * @param often how often they want to hear through it
   * @return these settings with that channel at that frequency
   * @throws InvalidInputException when the member does not name that channel
   */
  public AttentionSettings on(String channel, Frequency often) {
    Notification.checkChannel("channel", channel);
    Validation.required("often", often);
    Map<String, Frequency> more = new TreeMap<>(channelFrequencies);
    more.put(channel, often);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget,
        more, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param channel one of the member's channels
   * @return how often they want to hear through it: its own frequency, else {@link #frequency()}
   */
  public Frequency frequency(String channel) {
    Validation.required("channel", channel);
    return channelFrequencies.getOrDefault(channel, frequency);
  }

  /**
   * @param topic a topic of notices
   * @return these settings without notifications of that topic
   * @throws InvalidInputException when it is not one of {@link #NOTICE_TOPICS}
   */
  public AttentionSettings without(Notification.Topic topic) {
    Validation.required("topic", topic);
    Set<Notification.Topic> less = EnumSet.of(topic);
    less.addAll(unsubscribedTopics);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget,
        channelFrequencies, less, channelUnsubscribedTopics);
  }

  /**
   * @param topic a topic
   * @return whether the member wants notifications of it (through at least one channel, unless it is
   *     unsubscribed from on each of them)
   */
  public boolean wants(Notification.Topic topic) {
    return !unsubscribedTopics.contains(topic);
  }

  /**
   * @param topic a topic of notices
   * @param channel one of the member's channels
   * @return these settings without notifications of that topic through that channel; the others still
   *     tell of it
   * @throws InvalidInputException when the topic is not one of {@link #NOTICE_TOPICS} or the member
   *     does not name that channel
   */
  public AttentionSettings without(Notification.Topic topic, String channel) {
    Validation.required("topic", topic);
    Notification.checkChannel("channel", channel);
    Map<String, Set<Notification.Topic>> more = new TreeMap<>(channelUnsubscribedTopics);
    Set<Notification.Topic> off = EnumSet.of(topic);
    off.addAll(more.getOrDefault(channel, Set.of()));
    more.put(channel, off);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels, dailyBudget,
        channelFrequencies, unsubscribedTopics, more);
  }

  /**
   * @param topic a topic
   * @param channel a channel
   * @return whether the member wants notifications of that topic through that channel
   */
  public boolean wants(Notification.Topic topic, String channel) {
    return wants(topic) && !channelUnsubscribedTopics.getOrDefault(channel, Set.of()).contains(topic);
  }

  /**
   * @param interruptions the most interruptions a day, from 0 to {@value #MAX_DAILY_BUDGET}
   * @return these settings with that daily budget
   */
  public AttentionSettings withDailyBudget(int interruptions) {
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, unsubscribed, channels,
        OptionalInt.of(interruptions), channelFrequencies, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param section a section
   * @return these settings without that section in the digests
   */
  public AttentionSettings without(DigestSection section) {
    Validation.required("section", section);
    Set<DigestSection> less = EnumSet.of(section);
    less.addAll(unsubscribed);
    return new AttentionSettings(frequency, zone, digestAt, digestDay, quietHours, less, channels, dailyBudget,
        channelFrequencies, unsubscribedTopics, channelUnsubscribedTopics);
  }

  /**
   * @param section a section
   * @return whether the member wants it in their digests
   */
  public boolean wants(DigestSection section) {
    return !unsubscribed.contains(section);
  }
}
