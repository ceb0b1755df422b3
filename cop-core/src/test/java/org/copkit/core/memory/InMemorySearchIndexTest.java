package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.shared.MemberId;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.tck.search.SearchIndexContract;
import org.junit.jupiter.api.Test;

/** The in-memory search index against {@link SearchIndexContract}, how it cuts words, and its tag bonus. */
class InMemorySearchIndexTest extends SearchIndexContract {

  @Override
  protected SearchIndex newIndex() {
    return InMemorySearchIndex.create();
  }

  @Test
  void cutsWordsAtAnythingButLettersDigitsAndAMiddleDotInsideAWord() {
    assertThat(InMemorySearchIndex.words("L'Escola d'Estiu: col·legi, ŀlegal · 2026!"))
        .containsExactly("l", "escola", "d", "estiu", "collegi", "llegal", "2026");
    assertThat(InMemorySearchIndex.fold("ÀÉÏÑÇ")).isEqualTo("aeinc");
  }

  @Test
  void aWordAmongTheTagsAddsToTheScoreAndMatchesAlone() {
    SearchDocument tagged = doc("Mediation in schools", "Peer support programmes", Set.of("mediation"), 1);
    SearchDocument untagged = doc("Mediation in schools", "Peer support programmes", Set.of("schools"), 2);
    SearchDocument onlyTagged = doc("Peer support", "Programmes", Set.of("mediation"), 3);
    InMemorySearchIndex index = InMemorySearchIndex.create();
    index.put(List.of(tagged, untagged, onlyTagged));
    index.commit(1);

    IndexResult result = index.query(new IndexQuery("mediation", SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(),
        Optional.empty(), Optional.empty(), 0, 10, 0));

    assertThat(result.hits()).extracting(IndexHit::id)
        .as("the older tagged document first, though ties go newest first; the word among the tags alone last")
        .containsExactly(tagged.id(), untagged.id(), onlyTagged.id());
    assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
    assertThat(result.hits().get(1).score()).isGreaterThan(result.hits().get(2).score());
  }

  @Test
  void eachDocumentIsAnalyzedInItsLanguageAndTheQueryInEach() {
    SearchDocument spanish = doc("Las normas de mediación", "texto", Set.of(), 1, SearchLanguage.SPANISH);
    SearchDocument english = doc("The norms of mediation", "text", Set.of(), 2, SearchLanguage.ENGLISH);
    InMemorySearchIndex index = InMemorySearchIndex.create();
    index.put(List.of(spanish, english));
    index.commit(1);

    assertThat(index.query(new IndexQuery("norma", SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(),
        Optional.empty(), Optional.empty(), 0, 10, 0)).hits()).extracting(IndexHit::id)
        .as("Spanish folds norma and normas; English keeps norma apart from norm").containsExactly(spanish.id());
    assertThat(index.query(new IndexQuery("the las", SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(),
        Optional.empty(), Optional.empty(), 0, 10, 0)).total()).as("each a stop word in its own language only")
        .isZero();
  }

  private int next;

  private SearchDocument doc(String title, String text, Set<String> tags, int minutes) {
    return doc(title, text, tags, minutes, SearchLanguage.ENGLISH);
  }

  private SearchDocument doc(String title, String text, Set<String> tags, int minutes, SearchLanguage language) {
    String id = String.format("00000000-0000-4000-8000-%012d", ++next);
    return new SearchDocument(SearchKind.THREAD, id, Optional.of(ThreadId.of(id)),
        CommunityId.of("00000000-0000-4000-8000-00000000000a"), language, Audience.COMMUNITY, true, MemberId.of("author"),
        title, text, tags, Instant.parse("2026-03-02T08:00:00Z").plusSeconds(60L * minutes));
  }
}
