package org.copkit.spring;

import org.copkit.api.search.Search;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.shared.MemberId;

/** The platform's search, timed into {@code copkit.search.latency}: calls that throw are timed too. */
final class TimedSearch implements Search {

  private final Search search;
  private final CopKitMeters meters;

  TimedSearch(Search search, CopKitMeters meters) {
    this.search = search;
    this.meters = meters;
  }

  @Override
  public SearchResults search(MemberId reader, SearchQuery query) {
    return meters.searches().record(() -> search.search(reader, query));
  }
}
