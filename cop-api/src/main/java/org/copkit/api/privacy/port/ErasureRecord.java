package org.copkit.api.privacy.port;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * The ledger's line for one erasure: kept without the member's ID (only its {@code key}, a one-way
 * digest), so that a finished erasure leaves no trace of who it was, yet asking again finds it.
 *
 * @param key the SHA-256 digest of the member's ID, 64 lower-case hexadecimal digits
 * @param pseudonym who replaces the member
 * @param startedAt when the erasure was first asked for
 * @param done the capabilities that have erased what they held
 * @param completedAt when every capability had, if it is complete
 * @param version the optimistic-locking version: 0 before it is first stored
 */
public record ErasureRecord(
    String key, MemberId pseudonym, Instant startedAt, Set<String> done, Optional<Instant> completedAt, long version) {

  /** Validates the fields. */
  public ErasureRecord {
    Validation.required("key", key);
    if (!key.matches("[0-9a-f]{64}")) {
      throw new InvalidInputException("key", "must be 64 lower-case hexadecimal digits");
    }
    Validation.required("pseudonym", pseudonym);
    Validation.required("startedAt", startedAt);
    done = Set.copyOf(Validation.noNulls("done", done));
    Validation.required("completedAt", completedAt);
    Validation.notNegative("version", version);
  }
}
