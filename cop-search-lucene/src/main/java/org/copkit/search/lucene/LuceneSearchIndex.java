package org.copkit.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.Excerpt;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * The {@link SearchIndex} on Lucene. Each document's title, text and tags are analyzed in its
 * community's language ({@link SearchLanguage}: Lucene's Catalan, Spanish or English analysis,
 * plus accent and middle-dot folding); a query's words are analyzed in every language and must
 * occur in a document's title, text or tags: all of them, or {@link IndexQuery#wordsRequired} of a
 * longer query's. Ranked by BM25 (k1 {@value #K1}, b {@value #B}) over one field of the title
 * counted {@value #TITLE_TIMES} times and the text (so the title weighs more, and one length
 * normalizes both, as BM25F does), plus {@value #TAG_BOOST} times BM25 over the tags. The reader's access
 * is a filter clause of the Lucene query itself, so hits, the exact total and the facet counts (from
 * doc values, collected in the same pass) never include what the reader may not see.
 *
 * <p>Writes go to one {@link IndexWriter}; searches use near-real-time readers refreshed at each
 * {@link #commit}. {@linkplain #onDisk On disk}, the index is a Lucene directory the host names:
 * it is made durable (with its checkpoint in the commit's data) at most every {@link
 * #DURABLE_EVERY} and on close, so a restarted node catches up from its checkpoint instead of
 * rebuilding; a crash loses only what the change log gives back. {@linkplain #inMemory In memory},
 * it lives in a {@link ByteBuffersDirectory} and is rebuilt when the platform starts. Thread-safe;
 * {@link #close()} it after the platform.
 *
 * <pre>{@code
 * LuceneSearchIndex index = LuceneSearchIndex.onDisk(Path.of("/var/lib/intranet/copkit-search"));
 * CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory)
 *     .searchIndex(index).searchLanguages(community -> SearchLanguage.CATALAN).build();
 * }</pre>
 */
public final class LuceneSearchIndex implements SearchIndex {

  /** How often, at most, an index on disk is made durable by {@link #commit}. */
  public static final Duration DURABLE_EVERY = Duration.ofSeconds(1);

  private static final String KEY = "key";
  private static final String KEY_SORT = "key_sort";
  private static final String ID = "id";
  private static final String KIND = "kind";
  private static final String COMMUNITY = "community";
  private static final String AUDIENCE = "audience";
  /** The communities a published document was diffused to, and {@link #PLATFORM} when it was diffused to the platform. */
  private static final String DIFFUSED = "diffused";
  private static final String PLATFORM = "platform";
  private static final String PUBLISHED = "published";
  private static final String AUTHOR = "author";
  private static final String TAG = "tag";
  private static final String CREATED = "created";
  private static final String LANGUAGE = "language";
  private static final String TEXT = "text";
  private static final String CHECKPOINT = "copkit.checkpoint";
  private static final String SCHEMA = "copkit.schema";
  /** The layout of the documents' fields; an index on disk of another layout is rebuilt. */
  private static final String LAYOUT = "4";
  /**
   * The analyzed fields: documents and frequencies, no positions (no query reads them: excerpts
   * analyze the stored text again), which makes indexing cheaper.
   */
  private static final org.apache.lucene.document.FieldType WORDS = words();
  /** How many times a document's title is counted in its words, against once for its text. */
  static final int TITLE_TIMES = 2;
  /** The weight of a query word among a document's tags, against one for its words. */
  static final float TAG_BOOST = 0.5f;
  /** BM25's term-frequency saturation. */
  static final float K1 = 1.2f;
  /** BM25's length normalization. */
  static final float B = 0.5f;
  private static final int EXCERPT = 200;

  /** The size of a {@link #put} batch from which it is shared among the helper threads and the caller. */
  static final int SHARED_FROM = 256;
  /** How many threads help the caller index a large batch: one per core but the caller's. */
  private static final int HELPERS = Runtime.getRuntime().availableProcessors() - 1;

  private final Directory directory;
  /** Threads that index shares of large batches; none on a single core. Idle ones end after a while. */
  private final ThreadPoolExecutor helpers;
  private final boolean durable;
  private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long checkpoint;
  private long lastDurable;
  private boolean fresh;
  private boolean forceDurable;

  private LuceneSearchIndex(Directory directory, boolean durable) throws IOException {
    this.directory = directory;
    this.durable = durable;
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (SearchLanguage language : SearchLanguage.values()) {
      Analyzer analyzer = new FoldingAnalyzer(language);
      analyzers.put(language, analyzer);
      perField.put(tagsField(language), analyzer);
      perField.put(wordsField(language), analyzer);
    }
    IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get(SearchLanguage.ENGLISH),
        perField));
    config.setSimilarity(new org.apache.lucene.search.similarities.BM25Similarity(K1, B));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setUseCompoundFile(false); // a flushed segment is not copied once more into one file
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    org.apache.lucene.search.similarities.Similarity similarity = config.getSimilarity();
    this.searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
          org.apache.lucene.index.IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    });
    Map<String, String> committed = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> committed.put(e.getKey(), e.getValue()));
    }
    if (LAYOUT.equals(committed.get(SCHEMA))) {
      this.checkpoint = Long.parseLong(committed.getOrDefault(CHECKPOINT, "0"));
    } else {
      // a new index, or one written with another layout of fields: the platform rebuilds it
      writer.deleteAll();
      this.checkpoint = 0;
      this.forceDurable = true;
    }
    this.lastDurable = System.nanoTime();
    if (HELPERS > 0) {
      this.helpers = new ThreadPoolExecutor(HELPERS, HELPERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "copkit-search-indexing");
        thread.setDaemon(true);
        return thread;
      });
      this.helpers.allowCoreThreadTimeOut(true);
    } else {
      this.helpers = null;
    }
  }

  /**
   * An index in a directory of the file system, created when missing, reopened at its checkpoint
   * when it exists.
   *
   * @param path the directory; one platform (one node) uses it at a time
   * @return the index
   * @throws InvalidInputException naming {@code path} when it cannot be opened (missing rights,
   *     another process holds its lock)
   */
  public static LuceneSearchIndex onDisk(Path path) {
    Validation.required("path", path);
    try {
      return new LuceneSearchIndex(FSDirectory.open(path), true);
    } catch (IOException e) {
      throw new InvalidInputException("path", "cannot open a search index at " + path + ": " + e);
    }
  }

  /** @return an index in memory, empty, rebuilt by the platform when it starts */
  public static LuceneSearchIndex inMemory() {
    try {
      return new LuceneSearchIndex(new ByteBuffersDirectory(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.apache.lucene.document.FieldType words() {
    org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  static String tagsField(SearchLanguage language) {
    return "tags_" + language.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String wordsField(SearchLanguage language) {
    return "words_" + language.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String facetField(SearchFacet facet) {
    return "f_" + facet.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Indexes the documents, replacing those of the same keys. A batch of {@value #SHARED_FROM}
   * documents or more is analyzed on every core: the calling thread and the index's helper threads
   * each write a share of it (Lucene's writer takes documents from several threads at once), and
   * the call returns when all are written.
   */
  @Override
  public void put(Collection<SearchDocument> documents) {
    Validation.noNulls("documents", documents);
    List<SearchDocument> all = List.copyOf(documents);
    synchronized (this) {
      int shares = helpers == null || all.size() < SHARED_FROM ? 1 : HELPERS + 1;
      List<Future<?>> helping = new ArrayList<>(shares - 1);
      int size = (all.size() + shares - 1) / shares;
      RuntimeException failure = null;
      try {
        for (int share = 1; share < shares; share++) {
          List<SearchDocument> part = all.subList(Math.min(all.size(), share * size), Math.min(all.size(), (share + 1) * size));
          helping.add(helpers.submit(() -> write(part)));
        }
        write(all.subList(0, Math.min(all.size(), size)));
      } catch (RuntimeException e) {
        failure = e; // reported once the helpers' shares have ended, before theirs
      }
      RuntimeException theirs = awaitAll(helping);
      if (failure != null) {
        throw failure;
      }
      if (theirs != null) {
        throw theirs;
      }
    }
  }

  /** Writes documents with the writer: added when the index is fresh (no key can repeat), else replaced by key. */
  private Void write(List<SearchDocument> documents) {
    try {
      for (SearchDocument document : documents) {
        if (fresh) {
          writer.addDocument(document(document));
        } else {
          writer.updateDocument(new Term(KEY, document.key()), document(document));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for every helper's share; @return the first failure among them, once all have ended */
  private static RuntimeException awaitAll(List<Future<?>> helping) {
    RuntimeException failure = null;
    boolean interrupted = false;
    for (Future<?> share : helping) {
      while (true) {
        try {
          share.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the share is being written: wait for it all the same
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (failure == null) {
            failure = cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return failure;
  }

  private static Document document(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.key(), Field.Store.NO));
    doc.add(new SortedDocValuesField(KEY_SORT, new BytesRef(d.key())));
    doc.add(new StoredField(ID, d.id()));
    doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
    doc.add(new SortedSetDocValuesField(facetField(SearchFacet.KIND), new BytesRef(d.kind().name())));
    doc.add(new StringField(COMMUNITY, d.community().toString(), Field.Store.NO));
    doc.add(new SortedSetDocValuesField(facetField(SearchFacet.COMMUNITY), new BytesRef(d.community().toString())));
    doc.add(new StringField(AUDIENCE, d.audience().name(), Field.Store.NO));
    doc.add(new StringField(PUBLISHED, Boolean.toString(d.published()), Field.Store.NO));
    if (d.published()) {
      for (CommunityId to : d.diffusedTo()) {
        doc.add(new StringField(DIFFUSED, to.toString(), Field.Store.NO));
      }
      if (d.diffusedToPlatform()) {
        doc.add(new StringField(DIFFUSED, PLATFORM, Field.Store.NO));
      }
    }
    doc.add(new StringField(AUTHOR, d.author().value(), Field.Store.NO));
    doc.add(new SortedSetDocValuesField(facetField(SearchFacet.AUTHOR), new BytesRef(d.author().value())));
    for (String tag : d.tags()) {
      doc.add(new StringField(TAG, tag, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(facetField(SearchFacet.TAG), new BytesRef(tag)));
    }
    long created = d.createdAt().toEpochMilli() * 1000 + d.createdAt().getNano() / 1000 % 1000;
    doc.add(new LongPoint(CREATED, created));
    doc.add(new NumericDocValuesField(CREATED, created));
    doc.add(new StoredField(LANGUAGE, d.language().name()));
    for (int i = 0; i < TITLE_TIMES; i++) {
      doc.add(new Field(wordsField(d.language()), d.title(), WORDS));
    }
    doc.add(new Field(wordsField(d.language()), d.text(), WORDS));
    doc.add(new Field(tagsField(d.language()), String.join(" ", d.tags()), WORDS));
    doc.add(new StoredField(TEXT, d.text()));
    return doc;
  }

  @Override
  public void remove(Collection<String> keys) {
    Validation.noNulls("keys", keys);
    if (keys.isEmpty()) {
      return;
    }
    try {
      synchronized (this) {
        writer.deleteDocuments(keys.stream().map(key -> new Term(KEY, key)).toArray(Term[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void clear() {
    try {
      synchronized (this) {
        writer.deleteAll();
        checkpoint = 0;
        fresh = true;
        forceDurable = true;
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void commit(long sequence) {
    Validation.notNegative("checkpoint", sequence);
    try {
      synchronized (this) {
        checkpoint = sequence;
        fresh = false;
        writer.setLiveCommitData(Map.of(CHECKPOINT, Long.toString(sequence), SCHEMA, LAYOUT).entrySet());
        long now = System.nanoTime();
        if (durable && (forceDurable || now - lastDurable >= DURABLE_EVERY.toNanos())) {
          writer.commit();
          lastDurable = now;
          forceDurable = false;
        }
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long checkpoint() {
    return checkpoint;
  }

  @Override
  public IndexResult query(IndexQuery query) {
    Validation.required("query", query);
    Map<SearchLanguage, Set<String>> words = new EnumMap<>(SearchLanguage.class);
    Query match = words(query.text(), words);
    BooleanQuery.Builder whole = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST);
    whole.add(access(query.access()), BooleanClause.Occur.FILTER);
    filters(query).forEach(filter -> whole.add(filter, BooleanClause.Occur.FILTER));
    boolean scored = !query.text().isBlank();
    Sort sort = scored
        ? new Sort(SortField.FIELD_SCORE, new SortField(CREATED, SortField.Type.LONG, true), new SortField(KEY_SORT,
            SortField.Type.STRING))
        : new Sort(new SortField(CREATED, SortField.Type.LONG, true), new SortField(KEY_SORT, SortField.Type.STRING));
    int wanted = query.offset() + query.size();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopFieldCollector top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false).newCollector();
        FacetCounter counter = new FacetCounter(query.facetValues() > 0);
        searcher.search(whole.build(), MultiCollector.wrap(top, counter));
        TopFieldDocs docs = top.topDocs();
        List<IndexHit> hits = new ArrayList<>();
        for (int i = query.offset(); i < docs.scoreDocs.length; i++) {
          ScoreDoc hit = docs.scoreDocs[i];
          Document stored = searcher.storedFields().document(hit.doc, Set.of(ID, KIND, LANGUAGE, TEXT));
          SearchLanguage language = SearchLanguage.valueOf(stored.get(LANGUAGE));
          double score = scored ? ((Float) ((FieldDoc) hit).fields[0]).doubleValue() : 0;
          hits.add(new IndexHit(SearchKind.valueOf(stored.get(KIND)), stored.get(ID), score,
              excerpt(stored.get(TEXT), language, words.getOrDefault(language, Set.of()))));
        }
        return new IndexResult(hits, counter.total(), facets(counter.counts(), query.facetValues()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words of the text, analyzed in each language, must occur (in one of the forms the analysis
   * gives them) in the title, the text or the tags of a document of that language: all of them, or
   * {@link IndexQuery#wordsRequired} of a longer query's, ranked by BM25 over the words (the title
   * counted {@value #TITLE_TIMES} times) plus a share of BM25 over the tags. No words match
   * everything.
   */
  private Query words(String text, Map<SearchLanguage, Set<String>> words) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    boolean any = false;
    for (SearchLanguage language : SearchLanguage.values()) {
      List<Set<String>> positions = positions(text, language);
      Set<String> all = new LinkedHashSet<>();
      positions.forEach(all::addAll);
      words.put(language, all);
      if (positions.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder enough = new BooleanQuery.Builder();
      Set<Set<String>> seen = new LinkedHashSet<>(positions);
      int required = IndexQuery.wordsRequired(seen.size());
      // every word required: a plain conjunction, which Lucene runs faster than a minimum to match
      BooleanClause.Occur each = required == seen.size() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
      for (Set<String> forms : seen) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        for (String form : forms) {
          word.add(new TermQuery(new Term(wordsField(language), form)), BooleanClause.Occur.SHOULD);
          word.add(new BoostQuery(new TermQuery(new Term(tagsField(language), form)), TAG_BOOST), BooleanClause.Occur.SHOULD);
        }
        enough.add(word.build(), each);
      }
      if (each == BooleanClause.Occur.SHOULD) {
        enough.setMinimumNumberShouldMatch(required);
      }
      anyLanguage.add(enough.build(), BooleanClause.Occur.SHOULD);
      any = true;
    }
    return any ? anyLanguage.build() : new MatchNoDocsQuery("only stop words");
  }

  /** @return the terms of a text as the language's analysis makes them */
  Set<String> terms(String text, SearchLanguage language) {
    Set<String> terms = new LinkedHashSet<>();
    positions(text, language).forEach(terms::addAll);
    return terms;
  }

  /** @return the forms of each word of a text, word by word, as the language's analysis makes them */
  private List<Set<String>> positions(String text, SearchLanguage language) {
    List<Set<String>> positions = new ArrayList<>();
    try (TokenStream stream = analyzers.get(language).tokenStream(wordsField(language), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new LinkedHashSet<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions;
  }

  /** The rule of {@link SearchAccess#permits}, as a filter clause. */
  private static Query access(SearchAccess access) {
    if (access.everything()) {
      return new MatchAllDocsQuery();
    }
    List<String> diffusedHere = new ArrayList<>(access.readable().size() + 1);
    diffusedHere.add(PLATFORM);
    access.readable().forEach(community -> diffusedHere.add(community.toString()));
    Query diffused = in(DIFFUSED, diffusedHere); // only published documents hold the field
    if (access.readable().isEmpty()) {
      return diffused;
    }
    BooleanQuery.Builder rule = new BooleanQuery.Builder()
        .add(in(COMMUNITY, access.readable().stream().map(Object::toString).toList()), BooleanClause.Occur.FILTER);
    BooleanQuery.Builder audience = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(AUDIENCE, Audience.COMMUNITY.name())), BooleanClause.Occur.SHOULD);
    if (!access.core().isEmpty()) {
      audience.add(in(COMMUNITY, access.core().stream().map(Object::toString).toList()), BooleanClause.Occur.SHOULD);
    }
    rule.add(audience.build(), BooleanClause.Occur.FILTER);
    BooleanQuery.Builder published = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PUBLISHED, "true")), BooleanClause.Occur.SHOULD);
    access.reader().ifPresent(reader -> published.add(new TermQuery(new Term(AUTHOR, reader.value())),
        BooleanClause.Occur.SHOULD));
    if (!access.moderated().isEmpty()) {
      published.add(in(COMMUNITY, access.moderated().stream().map(Object::toString).toList()), BooleanClause.Occur.SHOULD);
    }
    rule.add(published.build(), BooleanClause.Occur.FILTER);
    return new BooleanQuery.Builder().add(rule.build(), BooleanClause.Occur.SHOULD)
        .add(diffused, BooleanClause.Occur.SHOULD).build();
  }

  private static List<Query> filters(IndexQuery query) {
    List<Query> filters = new ArrayList<>();
    if (!query.communities().isEmpty()) {
      filters.add(in(COMMUNITY, query.communities().stream().map(Object::toString).toList()));
    }
    if (!query.kinds().isEmpty()) {
      filters.add(in(KIND, query.kinds().stream().map(Enum::name).toList()));
    }
    if (!query.tags().isEmpty()) {
      filters.add(in(TAG, List.copyOf(query.tags())));
    }
    if (!query.authors().isEmpty()) {
      filters.add(in(AUTHOR, query.authors().stream().map(a -> a.value()).toList()));
    }
    if (query.from().isPresent() || query.until().isPresent()) {
      long from = query.from().map(LuceneSearchIndex::micros).orElse(Long.MIN_VALUE);
      long until = query.until().map(LuceneSearchIndex::micros).map(u -> u - 1).orElse(Long.MAX_VALUE);
      filters.add(LongPoint.newRangeQuery(CREATED, from, until));
    }
    return filters;
  }

  private static long micros(java.time.Instant instant) {
    return instant.toEpochMilli() * 1000 + instant.getNano() / 1000 % 1000;
  }

  private static Query in(String field, Collection<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private static Map<SearchFacet, List<FacetCount>> facets(Map<SearchFacet, Map<String, Long>> counts, int most) {
    Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
    counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(most)
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .toList()));
    return facets;
  }

  /** A passage of about {@value #EXCERPT} characters around the first matched word, every match in it marked. */
  private Excerpt excerpt(String text, SearchLanguage language, Set<String> words) {
    List<int[]> matches = new ArrayList<>();
    if (!words.isEmpty()) {
      try (TokenStream stream = analyzers.get(language).tokenStream(wordsField(language), text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (words.contains(term.toString()) && (matches.isEmpty()
              || offset.startOffset() >= matches.get(matches.size() - 1)[1])) {
            matches.add(new int[] {offset.startOffset(), offset.endOffset()});
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Excerpt.around(text, matches.stream().map(match -> new Excerpt.Mark(match[0], match[1])).toList(), EXCERPT);
  }

  /** Makes an index on disk durable at its checkpoint, then releases its files and memory. */
  @Override
  public void close() {
    try {
      synchronized (this) {
        if (durable && writer.isOpen()) {
          writer.commit();
        }
      }
      if (helpers != null) {
        helpers.shutdown();
      }
      searchers.close();
      writer.close();
      directory.close();
      analyzers.values().forEach(Analyzer::close);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
