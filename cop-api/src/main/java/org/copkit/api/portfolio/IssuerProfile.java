package org.copkit.api.portfolio;

import java.net.URI;
import java.net.URISyntaxException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The host as the issuer of credentials and the home of statements: an Open Badges {@code Profile}
 * and the {@code homePage} of xAPI accounts.
 *
 * @param id the issuer's identifier, an absolute URI (an https URL or a DID)
 * @param name its name, such as the department's
 * @param url its web site, an absolute https or http URL; the activities of statements live under it
 */
public record IssuerProfile(String id, String name, String url) {

  /** Validates the fields. */
  public IssuerProfile {
    id = absolute("issuer.id", id, false);
    name = Validation.name("issuer.name", name, 200);
    url = absolute("issuer.url", url, true);
    if (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
  }

  private static String absolute(String field, String text, boolean web) {
    String value = Validation.text(field, text, 500);
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute()) {
        throw new InvalidInputException(field, "must be an absolute URI");
      }
      if (web && !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || web && uri.getHost() == null) {
        throw new InvalidInputException(field, "must be an http or https URL");
      }
      return value;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(field, "must be an absolute URI");
    }
  }
}
