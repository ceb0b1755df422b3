/**
 * CoPKit's search index on Lucene: {@link org.copkit.search.lucene.LuceneSearchIndex}, on disk or
 * in memory, handed to {@code CopPlatform.builder().searchIndex(..)}.
 */
module org.copkit.search.lucene {
  requires transitive org.copkit.api;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;

  exports org.copkit.search.lucene;
}
