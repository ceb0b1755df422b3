package org.copkit.api.notification.port;

import java.time.Instant;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Subscription;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A one-click unsubscribe token a digest or a notification carried: whoever holds it may unsubscribe
 * the member from what it names. Storage adapters keep the subscription as its {@linkplain
 * Subscription#key() key}.
 *
 * @param token the token, printable ASCII of at most {@value #MAX_LENGTH} characters, unique
 * @param member whose attention
 * @param subscription what it unsubscribes them from: a digest section, or a topic of notices
 * @param issuedAt when the digest or notification carrying it was sent
 */
public record UnsubscribeToken(String token, MemberId member, Subscription subscription, Instant issuedAt) {

  /** The longest token. */
  public static final int MAX_LENGTH = Subscription.MAX_TOKEN_LENGTH;

  /** Validates the fields. */
  public UnsubscribeToken {
    check(token);
    Validation.required("member", member);
    Validation.required("subscription", subscription);
    Validation.required("issuedAt", issuedAt);
  }

  /**
   * A token removing a section from the member's digests.
   *
   * @param token the token
   * @param member whose digests
   * @param section which section
   * @param issuedAt when the digest carrying it was sent
   */
  public UnsubscribeToken(String token, MemberId member, DigestSection section, Instant issuedAt) {
    this(token, member, new Subscription.Section(Validation.required("section", section)), issuedAt);
  }

  /**
   * @param token a token
   * @return the token
   * @throws InvalidInputException when it is empty, too long or not printable ASCII
   */
  public static String check(String token) {
    return Subscription.checkToken(token);
  }
}
