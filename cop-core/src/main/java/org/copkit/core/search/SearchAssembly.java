package org.copkit.core.search;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.copkit.api.community.Community;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Wiring;

/** Assembles search for {@code CopPlatform}: the use case and the index's synchronisation. Wiring, not API. */
public final class SearchAssembly implements AutoCloseable {

  private final SearchSync sync;
  private final Search search;

  private SearchAssembly(SearchSync sync, Search search) {
    this.sync = sync;
    this.search = search;
  }

  /**
   * Builds the index from the storage when it holds no checkpoint, catches up with the change log,
   * and polls the log every interval.
   *
   * @param wiring the platform's ports
   * @param communities the community rules
   * @param index the index
   * @param languages the language of each community
   * @param interval how often to catch up with the log, or empty not to poll
   * @return the assembly
   */
  public static SearchAssembly create(Wiring wiring, CommunityGate communities, SearchIndex index,
      Function<Community, SearchLanguage> languages, Optional<Duration> interval) {
    SearchDocuments documents = new SearchDocuments(wiring.storage().communities(), languages);
    SearchSync sync = new SearchSync(wiring.storage(), index, documents);
    try {
      sync.start();
    } catch (RuntimeException e) {
      // reported by the sync: search is stale, and the next search or poll tries again
    }
    interval.ifPresent(sync::poll);
    return new SearchAssembly(sync, new SearchService(wiring.storage(), communities, index, sync));
  }

  /** @return the use case */
  public Search search() {
    return search;
  }

  /** Applies what the change log holds that the index has not applied yet. */
  public void catchUp() {
    sync.catchUp();
  }

  /** Stops polling. */
  @Override
  public void close() {
    sync.stop();
  }
}
