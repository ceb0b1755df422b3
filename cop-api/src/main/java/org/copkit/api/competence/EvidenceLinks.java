package org.copkit.api.competence;

import java.net.URI;
import org.copkit.api.shared.Validation;

/** The rule for links to evidence: empty, or an absolute http(s) URL of at most 2,000 characters. */
final class EvidenceLinks {

  static final int MAX_LENGTH = 2000;

  private EvidenceLinks() {}

  static String optional(String field, String link) {
    return Validation.optionalWebLink(field, link, MAX_LENGTH);
  }
}
