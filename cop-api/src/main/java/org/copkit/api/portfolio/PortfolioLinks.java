package org.copkit.api.portfolio;

import java.net.URI;
import org.copkit.api.shared.Validation;

/** The rule for links in portfolios: empty, or an absolute http(s) URL of at most 2,000 characters. */
final class PortfolioLinks {

  private PortfolioLinks() {}

  static String optional(String field, String link) {
    return Validation.optionalWebLink(field, link, 2000);
  }
}
