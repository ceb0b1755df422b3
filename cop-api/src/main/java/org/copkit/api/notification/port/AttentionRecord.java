package org.copkit.api.notification.port;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's attention settings as stored: one per member who ever changed them.
 *
 * @param member whose
 * @param settings their settings
 * @param changedAt when they last changed them
 * @param windowFrom when they last changed their frequency, if ever: their next digest gathers from
 *     then at the earliest
 * @param version the optimistic version, 0 for a record not stored yet
 */
public record AttentionRecord(MemberId member, AttentionSettings settings, Instant changedAt,
    Optional<Instant> windowFrom, long version) {

  /** Validates the fields. */
  public AttentionRecord {
    Validation.required("member", member);
    Validation.required("settings", settings);
    Validation.required("changedAt", changedAt);
    Validation.required("windowFrom", windowFrom);
    Validation.notNegative("version", version);
  }
}
