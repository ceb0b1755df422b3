/**
 * The search index on Lucene 9.12 ({@link org.copkit.search.lucene.LuceneSearchIndex}): on disk
 * (the embedded default for production, which survives restarts and is caught up from the change
 * log) or in memory; Catalan, Spanish and English analysis chosen per community, with accents and
 * the Catalan middle dot folded; the permission filter inside the query; near-real-time searchers.
 */
package org.copkit.search.lucene;
