package org.copkit.api.storage;

import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * One committed entry of the {@link ChangeLog}: what changed, as the feature that wrote it encoded
 * it, at its place in the order of commits.
 *
 * @param sequence its place in the log: positive, and greater than that of every change committed
 *     before it
 * @param topic which derived structure it feeds ({@code "feed"}, for one), at most {@value
 *     ChangeLog#MAX_TOPIC_LENGTH} characters
 * @param key the key it claimed, unique in the whole log ({@link ChangeLog#appendClaiming}), or
 *     empty
 * @param body what changed, encoded by the feature that wrote it: printable ASCII, at most {@value
 *     ChangeLog#MAX_BODY_LENGTH} characters
 */
public record Change(long sequence, String topic, Optional<String> key, String body) {

  /** Validates the fields. */
  public Change {
    if (sequence < 1) {
      throw new InvalidInputException("sequence", "must be positive, was " + sequence);
    }
    ChangeLog.checkTopic(topic);
    Validation.required("key", key);
    key.ifPresent(ChangeLog::checkKey);
    ChangeLog.checkBody(body);
  }
}
