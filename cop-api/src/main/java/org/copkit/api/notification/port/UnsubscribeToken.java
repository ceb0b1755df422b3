package org.copkit.api.notification.port;

import java.time.Instant;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A one-click unsubscribe token a digest carried: whoever holds it may remove the section from the
 * member's digests.
 *
 * @param token the token, printable ASCII of at most {@value #MAX_LENGTH} characters, unique
 * @param member whose digests
 * @param section which section
 * @param issuedAt when the digest carrying it was sent
 */
public record UnsubscribeToken(String token, MemberId member, DigestSection section, Instant issuedAt) {

  /** The longest token. */
  public static final int MAX_LENGTH = 64;

  /** Validates the fields. */
  public UnsubscribeToken {
    check(token);
    Validation.required("member", member);
    Validation.required("section", section);
    Validation.required("issuedAt", issuedAt);
  }

  /**
   * @param token a token
   * @return the token
   * @throws InvalidInputException when it is empty, too long or not printable ASCII
   */
  public static String check(String token) {
    Validation.required("token", token);
    if (token.isEmpty() || token.length() > MAX_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException("token", "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
    }
    return token;
  }
}
