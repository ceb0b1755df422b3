package org.copkit.core.search;

import java.util.Collection;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.core.memory.InMemorySearchIndex;

/**
 * A search index that hands every call to an in-memory one: tests override what a misbehaving
 * index (one that lags, one that ignores who reads) does differently.
 */
public class ForwardingSearchIndex implements SearchIndex {

  /** The index every call goes to. */
  protected final SearchIndex delegate = InMemorySearchIndex.create();

  @Override
  public void put(Collection<SearchDocument> documents) {
    delegate.put(documents);
  }

  @Override
  public void remove(Collection<String> keys) {
    delegate.remove(keys);
  }

  @Override
  public void clear() {
    delegate.clear();
  }

  @Override
  public void commit(long checkpoint) {
    delegate.commit(checkpoint);
  }

  @Override
  public long checkpoint() {
    return delegate.checkpoint();
  }

  @Override
  public IndexResult query(IndexQuery query) {
    return delegate.query(query);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
