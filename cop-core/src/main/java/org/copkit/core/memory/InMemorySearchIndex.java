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
import org.copkit.api.search.port.Excerpt;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.Validation;

/**
 * A simple search index in memory, the platform's default, for development, tests and small
 * deployments. Words match whole, whatever their case and accents, and the Catalan middle dot is
 * ignored ({@code "col·legi"} matches {@code "collegi"}); there is no stemming and no stop words
 * (whatever the community's language), and ranking is a plain TF-IDF with the title counted
 * double. Every query looks at every document that holds its rarest word, so it suits thousands of
 * documents, not millions: for those, and for Catalan, Spanish and English stemming, use the
 * Lucene index of {@code cop-search-lucene}. Thread-safe; it forgets everything when the process
 * ends (its checkpoint is then 0 and the platform rebuilds it).
 */
public final class InMemorySearchIndex implements SearchIndex {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int EXCERPT = 200;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Entry> documents = new HashMap<>();
  private final Map<String, Set<String>> postings = new HashMap<>();
  private long checkpoint;

  private InMemorySearchIndex() {}

  /** @return an empty index */
  public static InMemorySearchIndex create() {
    return new InMemorySearchIndex();
  }

  private record Entry(SearchDocument document, Map<String, Integer> title, Map<String, Integer> text) {}

  @Override
  public void put(Collection<SearchDocument> batch) {
    Validation.noNulls("documents", batch);
    lock.writeLock().lock();
    try {
      for (SearchDocument document : batch) {
        removeKey(document.key());
        Entry entry = new Entry(document, counts(document.title()), counts(document.text()));
        documents.put(document.key(), entry);
        Set<String> words = new HashSet<>(entry.title().keySet());
        words.addAll(entry.text().keySet());
        for (String word : words) {
          postings.computeIfAbsent(word, w -> new HashSet<>()).add(document.key());
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
    Set<String> words = new HashSet<>(old.title().keySet());
    words.addAll(old.text().keySet());
    for (String word : words) {
      Set<String> keys = postings.get(word);
      if (keys != null) {
        keys.remove(key);
        if (keys.isEmpty()) {
          postings.remove(word);
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
    Set<String> words = new LinkedHashSet<>(words(query.text()));
    lock.readLock().lock();
    try {
      Collection<Entry> candidates = candidates(words);
      List<Scored> matches = new ArrayList<>();
      for (Entry entry : candidates) {
        if (!query.filters(entry.document()) || !words.stream().allMatch(w -> has(entry, w))) {
          continue;
        }
        matches.add(new Scored(entry, score(entry, words)));
      }
      matches.sort(Comparator.comparingDouble(Scored::score).reversed()
          .thenComparing((Scored s) -> s.entry().document().createdAt(), Comparator.reverseOrder())
          .thenComparing(s -> s.entry().document().key()));
      List<IndexHit> hits = new ArrayList<>();
      for (int i = query.offset(); i < matches.size() && hits.size() < query.size(); i++) {
        SearchDocument document = matches.get(i).entry().document();
        hits.add(new IndexHit(document.kind(), document.id(), matches.get(i).score(), excerpt(document.text(), words)));
      }
      return new IndexResult(hits, matches.size(), facets(matches, query.facetValues()));
    } finally {
      lock.readLock().unlock();
    }
  }

  private record Scored(Entry entry, double score) {}

  private Collection<Entry> candidates(Set<String> words) {
    if (words.isEmpty()) {
      return documents.values();
    }
    Set<String> rarest = null;
    for (String word : words) {
      Set<String> keys = postings.getOrDefault(word, Set.of());
      if (rarest == null || keys.size() < rarest.size()) {
        rarest = keys;
      }
    }
    List<Entry> entries = new ArrayList<>(rarest.size());
    rarest.forEach(key -> entries.add(documents.get(key)));
    return entries;
  }

  private static boolean has(Entry entry, String word) {
    return entry.title().containsKey(word) || entry.text().containsKey(word);
  }

  private double score(Entry entry, Set<String> words) {
    double score = 0;
    for (String word : words) {
      int frequency = 2 * entry.title().getOrDefault(word, 0) + entry.text().getOrDefault(word, 0);
      double rarity = Math.log(1 + (double) documents.size() / postings.getOrDefault(word, Set.of()).size());
      score += Math.sqrt(frequency) * rarity;
    }
    return score;
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

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words(text)) {
      counts.merge(word, 1, Integer::sum);
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
  private static Excerpt excerpt(String text, Set<String> words) {
    List<int[]> matches = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      if (end > i) {
        if (words.contains(fold(text.substring(i, end)))) {
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
