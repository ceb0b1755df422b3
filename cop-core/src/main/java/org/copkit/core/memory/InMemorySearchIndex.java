package org.copkit.core.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.Excerpt;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.Validation;

/**
 * A simple search index in memory, the platform's default, for development, tests and small
 * deployments. Words match whatever their case and accents, and the Catalan middle dot is ignored
 * ({@code "col·legi"} matches {@code "collegi"}); each document's words are analyzed in its
 * language ({@link SearchAnalysis}: the language's stop words dropped, plurals folded). A query of
 * one or two words finds the documents holding all of them; a longer one, those holding {@link
 * IndexQuery#wordsRequired} of them, best first by BM25F over the title (counted
 * {@value #TITLE_WEIGHT} times) and the text, with a bonus for the query's words among the
 * document's tags (a word among the tags alone counts as held). Every query scores every
 * document holding one of its words, so it suits thousands of documents, not millions: for those, and for full Catalan, Spanish and English
 * stemming, use the Lucene index of {@code cop-search-lucene}. Thread-safe; it forgets everything
 * when the process ends (its checkpoint is then 0 and the platform rebuilds it).
 */
public final class InMemorySearchIndex implements SearchIndex {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int EXCERPT = 200;

  /** BM25's term-frequency saturation. */
  static final double K1 = 1.2;
  /** BM25's length normalization of titles. */
  static final double TITLE_B = 0.5;
  /** BM25's length normalization of texts. */
  static final double TEXT_B = 0.5;
  /** How much an occurrence in the title weighs against one in the text. */
  static final double TITLE_WEIGHT = 3;
  /** The bonus of a query word that is one of the document's tags, times its rarity. */
  static final double TAG_WEIGHT = 0.5;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Entry> documents = new HashMap<>();
  private final Map<String, Set<String>> postings = new HashMap<>();
  private final Map<SearchLanguage, Integer> languages = new EnumMap<>(SearchLanguage.class);
  private long titleTerms;
  private long textTerms;
  private long checkpoint;

  private InMemorySearchIndex() {}

  /** @return an empty index */
  public static InMemorySearchIndex create() {
    return new InMemorySearchIndex();
  }

  /**
   * A document as the index holds it.
   *
   * @param document the document
   * @param titleLength how many terms its title has
   * @param titleCounts how often each term occurs in its title
   * @param textCounts how often each term occurs in its text
   * @param textLength how many terms its text has
   * @param tags the terms of its tags
   */
  private record Entry(SearchDocument document, int titleLength, Map<String, Integer> titleCounts,
      Map<String, Integer> textCounts, int textLength, Set<String> tags) {

    static Entry of(SearchDocument document) {
      SearchLanguage language = document.language();
      List<String> title = SearchAnalysis.terms(document.title(), language);
      List<String> text = SearchAnalysis.terms(document.text(), language);
      Set<String> tags = new HashSet<>();
      document.tags().forEach(tag -> tags.addAll(SearchAnalysis.terms(tag, language)));
      return new Entry(document, title.size(), counts(title), counts(text), text.size(), Set.copyOf(tags));
    }

    /** @return the terms of its title, its text and its tags */
    Set<String> terms() {
      Set<String> terms = new HashSet<>(titleCounts.keySet());
      terms.addAll(textCounts.keySet());
      terms.addAll(tags);
      return terms;
    }

    /** @return whether the term is in its title, its text or its tags */
    boolean has(String term) {
      return titleCounts.containsKey(term) || textCounts.containsKey(term) || tags.contains(term);
    }
  }

  @Override
  public void put(Collection<SearchDocument> batch) {
    Validation.noNulls("documents", batch);
    lock.writeLock().lock();
    try {
      for (SearchDocument document : batch) {
        removeKey(document.key());
        Entry entry = Entry.of(document);
        documents.put(document.key(), entry);
        languages.merge(document.language(), 1, Integer::sum);
        titleTerms += entry.titleLength();
        textTerms += entry.textLength();
        for (String term : entry.terms()) {
          postings.computeIfAbsent(term, w -> new HashSet<>()).add(document.key());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void remove(Collection<String> keys) {
    Validation.noNulls("keys", keys);
    lock.writeLock().lock();
    try {
      keys.forEach(this::removeKey);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void removeKey(String key) {
    Entry old = documents.remove(key);
    if (old == null) {
      return;
    }
    languages.computeIfPresent(old.document().language(), (language, count) -> count == 1 ? null : count - 1);
    titleTerms -= old.titleLength();
    textTerms -= old.textLength();
    for (String term : old.terms()) {
      Set<String> keys = postings.get(term);
      if (keys != null) {
        keys.remove(key);
        if (keys.isEmpty()) {
          postings.remove(term);
        }
      }
    }
  }

  @Override
  public void clear() {
    lock.writeLock().lock();
    try {
      documents.clear();
      postings.clear();
      languages.clear();
      titleTerms = 0;
      textTerms = 0;
      checkpoint = 0;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void commit(long sequence) {
    Validation.notNegative("checkpoint", sequence);
    lock.writeLock().lock();
    try {
      checkpoint = sequence;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public long checkpoint() {
    lock.readLock().lock();
    try {
      return checkpoint;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public IndexResult query(IndexQuery query) {
    Validation.required("query", query);
    boolean blank = query.text().isBlank();
    List<String> words = words(query.text());
    lock.readLock().lock();
    try {
      Map<SearchLanguage, Terms> terms = new EnumMap<>(SearchLanguage.class);
      for (SearchLanguage language : languages.keySet()) {
        terms.put(language, Terms.of(words, language));
      }
      List<Scored> matches = new ArrayList<>();
      for (Entry entry : candidates(blank, terms)) {
        if (!query.filters(entry.document())) {
          continue;
        }
        if (blank) {
          matches.add(new Scored(entry, 0));
          continue;
        }
        Terms asked = terms.get(entry.document().language());
        int held = 0;
        for (String term : asked.distinct()) {
          if (entry.has(term)) {
            held++;
          }
        }
        if (!asked.distinct().isEmpty() && held >= asked.required()) {
          matches.add(new Scored(entry, score(entry, asked)));
        }
      }
      matches.sort(Comparator.comparingDouble(Scored::score).reversed()
          .thenComparing((Scored s) -> s.entry().document().createdAt(), Comparator.reverseOrder())
          .thenComparing(s -> s.entry().document().key()));
      List<IndexHit> hits = new ArrayList<>();
      for (int i = query.offset(); i < matches.size() && hits.size() < query.size(); i++) {
        SearchDocument document = matches.get(i).entry().document();
        Set<String> marked = blank ? Set.of() : terms.get(document.language()).distinct();
        hits.add(new IndexHit(document.kind(), document.id(), matches.get(i).score(),
            excerpt(document.text(), document.language(), marked)));
      }
      return new IndexResult(hits, matches.size(), facets(matches, query.facetValues()));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The terms of a query in one language.
   *
   * @param distinct each term once, in order
   * @param required how many of them a document must hold: {@link IndexQuery#wordsRequired}
   */
  record Terms(Set<String> distinct, int required) {

    static Terms of(List<String> words, SearchLanguage language) {
      Set<String> distinct = new LinkedHashSet<>();
      for (String word : words) {
        String term = SearchAnalysis.term(word, language);
        if (term != null) {
          distinct.add(term);
        }
      }
      return new Terms(distinct, IndexQuery.wordsRequired(distinct.size()));
    }
  }

  private record Scored(Entry entry, double score) {}

  private Collection<Entry> candidates(boolean blank, Map<SearchLanguage, Terms> terms) {
    if (blank) {
      return documents.values();
    }
    Set<String> keys = new HashSet<>();
    for (Terms asked : terms.values()) {
      if (asked.required() == asked.distinct().size()) {
        // every term required: the documents holding the rarest are the only candidates
        Set<String> rarest = null;
        for (String term : asked.distinct()) {
          Set<String> holding = postings.getOrDefault(term, Set.of());
          if (rarest == null || holding.size() < rarest.size()) {
            rarest = holding;
          }
        }
        keys.addAll(rarest == null ? Set.of() : rarest);
      } else {
        for (String term : asked.distinct()) {
          keys.addAll(postings.getOrDefault(term, Set.of()));
        }
      }
    }
    List<Entry> entries = new ArrayList<>(keys.size());
    keys.forEach(key -> entries.add(documents.get(key)));
    return entries;
  }

  /**
   * BM25F over the title and the text: each field's frequency of a term is normalized by the
   * field's length against its average, the title's counts {@link #TITLE_WEIGHT} times, and their
   * sum saturates with {@link #K1}; plus {@link #TAG_WEIGHT} times the term's rarity when it is one
   * of the document's tags.
   */
  private double score(Entry entry, Terms asked) {
    int size = documents.size();
    double averageTitle = Math.max(1, (double) titleTerms / size);
    double averageText = Math.max(1, (double) textTerms / size);
    double titleNorm = 1 - TITLE_B + TITLE_B * entry.titleLength() / averageTitle;
    double textNorm = 1 - TEXT_B + TEXT_B * entry.textLength() / averageText;
    double score = 0;
    for (String term : asked.distinct()) {
      double frequency = TITLE_WEIGHT * entry.titleCounts().getOrDefault(term, 0) / titleNorm
          + entry.textCounts().getOrDefault(term, 0) / textNorm;
      double rarity = rarity(term, size);
      score += rarity * frequency * (K1 + 1) / (frequency + K1);
      if (entry.tags().contains(term)) {
        score += TAG_WEIGHT * rarity;
      }
    }
    return score;
  }

  private double rarity(String term, int size) {
    int frequency = postings.getOrDefault(term, Set.of()).size();
    return Math.log(1 + (size - frequency + 0.5) / (frequency + 0.5));
  }

  private static Map<SearchFacet, List<FacetCount>> facets(List<Scored> matches, int most) {
    Map<SearchFacet, Map<String, Long>> counts = new EnumMap<>(SearchFacet.class);
    for (SearchFacet facet : SearchFacet.values()) {
      counts.put(facet, new HashMap<>());
    }
    for (Scored match : matches) {
      SearchDocument document = match.entry().document();
      counts.get(SearchFacet.COMMUNITY).merge(document.community().toString(), 1L, Long::sum);
      counts.get(SearchFacet.KIND).merge(document.kind().name(), 1L, Long::sum);
      counts.get(SearchFacet.AUTHOR).merge(document.author().value(), 1L, Long::sum);
      document.tags().forEach(tag -> counts.get(SearchFacet.TAG).merge(tag, 1L, Long::sum));
    }
    Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
    counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(most)
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .toList()));
    return facets;
  }

  private static Map<String, Integer> counts(List<String> terms) {
    Map<String, Integer> counts = new HashMap<>();
    for (String term : terms) {
      counts.merge(term, 1, Integer::sum);
    }
    return counts;
  }

  /** @return the words of a text, folded: see {@link #fold} */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      if (end > i) {
        words.add(fold(text.substring(i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return words;
  }

  /** @return the end of the word starting at {@code start}, or {@code start} when none starts there */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\u00b7' || c == '\u2027') && i > start && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))) {
        i++; // the Catalan middle dot inside a word: "col·legi"
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * @param word a word
   * @return the word lower-cased, without accents and without middle dots
   */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").replace("\u00b7", "").replace("\u2027", "").toLowerCase(Locale.ROOT);
  }

  /** A passage of about {@value #EXCERPT} characters around the first matched word, with every match in it marked. */
  private static Excerpt excerpt(String text, SearchLanguage language, Set<String> terms) {
    List<int[]> matches = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      if (end > i) {
        String term = terms.isEmpty() ? null : SearchAnalysis.term(fold(text.substring(i, end)), language);
        if (term != null && terms.contains(term)) {
          matches.add(new int[] {i, end});
        }
        i = end;
      } else {
        i++;
      }
    }
    return Excerpt.around(text, matches.stream().map(match -> new Excerpt.Mark(match[0], match[1])).toList(), EXCERPT);
  }

  @Override
  public void close() {
    clear();
  }
}
