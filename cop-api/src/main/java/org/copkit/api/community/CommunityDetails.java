package org.copkit.api.community;

import org.copkit.api.shared.Validation;

/**
 * What a community's founder or e-moderators say about it.
 *
 * @param name its name, 1 to {@value Community#MAX_NAME} characters
 * @param domain the shared concern, 1 to {@value Community#MAX_DOMAIN} characters
 * @param purpose what it is for, up to {@value Community#MAX_PURPOSE} characters
 * @param visibility who can find it and how they get in
 */
public record CommunityDetails(String name, String domain, String purpose, Visibility visibility) {

  /** Validates the fields. */
  public CommunityDetails {
    name = Validation.name("name", name, Community.MAX_NAME);
    domain = Validation.name("domain", domain, Community.MAX_DOMAIN);
    purpose = Validation.optionalText("purpose", purpose, Community.MAX_PURPOSE);
    Validation.required("visibility", visibility);
  }
}
