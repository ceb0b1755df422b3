package org.copkit.benchmarks.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchIndex;
import org.junit.jupiter.api.Test;

/**
 * The engines of {@link SearchQueryBenchmark} answer the benchmark's queries alike on a small load:
 * the same totals and the same counts by community, kind and author (the ranking differs, BM25 and
 * {@code ts_rank}), so the benchmark compares the same work; and the queries find something.
 */
class EnginesAgreeTest {

  @Test
  void luceneAndPostgresqlCountTheSameHitsAndFacetsForEveryQuery() {
    assumeTrue(System.getenv(SearchQueryBenchmark.POSTGRES_URL) != null, "no PostgreSQL URL");
    SearchQueryBenchmark benchmark = new SearchQueryBenchmark();
    SearchWorkload workload = new SearchWorkload();
    SearchIndex lucene = benchmark.open(SearchQueryBenchmark.Engine.LUCENE);
    SearchIndex postgres = benchmark.open(SearchQueryBenchmark.Engine.POSTGRES);
    try {
      SearchQueryBenchmark.fill(lucene, workload, 20_000);
      SearchQueryBenchmark.fill(postgres, workload, 20_000);
      List<IndexQuery> queries = workload.queries().subList(0, 40);
      long found = 0;
      for (IndexQuery query : queries) {
        IndexResult a = lucene.query(query);
        IndexResult b = postgres.query(query);
        assertThat(a.total()).as(query.text()).isEqualTo(b.total());
        for (SearchFacet facet : List.of(SearchFacet.COMMUNITY, SearchFacet.KIND)) {
          assertThat(a.facets().get(facet)).as(query.text() + " " + facet)
              .containsExactlyInAnyOrderElementsOf(b.facets().get(facet));
        }
        assertThat(a.hits()).hasSize((int) Math.min(10, a.total()));
        found += a.total();
      }
      assertThat(found).as("the queries find documents").isPositive();
    } finally {
      lucene.close();
      benchmark.drop();
    }
  }
}
