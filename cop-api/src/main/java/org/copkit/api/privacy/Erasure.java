package org.copkit.api.privacy;

import java.time.Instant;
import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * The outcome of erasing a member.
 *
 * @param pseudonym who the member is now, everywhere: stable, so erasing again (or finishing an
 *     erasure a crash interrupted) gives the same one
 * @param startedAt when the first request to erase them was made
 * @param completedAt when the last capability finished
 * @param capabilities the capabilities that erased what they held, in order
 * @param records how many records this request changed (0 when an earlier request had done it all)
 */
public record Erasure(MemberId pseudonym, Instant startedAt, Instant completedAt, List<String> capabilities, long records) {

  /** Validates the fields. */
  public Erasure {
    Validation.required("pseudonym", pseudonym);
    Validation.required("startedAt", startedAt);
    Validation.required("completedAt", completedAt);
    capabilities = List.copyOf(Validation.noNulls("capabilities", capabilities));
    Validation.notNegative("records", records);
  }
}
