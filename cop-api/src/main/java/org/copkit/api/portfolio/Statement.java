package org.copkit.api.portfolio;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * An xAPI 1.0.3 statement, as JSON. Its ID is derived from what it states (the verb, the activity,
 * the member), so sending it again to a Learning Record Store never duplicates it.
 *
 * @param id the statement's ID
 * @param json the statement, a JSON object
 */
public record Statement(UUID id, String json) {

  /** Validates the fields. */
  public Statement {
    Validation.required("id", id);
    Validation.required("json", json);
  }
}
