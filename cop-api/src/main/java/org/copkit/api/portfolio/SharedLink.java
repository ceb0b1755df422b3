package org.copkit.api.portfolio;

import org.copkit.api.shared.Validation;

/**
 * A page shared by link: the token that opens it, given once.
 *
 * @param page the page as stored
 * @param token the token to put in the link; only its hash is kept
 */
public record SharedLink(PortfolioPage page, String token) {

  /** Validates the fields. */
  public SharedLink {
    Validation.required("page", page);
    Validation.required("token", token);
  }
}
