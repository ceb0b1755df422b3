package org.copkit.api.search.port;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.search.SearchKind;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A query the core asks an index: the words, the filters of the member's {@code SearchQuery}, the
 * reader's access, and which hits to return.
 *
 * @param text the words; every one must occur in the document's title or text (as its language's
 *     analysis makes words equal); blank to match every document
 * @param access what the reader may see: nothing else may be returned or counted
 * @param communities only these communities (none: all)
 * @param kinds only these kinds (none: all)
 * @param tags only documents with one of these tags (none: all)
 * @param authors only documents by one of these authors (none: all)
 * @param from only documents created at or after
 * @param until only documents created before
 * @param offset how many hits to skip
 * @param size how many hits to return, from 1 to {@value #MAX_SIZE}
 * @param facetValues the most values to count for each facet, from 0 to {@value #MAX_FACET_VALUES}
 */
public record IndexQuery(
    String text,
    SearchAccess access,
    Set<CommunityId> communities,
    Set<SearchKind> kinds,
    Set<String> tags,
    Set<MemberId> authors,
    Optional<Instant> from,
    Optional<Instant> until,
    int offset,
    int size,
    int facetValues) {

  /** The most hits one query returns. */
  public static final int MAX_SIZE = 1000;
  /** The most values counted for one facet. */
  public static final int MAX_FACET_VALUES = 100;

  /** Validates and copies the fields. */
  public IndexQuery {
    Validation.required("text", text);
    Validation.required("access", access);
    communities = Set.copyOf(Validation.noNulls("communities", communities));
    kinds = Set.copyOf(Validation.noNulls("kinds", kinds));
    tags = Set.copyOf(Validation.noNulls("tags", tags));
    authors = Set.copyOf(Validation.noNulls("authors", authors));
    Validation.required("from", from);
    Validation.required("until", until);
    if (offset < 0) {
      throw new InvalidInputException("offset", "must not be negative, was " + offset);
    }
    Validation.between("size", size, 1, MAX_SIZE);
    Validation.between("facetValues", facetValues, 0, MAX_FACET_VALUES);
  }

  /**
   * @param document a document
   * @return whether the filters and the access let it through (the words aside)
   */
  public boolean filters(SearchDocument document) {
    return access.permits(document)
        && (communities.isEmpty() || communities.contains(document.community()))
        && (kinds.isEmpty() || kinds.contains(document.kind()))
        && (tags.isEmpty() || document.tags().stream().anyMatch(tags::contains))
        && (authors.isEmpty() || authors.contains(document.author()))
        && from.map(start -> !document.createdAt().isBefore(start)).orElse(true)
        && until.map(end -> document.createdAt().isBefore(end)).orElse(true);
  }
}
