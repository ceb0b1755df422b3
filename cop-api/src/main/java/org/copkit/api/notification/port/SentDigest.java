package org.copkit.api.notification.port;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A digest handed to a member: at most one per member and period, whatever the nodes and retries.
 *
 * @param member who it went to
 * @param period its period ({@code 2026-11-02}, {@code 2026-W45}, {@code held-…}), printable ASCII of
 *     at most {@value #MAX_PERIOD_LENGTH} characters
 * @param from the start of its window
 * @param to the end of its window (exclusive): the member's next digest gathers from there
 * @param sentAt when it was sent
 */
public record SentDigest(MemberId member, String period, Instant from, Instant to, Instant sentAt) {

  /** The longest period. */
  public static final int MAX_PERIOD_LENGTH = 40;

  /** Validates the fields. */
  public SentDigest {
    Validation.required("member", member);
    Validation.required("period", period);
    if (period.isEmpty() || period.length() > MAX_PERIOD_LENGTH || !period.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException("period", "must be 1 to " + MAX_PERIOD_LENGTH + " printable ASCII characters");
    }
    Validation.required("from", from);
    Validation.required("to", to);
    Validation.required("sentAt", sentAt);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must come after from, was " + to);
    }
  }
}
