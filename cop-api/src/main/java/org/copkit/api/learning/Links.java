package org.copkit.api.learning;

import java.net.URI;
import org.copkit.api.shared.Validation;

/** The one rule for links of learning units and online events: empty, or an absolute http(s) URL. */
final class Links {

  static final int MAX_LENGTH = 2000;

  private Links() {}

  static String optional(String field, String link) {
    return Validation.optionalWebLink(field, link, MAX_LENGTH);
  }
}
