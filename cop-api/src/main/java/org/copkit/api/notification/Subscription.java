package org.copkit.api.notification;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * What a member may unsubscribe from with one click: a section of their digests, or a topic of the
 * notices they are told of ({@link AttentionSettings#NOTICE_TOPICS}). A digest carries a token per
 * section it holds and per topic of the notices it gathers; a notification told at once carries a
 * token for its topic. {@link Digests#unsubscribe(String)} says which one a token named.
 */
public sealed interface Subscription permits Subscription.Section, Subscription.NoticeTopic {

  /** The longest token. */
  int MAX_TOKEN_LENGTH = 64;

  /**
   * @param token an unsubscribe token's text
   * @return the token
   * @throws InvalidInputException when it is empty, longer than {@value #MAX_TOKEN_LENGTH} characters
   *     or not printable ASCII
   */
  static String checkToken(String token) {
    Validation.required("token", token);
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException("token", "must be 1 to " + MAX_TOKEN_LENGTH + " printable ASCII characters");
    }
    return token;
  }

  /**
   * @return the stable text form storage adapters keep: the section's name ({@code FEED}), or
   *     {@code topic:} and the topic's name ({@code topic:MENTION})
   */
  String key();

  /**
   * @param key a text form from {@link #key()}
   * @return the subscription it names
   * @throws InvalidInputException when it names none
   */
  static Subscription ofKey(String key) {
    Validation.required("subscription", key);
    try {
      if (key.startsWith(NoticeTopic.PREFIX)) {
        return new NoticeTopic(Notification.Topic.valueOf(key.substring(NoticeTopic.PREFIX.length())));
      }
      return new Section(DigestSection.valueOf(key));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("subscription", "names no digest section nor notice topic: \"" + key + "\"");
    }
  }

  /**
   * A section of the member's digests.
   *
   * @param section which
   */
  record Section(DigestSection section) implements Subscription {

    /** Validates the field. */
    public Section {
      Validation.required("section", section);
    }

    @Override
    public String key() {
      return section.name();
    }
  }

  /**
   * A topic of notices: unsubscribed, it is neither told at once nor held for a digest.
   *
   * @param topic which, one of {@link AttentionSettings#NOTICE_TOPICS}
   */
  record NoticeTopic(Notification.Topic topic) implements Subscription {

    private static final String PREFIX = "topic:";

    /** Validates the field. */
    public NoticeTopic {
      Validation.required("topic", topic);
      if (!AttentionSettings.NOTICE_TOPICS.contains(topic)) {
        throw new InvalidInputException("topic", "is not a topic of notices: " + topic);
      }
    }

    @Override
    public String key() {
      return PREFIX + topic.name();
    }
  }
}
