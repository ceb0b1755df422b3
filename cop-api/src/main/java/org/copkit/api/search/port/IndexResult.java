package org.copkit.api.search.port;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.shared.Validation;

/**
 * What an index answers to an {@link IndexQuery}.
 *
 * @param hits the hits asked for, best first (by score, ties newest first, then by key); with no
 *     words, newest first, ties by key
 * @param total how many documents match in all
 * @param facets for each facet, the values among all matching documents, most first, ties by
 *     value, at most the query's {@code facetValues}
 */
public record IndexResult(List<IndexHit> hits, long total, Map<SearchFacet, List<FacetCount>> facets) {

  /** Validates and copies the fields. */
  public IndexResult {
    hits = List.copyOf(Validation.noNulls("hits", hits));
    Validation.notNegative("total", total);
    Validation.required("facets", facets);
    Map<SearchFacet, List<FacetCount>> copy = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      copy.put(facet, List.copyOf(facets.getOrDefault(facet, List.of())));
    }
    facets = Map.copyOf(copy);
  }
}
