package org.copkit.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each community's text is analyzed in its language: Catalan elisions and stemming, Spanish and
 * English stemming and stop words, with accents and the Catalan middle dot folded.
 */
class LuceneLanguagesTest {

  private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();
  private int next;

  @AfterEach
  void close() {
    index.close();
  }

  private SearchDocument write(SearchLanguage language, String title, String text) {
    SearchDocument document = new SearchDocument(SearchKind.KNOWLEDGE_ITEM, "item-" + ++next, Optional.empty(),
        CommunityId.random(), language, Audience.COMMUNITY, true, MemberId.of("laia"), title, text, Set.of(),
        Instant.parse("2026-03-02T08:00:00Z").plusSeconds(next));
    index.put(List.of(document));
    index.commit(next);
    return document;
  }

  private List<String> found(String words) {
    return index.query(new IndexQuery(words, SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
        Optional.empty(), 0, 10, 0)).hits().stream().map(IndexHit::id).toList();
  }

  @Test
  void catalanSplitsElisionsStemsAndFoldsTheMiddleDotAndAccents() {
    SearchDocument catalan = write(SearchLanguage.CATALAN, "L'advocada i les víctimes",
        "Les entrevistes amb l'Il·lustre Col·legi d'Advocats");

    for (String words : List.of("advocada", "víctima", "victima", "entrevista", "il·lustre collegi", "illustre col·legis",
        "advocats", "coŀlegi")) {
      assertThat(found(words)).as(words).containsExactly(catalan.id());
    }
    assertThat(index.terms("d'Advocats", SearchLanguage.CATALAN)).as("the elision is split off")
        .containsExactlyElementsOf(index.terms("advocats", SearchLanguage.CATALAN));
  }

  @Test
  void spanishAndEnglishStemAndDropTheirStopWords() {
    SearchDocument spanish = write(SearchLanguage.SPANISH, "Mediación penal", "Las víctimas y los menores infractores");
    SearchDocument english = write(SearchLanguage.ENGLISH, "Restorative meetings", "The offenders' families were meeting");

    assertThat(found("mediacion victima menor")).containsExactly(spanish.id());
    assertThat(found("las víctimas")).as("'las' is a Spanish stop word").containsExactly(spanish.id());
    assertThat(found("offender family meet")).containsExactly(english.id());
    assertThat(index.terms("the and of", SearchLanguage.ENGLISH)).isEmpty();
  }

  @Test
  void excerptsMarkEveryFormOfTheWordsAtTheirPlaceInTheOriginalText() {
    write(SearchLanguage.CATALAN, "Guia", "Abans de tot, el Col·legi revisa les resolucions del col·legi professional.");

    IndexHit hit = index.query(new IndexQuery("collegi resolució", SearchAccess.all(), Set.of(), Set.of(), Set.of(),
        Set.of(), Optional.empty(), Optional.empty(), 0, 10, 0)).hits().get(0);

    assertThat(hit.excerpt().marks()).extracting(m -> hit.excerpt().text().substring(m.start(), m.end()))
        .containsExactly("Col·legi", "resolucions", "col·legi");
  }
}
