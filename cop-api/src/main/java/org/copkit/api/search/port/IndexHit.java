package org.copkit.api.search.port;

import org.copkit.api.search.SearchKind;
import org.copkit.api.shared.Validation;

/**
 * One document an index found.
 *
 * @param kind its kind
 * @param id its ID
 * @param score its relevance, higher is better (0 for a query without words)
 * @param excerpt a passage of its text with the matched words, or of its start when no word
 *     matched in the text
 */
public record IndexHit(SearchKind kind, String id, double score, Excerpt excerpt) {

  /** Validates the fields. */
  public IndexHit {
    Validation.required("kind", kind);
    Validation.required("id", id);
    Validation.required("excerpt", excerpt);
  }
}
