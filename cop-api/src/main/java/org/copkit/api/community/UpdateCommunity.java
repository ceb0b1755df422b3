package org.copkit.api.community;

import org.copkit.api.shared.Validation;

/**
 * Command: change a community's name, domain, purpose or visibility.
 *
 * @param community the community
 * @param expectedVersion the version the caller read; a newer stored version is a conflict
 * @param details the new details
 */
public record UpdateCommunity(CommunityId community, long expectedVersion, CommunityDetails details) {

  /** Validates the fields. */
  public UpdateCommunity {
    Validation.required("community", community);
    Validation.notNegative("expectedVersion", expectedVersion);
    Validation.required("details", details);
  }
}
