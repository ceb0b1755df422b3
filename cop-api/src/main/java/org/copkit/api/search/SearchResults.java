package org.copkit.api.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.Validation;

/**
 * A page of hits, with how many hits there are in all and how they divide by community, kind, tag
 * and author. Totals and counts come from the index and count only what the reader may see.
 *
 * @param hits the page; its {@code total} is the number of hits in all
 * @param facets for every facet, its values among all the hits (not only this page), most hits
 *     first, ties by value, at most {@value #MAX_FACET_VALUES} values each
 * @param stale whether the node's index may be behind the storage (it could not catch up with the
 *     change log): recent changes may be missing; what the reader may not see never shows
 */
public record SearchResults(Page<SearchHit> hits, Map<SearchFacet, List<FacetCount>> facets, boolean stale) {

  /** The most values returned for one facet. */
  public static final int MAX_FACET_VALUES = 20;

  /** Validates and copies the fields; a facet not given has no values. */
  public SearchResults {
    Validation.required("hits", hits);
    Validation.required("facets", facets);
    Map<SearchFacet, List<FacetCount>> copy = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      copy.put(facet, List.copyOf(facets.getOrDefault(facet, List.of())));
    }
    facets = Map.copyOf(copy);
  }

  /**
   * @param facet a facet
   * @return its values among all the hits, most hits first
   */
  public List<FacetCount> facet(SearchFacet facet) {
    return facets.get(facet);
  }
}
