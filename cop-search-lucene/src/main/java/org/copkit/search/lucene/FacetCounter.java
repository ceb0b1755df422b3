package org.copkit.search.lucene;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.copkit.api.search.SearchFacet;

/**
 * Counts every matching document (the exact total) and its values of each facet, from the
 * documents' sorted-set doc values: per segment by ordinal in an array, then by value once the
 * segment is done. Only documents the query matched are counted, and the permission filter is part
 * of the query, so counts include nothing the reader may not see.
 */
final class FacetCounter extends SimpleCollector {

  private final Map<SearchFacet, Map<String, Long>> counts = new EnumMap<>(SearchFacet.class);
  private final Map<SearchFacet, SortedSetDocValues> values = new EnumMap<>(SearchFacet.class);
  private final Map<SearchFacet, Ordinals> ordinals = new EnumMap<>(SearchFacet.class);
  private final boolean facets;
  private long total;

  /**
   * The counts of one facet in one segment, by ordinal, and the ordinals counted: turning them into
   * counts by value visits only those, not every value the segment holds (10,000 authors, say).
   */
  private static final class Ordinals {
    final int[] counted;
    int[] touched = new int[16];
    int size;

    Ordinals(int values) {
      counted = new int[values];
    }

    void count(int ordinal) {
      if (counted[ordinal]++ == 0) {
        if (size == touched.length) {
          touched = java.util.Arrays.copyOf(touched, size * 2);
        }
        touched[size++] = ordinal;
      }
    }
  }

  FacetCounter(boolean facets) {
    this.facets = facets;
    for (SearchFacet facet : SearchFacet.values()) {
      counts.put(facet, new HashMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    if (!facets) {
      return;
    }
    for (SearchFacet facet : SearchFacet.values()) {
      SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), LuceneSearchIndex.facetField(facet));
      values.put(facet, docValues);
      ordinals.put(facet, new Ordinals((int) Math.min(Integer.MAX_VALUE - 8, docValues.getValueCount())));
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    if (!facets) {
      return;
    }
    for (SearchFacet facet : SearchFacet.values()) {
      SortedSetDocValues docValues = values.get(facet);
      if (docValues.advanceExact(doc)) {
        Ordinals counted = ordinals.get(facet);
        for (int i = 0; i < docValues.docValueCount(); i++) {
          counted.count((int) docValues.nextOrd());
        }
      }
    }
  }

  /** Turns the counts of the segment just collected into counts by value. */
  private void flush() throws IOException {
    for (Map.Entry<SearchFacet, Ordinals> entry : ordinals.entrySet()) {
      SortedSetDocValues docValues = values.get(entry.getKey());
      Ordinals counted = entry.getValue();
      Map<String, Long> byValue = counts.get(entry.getKey());
      for (int i = 0; i < counted.size; i++) {
        int ord = counted.touched[i];
        byValue.merge(docValues.lookupOrd(ord).utf8ToString(), (long) counted.counted[ord], Long::sum);
      }
    }
    ordinals.clear();
    values.clear();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** @return the counts by facet and value, once every segment was collected */
  Map<SearchFacet, Map<String, Long>> counts() throws IOException {
    flush();
    return counts;
  }

  /** @return how many documents matched */
  long total() {
    return total;
  }
}
