package org.copkit.benchmarks.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.SearchResults;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.shared.MemberId;

/**
 * The documents and queries of the search benchmarks, the same for every engine (seed 42): {@code n}
 * documents over 300 communities (70 % replies, 20 % threads, 10 % knowledge items; a tenth for the
 * working group only; 2 % held), by 10,000 authors, with 0–3 of 200 tags; titles of 4–8 and texts of
 * 30–90 words drawn from a vocabulary of 20,000 made-up words with a Zipf distribution (exponent 1),
 * as natural text has. The reader is a member of 8 communities, CORE in 2, e-moderator in 1. Queries
 * are two words of middling frequency (ranks 50–500), or a question's title (6–9 words drawn as the
 * text's are), top 10 with every facet.
 */
final class SearchWorkload {

  static final int COMMUNITIES = 300;
  static final int VOCABULARY = 20_000;
  static final int AUTHORS = 10_000;
  static final int TAGS = 200;
  static final int QUERIES = 200;
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private final List<CommunityId> communities = new ArrayList<>();
  private final String[] words = new String[VOCABULARY];
  private final double[] cumulative = new double[VOCABULARY];

  SearchWorkload() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < COMMUNITIES; i++) {
      communities.add(CommunityId.of(String.format("00000000-0000-4000-8000-%012d", i)));
    }
    String[] syllables = {"ba", "ke", "mi", "to", "ru", "sa", "le", "no", "pi", "da", "fo", "gu", "ve", "ti", "xa", "ro",
        "me", "ca", "di", "lu"};
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < VOCABULARY; i++) {
      String word;
      do {
        StringBuilder b = new StringBuilder();
        int length = 2 + random.nextInt(3);
        for (int s = 0; s < length; s++) {
          b.append(syllables[random.nextInt(syllables.length)]);
        }
        b.append("q"); // no stemmer of either engine touches a word ending in q
        word = b.toString();
      } while (!seen.add(word));
      words[i] = word;
    }
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  private String word(SplittableRandom random) {
    double x = random.nextDouble();
    int low = 0;
    int high = VOCABULARY - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return words[low];
  }

  private String words(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(word(random));
    }
    return text.toString();
  }

  /** @return the documents from {@code from} (inclusive) to {@code to} (exclusive) of the fixed sequence */
  List<SearchDocument> documents(int from, int to) {
    List<SearchDocument> documents = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      SplittableRandom random = new SplittableRandom(42L * 1_000_003 + i);
      int k = random.nextInt(10);
      SearchKind kind = k < 7 ? SearchKind.POST : k < 9 ? SearchKind.THREAD : SearchKind.KNOWLEDGE_ITEM;
      String id = String.format("%08x-0000-4000-8000-%012d", i, i);
      Set<String> tags = new HashSet<>();
      for (int t = random.nextInt(4); t > 0; t--) {
        tags.add("tag" + random.nextInt(TAGS));
      }
      documents.add(new SearchDocument(kind, id, kind == SearchKind.KNOWLEDGE_ITEM ? Optional.empty()
          : Optional.of(ThreadId.of(id)), communities.get(random.nextInt(COMMUNITIES)), SearchLanguage.ENGLISH,
          random.nextInt(10) == 0 ? Audience.CORE : Audience.COMMUNITY, random.nextInt(50) != 0,
          MemberId.of("author" + random.nextInt(AUTHORS)), words(random, 4 + random.nextInt(5)),
          words(random, 30 + random.nextInt(61)), tags, START.plusSeconds(i * 30L)));
    }
    return documents;
  }

  /** @return what the reader may see: 8 communities, CORE in 2, moderating 1 */
  SearchAccess access() {
    return new SearchAccess(false, Optional.of(MemberId.of("author17")), Set.copyOf(communities.subList(0, 8)),
        Set.copyOf(communities.subList(0, 2)), Set.of(communities.get(0)));
  }

  /** @return the benchmark's two-word queries, top 10 with every facet */
  List<IndexQuery> queries() {
    return queries(false);
  }

  /**
   * @param titles whether the queries are a question's title (6 to 9 words drawn as the documents'
   *     are, common ones included) rather than two words of middling frequency
   * @return the benchmark's queries, top 10 with every facet
   */
  List<IndexQuery> queries(boolean titles) {
    SplittableRandom random = new SplittableRandom(titles ? 13 : 11);
    List<IndexQuery> queries = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      String text = titles ? words(random, 6 + random.nextInt(4))
          : words[50 + random.nextInt(450)] + " " + words[50 + random.nextInt(450)];
      queries.add(new IndexQuery(text, access(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
          Optional.empty(), 0, 10, SearchResults.MAX_FACET_VALUES));
    }
    return queries;
  }
}
