package org.copkit.api.notification;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A message for one person, for the host to deliver (mail, intranet inbox, push).
 *
 * @param recipient who it is for
 * @param topic what it is about
 * @param subject a one-line summary
 * @param text the message
 * @param link a reference the host can turn into a link, such as {@code post:5f0c…}
 * @param at when it was sent
 * @param channel the host's channel to deliver it through ({@code email}, {@code intranet}, …), as the
 *     recipient's attention settings name it; {@value #DEFAULT_CHANNEL} for the host's usual way
 * @param unsubscribe a one-click unsubscribe token for {@link Digests#unsubscribe(String)}, when the
 *     recipient may turn off what it is about: a notice told at once carries one for its topic (a
 *     {@link Subscription.NoticeTopic}); a digest's tokens are in the digest
 */
public record Notification(MemberId recipient, Topic topic, String subject, String text, String link, Instant at,
    String channel, Optional<String> unsubscribe) {

  /** The channel of notifications whose recipient named none: the host's usual way of reaching them. */
  public static final String DEFAULT_CHANNEL = "default";
  /** The longest channel name. */
  public static final int MAX_CHANNEL_LENGTH = 32;

  /**
   * A notification on the {@linkplain #DEFAULT_CHANNEL default channel}.
   *
   * @param recipient who it is for
   * @param topic what it is about
   * @param subject a one-line summary
   * @param text the message
   * @param link a reference the host can turn into a link
   * @param at when it was sent
   */
  public Notification(MemberId recipient, Topic topic, String subject, String text, String link, Instant at) {
    this(recipient, topic, subject, text, link, at, DEFAULT_CHANNEL);
  }

  /**
   * A notification without an unsubscribe token.
   *
   * @param recipient who it is for
   * @param topic what it is about
   * @param subject a one-line summary
   * @param text the message
   * @param link a reference the host can turn into a link
   * @param at when it was sent
   * @param channel the host's channel to deliver it through
   */
  public Notification(MemberId recipient, Topic topic, String subject, String text, String link, Instant at,
      String channel) {
    this(recipient, topic, subject, text, link, at, channel, Optional.empty());
  }

  /**
   * @param channel the channel
   * @return this notification on that channel
   */
  public Notification on(String channel) {
    return new Notification(recipient, topic, subject, text, link, at, channel, unsubscribe);
  }

  /**
   * @param token a one-click unsubscribe token
   * @return this notification carrying it
   */
  public Notification unsubscribedBy(String token) {
    return new Notification(recipient, topic, subject, text, link, at, channel, Optional.of(token));
  }

  /**
   * Checks a channel's name: 1 to {@value #MAX_CHANNEL_LENGTH} lower-case ASCII letters, digits and
   * {@code -}.
   *
   * @param field the field, for the message
   * @param channel the name
   * @return the name
   * @throws org.copkit.api.shared.InvalidInputException when it is not one
   */
  public static String checkChannel(String field, String channel) {
    Validation.required(field, channel);
    if (channel.isEmpty() || channel.length() > MAX_CHANNEL_LENGTH || !channel.chars().allMatch(
        c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
      throw new org.copkit.api.shared.InvalidInputException(field,
          "a channel is 1 to " + MAX_CHANNEL_LENGTH + " lower-case letters, digits and -, was \"" + channel + "\"");
    }
    return channel;
  }

  /** What a notification is about. */
  public enum Topic {
    /** Someone mentioned the recipient. */
    MENTION,
    /** A moderator decided about the recipient's post or thread. */
    MODERATION_DECISION,
    /** The recipient was muted. */
    SANCTION,
    /**
     * A learning event the recipient registered to was moved or cancelled, or they got a seat from
     * the waiting list.
     */
    LEARNING_EVENT,
    /**
     * A knowledge item needs a review: one the recipient owns is overdue, or members flagged one of
     * a community the recipient moderates as outdated.
     */
    KNOWLEDGE_REVIEW,
    /** A question was routed to the recipient for an answer. */
    ROUTED_QUESTION,
    /** What gathered for the recipient since their last digest. */
    DIGEST
  }

  /** Validates the fields. */
  public Notification {
    Validation.required("recipient", recipient);
    Validation.required("topic", topic);
    subject = Validation.name("subject", subject, 300);
    text = Validation.optionalText("text", text, 4000);
    link = Validation.optionalText("link", link, 300);
    Validation.required("at", at);
    checkChannel("channel", channel);
    Validation.required("unsubscribe", unsubscribe).ifPresent(Subscription::checkToken);
  }
}
