package org.copkit.api.privacy;

import java.time.Instant;
import java.util.Map;
import org.copkit.api.shared.Validation;

/**
 * What a retention sweep removed ({@link Privacy#sweep}).
 *
 * @param at the instant the periods were counted back from
 * @param removed per kind that has a retention period, how many records this sweep deleted, in
 *     the order the storage lists the kinds
 */
public record RetentionSweep(Instant at, Map<String, Long> removed) {

  /** Validates and copies the fields. */
  public RetentionSweep {
    Validation.required("at", at);
    removed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Validation.required("removed", removed)));
  }

  /** @return how many records the sweep deleted, of every kind */
  public long total() {
    return removed.values().stream().mapToLong(Long::longValue).sum();
  }
}
