package org.copkit.api.search;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * What a member searches for. Every filter left empty lets everything through; filters of
 * different kinds must all hold, values of one filter are alternatives. Hits come best first (by
 * relevance, ties newest first, then by ID); with no words, newest first.
 *
 * @param text the words to find, at most {@value #MAX_TEXT} characters, which must occur (in any
 *     form the language's analysis and accent folding make equal): all of a query of one or two
 *     words, and of a longer one at least the share {@link
 *     org.copkit.api.search.port.IndexQuery#wordsRequired} says (the PostgreSQL index requires
 *     all), those holding more ranking higher; blank to list everything the filters let through
 * @param communities only these communities
 * @param kinds only these kinds
 * @param tags only hits carrying at least one of these tags (in their {@link Tags} normal form)
 * @param authors only hits written by one of these members
 * @param from only hits written at or after this instant
 * @param until only hits written before this instant
 * @param page which page: at most {@value #MAX_PAGE_SIZE} hits, and no deeper than the first
 *     {@value #MAX_DEPTH} hits
 */
public record SearchQuery(
    String text,
    Set<CommunityId> communities,
    Set<SearchKind> kinds,
    Set<String> tags,
    Set<MemberId> authors,
    Optional<Instant> from,
    Optional<Instant> until,
    PageRequest page) {

  /** The longest query text. */
  public static final int MAX_TEXT = 500;
  /** The most values one filter holds. */
  public static final int MAX_FILTER_VALUES = 100;
  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 50;
  /** How deep pages go: the last hit a page may hold. */
  public static final int MAX_DEPTH = 1000;
  /** The default page size of {@link #of}. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  /** Validates and normalizes the fields. */
  public SearchQuery {
    text = Validation.optionalText("text", text, MAX_TEXT).strip();
    communities = bounded("communities", communities);
    kinds = bounded("kinds", kinds);
    tags = Tags.normalize("tags", bounded("tags", tags), MAX_FILTER_VALUES, 200);
    authors = bounded("authors", authors);
    Validation.required("from", from);
    Validation.required("until", until);
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new InvalidInputException("until", "must be after from");
    }
    Validation.required("page", page);
    if (page.size() > MAX_PAGE_SIZE) {
      throw new InvalidInputException("page", "must hold at most " + MAX_PAGE_SIZE + " hits, asked " + page.size());
    }
    if (page.offset() + page.size() > MAX_DEPTH) {
      throw new InvalidInputException("page", "must end within the first " + MAX_DEPTH + " hits");
    }
  }

  private static <T> Set<T> bounded(String field, Set<T> values) {
    Validation.noNulls(field, values);
    if (values.size() > MAX_FILTER_VALUES) {
      throw new InvalidInputException(field, "must hold at most " + MAX_FILTER_VALUES + " values");
    }
    return Set.copyOf(values);
  }

  /**
   * @param text the words to find
   * @return the first page of {@value #DEFAULT_PAGE_SIZE} hits, without filters
   */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
        PageRequest.first(DEFAULT_PAGE_SIZE));
  }

  /**
   * @param only the communities
   * @return a copy searching only those communities
   */
  public SearchQuery inCommunities(Set<CommunityId> only) {
    return new SearchQuery(text, only, kinds, tags, authors, from, until, page);
  }

  /**
   * @param only the kinds
   * @return a copy searching only those kinds
   */
  public SearchQuery ofKinds(Set<SearchKind> only) {
    return new SearchQuery(text, communities, only, tags, authors, from, until, page);
  }

  /**
   * @param only the tags
   * @return a copy searching only hits with one of those tags
   */
  public SearchQuery taggedWith(Set<String> only) {
    return new SearchQuery(text, communities, kinds, only, authors, from, until, page);
  }

  /**
   * @param only the authors
   * @return a copy searching only what they wrote
   */
  public SearchQuery byAuthors(Set<MemberId> only) {
    return new SearchQuery(text, communities, kinds, tags, only, from, until, page);
  }

  /**
   * @param start written at or after, if given
   * @param end written before, if given
   * @return a copy searching only what was written then
   */
  public SearchQuery writtenBetween(Optional<Instant> start, Optional<Instant> end) {
    return new SearchQuery(text, communities, kinds, tags, authors, start, end, page);
  }

  /**
   * @param request the page
   * @return a copy asking for that page
   */
  public SearchQuery at(PageRequest request) {
    return new SearchQuery(text, communities, kinds, tags, authors, from, until, request);
  }
}
