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
 * @param text the words; a document matches when its title or text holds (as its language's
 *     analysis makes words equal) every one of a query of up to {@value #ALL_WORDS_UP_TO} words, and
 *     at least {@link #wordsRequired} of a longer query's words (an index may require more, up to
 *     all of them); blank to match every document
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
  /** Up to how many distinct words (after stop words) a query needs all of them. */
  public static final int ALL_WORDS_UP_TO = 2;
  /** The share of a longer query's distinct words that a document must hold at least. */
  public static final double SHARE_OF_WORDS = 0.3;

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
   * How many of a query's words a document must hold, so that a long query (a question's title,
   * say) finds the documents that share most of its words rather than only those holding every
   * one of them, while a short one stays exact.
   *
   * @param words how many distinct words the query has, as the document's language analyzes them
   *     (stop words dropped)
   * @return all of them up to {@value #ALL_WORDS_UP_TO}; otherwise {@value #SHARE_OF_WORDS} of
   *     them rounded up, at least {@value #ALL_WORDS_UP_TO}
   */
  public static int wordsRequired(int words) {
    if (words < 0) {
      throw new InvalidInputException("words", "must not be negative, was " + words);
    }
    return words <= ALL_WORDS_UP_TO ? words : Math.max(ALL_WORDS_UP_TO, (int) Math.ceil(words * SHARE_OF_WORDS));
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
