package org.copkit.api.notification;

import java.time.Instant;
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
 */
public record Notification(MemberId recipient, Topic topic, String subject, String text, String link, Instant at) {

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
  }
}
