package org.copkit.api.portfolio;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** The rule for links in portfolios: empty, or an absolute http(s) URL of at most 2,000 characters. */
final class PortfolioLinks {

  private PortfolioLinks() {}

  static String optional(String field, String link) {
    String text = Validation.optionalText(field, link, 2000);
    if (text.isEmpty()) {
      return text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new InvalidInputException(field, "must be an absolute http or https URL");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(field, "must be an absolute http or https URL");
    }
  }
}
