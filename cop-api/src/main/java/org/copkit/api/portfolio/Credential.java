package org.copkit.api.portfolio;

import org.copkit.api.shared.Validation;

/**
 * A signed Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0), as JSON.
 * The same achievement of the same member always gives the same credential, ID and proof included.
 *
 * @param id its identifier, {@code urn:uuid:…}
 * @param json the credential, a JSON object
 */
public record Credential(String id, String json) {

  /** Validates the fields. */
  public Credential {
    Validation.required("id", id);
    Validation.required("json", json);
  }
}
