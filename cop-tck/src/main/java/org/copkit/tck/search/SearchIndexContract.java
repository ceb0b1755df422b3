package org.copkit.tck.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
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
import org.copkit.api.shared.MemberId;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of a {@link SearchIndex}: every word of the query must occur (in the title or the
 * text), whatever its case and accents and with or without the Catalan middle dot; the access is
 * applied inside the query, so nothing it forbids is returned or counted in totals and facets;
 * filters, facets, pages and order as {@link IndexQuery} and {@link IndexResult} describe them;
 * excerpts mark the matched words; documents are replaced by key, removed and cleared; the
 * checkpoint is what was last committed.
 *
 * <p>Extend it and return a new, empty index from {@link #newIndex()}; it is closed after each test.
 */
@ExtendWith(ReadableFailures.class)
public abstract class SearchIndexContract {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final MemberId READER = MemberId.of("reader");
  private static final MemberId OTHER = MemberId.of("other");
  private static final CommunityId MINE = CommunityId.of("00000000-0000-4000-8000-00000000000a");
  private static final CommunityId CORE = CommunityId.of("00000000-0000-4000-8000-00000000000b");
  private static final CommunityId MODERATED = CommunityId.of("00000000-0000-4000-8000-00000000000c");
  private static final CommunityId FOREIGN = CommunityId.of("00000000-0000-4000-8000-00000000000d");

  private SearchIndex index;
  private int next;

  /** For subclasses. */
  protected SearchIndexContract() {}

  /** @return a new, empty index */
  protected abstract SearchIndex newIndex();

  @BeforeEach
  final void open() {
    index = newIndex();
  }

  @AfterEach
  final void close() {
    index.close();
  }

  /** A published COMMUNITY-audience thread in MINE by OTHER, English, created {@code minutes} after T0. */
  private SearchDocument doc(String title, String text, int minutes) {
    return doc(SearchKind.THREAD, MINE, Audience.COMMUNITY, true, OTHER, title, text, Set.of("general"), minutes);
  }

  private SearchDocument doc(SearchKind kind, CommunityId community, Audience audience, boolean published, MemberId author,
      String title, String text, Set<String> tags, int minutes) {
    String id = String.format("00000000-0000-4000-8000-%012d", ++next);
    return new SearchDocument(kind, id, kind == SearchKind.KNOWLEDGE_ITEM ? Optional.empty() : Optional.of(ThreadId.of(id)),
        community, SearchLanguage.ENGLISH, audience, published, author, title, text, tags, T0.plusSeconds(60L * minutes));
  }

  private void write(SearchDocument... documents) {
    index.put(List.of(documents));
    index.commit(7);
  }

  private static IndexQuery query(String text, SearchAccess access) {
    return new IndexQuery(text, access, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), 0, 50, 20);
  }

  private IndexResult search(String text) {
    return index.query(query(text, SearchAccess.all()));
  }

  private static List<String> ids(IndexResult result) {
    return result.hits().stream().map(IndexHit::id).toList();
  }

  @Test
  void findsOnlyDocumentsHoldingEveryWordInTheirTitleOrText() {
    SearchDocument both = doc("Victim offender mediation", "A first meeting with the family", 1);
    SearchDocument split = doc("Mediation", "Offenders and their victims meet", 2);
    SearchDocument one = doc("Mediation in schools", "Peer support", 3);
    write(both, split, one);

    IndexResult result = search("mediation family");

    assertThat(ids(result)).containsExactly(both.id());
    assertThat(result.total()).isEqualTo(1);
    assertThat(ids(search("MEDIATION"))).containsExactlyInAnyOrder(both.id(), split.id(), one.id());
    assertThat(search("mediation zeppelin").total()).isZero();
  }

  @Test
  void matchesWhateverTheCaseTheAccentsAndTheCatalanMiddleDot() {
    SearchDocument catalan = doc("Recurs apel·lació", "El Col·legi revisa la resolució", 1);
    write(catalan, doc("Unrelated", "Nothing here", 2));

    for (String words : List.of("apel·lacio", "apellacio", "APEL·LACIÓ", "col·legi resolucio", "collegi RESOLUCIÓ")) {
      assertThat(ids(search(words))).as(words).containsExactly(catalan.id());
    }
  }

  @Test
  void appliesTheAccessInsideHitsTotalsAndFacets() {
    List<SearchDocument> all = new ArrayList<>();
    for (CommunityId community : List.of(MINE, CORE, MODERATED, FOREIGN)) {
      for (Audience audience : Audience.values()) {
        for (boolean published : new boolean[] {true, false}) {
          for (MemberId author : List.of(READER, OTHER)) {
            String tag = community.equals(FOREIGN) ? "foreign" : "shared";
            all.add(doc(SearchKind.POST, community, audience, published, author, "Protocol",
                "Protocol for " + audience + " " + published, Set.of(tag, audience.name().toLowerCase()), all.size()));
          }
        }
      }
    }
    index.put(all);
    index.commit(1);
    SearchAccess access = new SearchAccess(false, Optional.of(READER), Set.of(MINE, CORE, MODERATED), Set.of(CORE),
        Set.of(MODERATED));
    List<SearchDocument> permitted = all.stream().filter(access::permits).toList();

    IndexResult result = index.query(query("protocol", access));

    assertThat(permitted).hasSizeBetween(1, all.size() - 1);
    assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(permitted.stream().map(SearchDocument::id).toList());
    assertThat(result.total()).isEqualTo(permitted.size());
    assertThat(result.facets().get(SearchFacet.COMMUNITY)).containsExactlyInAnyOrderElementsOf(
        counts(permitted.stream().map(d -> d.community().toString()).toList()));
    assertThat(result.facets().get(SearchFacet.AUTHOR)).containsExactlyInAnyOrderElementsOf(
        counts(permitted.stream().map(d -> d.author().value()).toList()));
    assertThat(result.facets().get(SearchFacet.TAG)).containsExactlyInAnyOrderElementsOf(
        counts(permitted.stream().flatMap(d -> d.tags().stream()).toList()));
    assertThat(result.facets().get(SearchFacet.TAG)).extracting(FacetCount::value).doesNotContain("foreign");
    assertThat(index.query(query("protocol", new SearchAccess(false, Optional.empty(), Set.of(), Set.of(), Set.of()))).total())
        .as("a reader who may read nothing").isZero();
    assertThat(index.query(query("", access)).total()).as("without words").isEqualTo(permitted.size());
  }

  @Test
  void showsAPublishedOutputWhereverItWasDiffusedAndNowhereElse() {
    CommunityId elsewhere = CommunityId.of("00000000-0000-4000-8000-00000000000e");
    SearchDocument toMine = diffused(Set.of(MINE), false, true, "Guide diffused to mine");
    SearchDocument toPlatform = diffused(Set.of(), true, true, "Guide diffused to the platform");
    SearchDocument toElsewhere = diffused(Set.of(elsewhere), false, true, "Guide diffused elsewhere");
    SearchDocument unpublished = diffused(Set.of(MINE), true, false, "Guide withdrawn");
    SearchDocument own = doc(SearchKind.KNOWLEDGE_ITEM, FOREIGN, Audience.COMMUNITY, true, OTHER, "Guide kept home",
        "A guide", Set.of("guide"), 5);
    write(toMine, toPlatform, toElsewhere, unpublished, own);
    SearchAccess member = new SearchAccess(false, Optional.of(READER), Set.of(MINE), Set.of(), Set.of());
    SearchAccess nobody = new SearchAccess(false, Optional.of(READER), Set.of(), Set.of(), Set.of());

    IndexResult found = index.query(query("guide", member));

    assertThat(ids(found)).containsExactlyInAnyOrder(toMine.id(), toPlatform.id());
    assertThat(found.total()).isEqualTo(2);
    assertThat(found.facets().get(SearchFacet.COMMUNITY)).as("counted in their own community")
        .containsExactly(new FacetCount(FOREIGN.toString(), 2));
    assertThat(ids(index.query(query("guide", nobody)))).as("a member of no community").containsExactly(toPlatform.id());
    assertThat(index.query(query("", nobody)).total()).as("without words").isEqualTo(1);
    assertThat(List.of(toMine, toPlatform, toElsewhere, unpublished, own)).filteredOn(member::permits)
        .containsExactlyInAnyOrder(toMine, toPlatform);
    assertThat(index.query(query("guide", SearchAccess.all())).total()).isEqualTo(5);
  }

  /** An output of FOREIGN by OTHER, diffused as said. */
  private SearchDocument diffused(Set<CommunityId> to, boolean platform, boolean published, String title) {
    String id = String.format("00000000-0000-4000-8000-%012d", ++next);
    return new SearchDocument(SearchKind.KNOWLEDGE_ITEM, id, Optional.empty(), FOREIGN, SearchLanguage.ENGLISH,
        Audience.COMMUNITY, to, platform, published, OTHER, title, "An output of the working group", Set.of("guide"),
        T0.plusSeconds(60L * next));
  }

  private static List<FacetCount> counts(List<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }

  @Test
  void filtersByCommunityKindTagAuthorAndTime() {
    SearchDocument early = doc(SearchKind.THREAD, MINE, Audience.COMMUNITY, true, OTHER, "Guide", "guide", Set.of("a"), 1);
    SearchDocument reply = doc(SearchKind.POST, MINE, Audience.COMMUNITY, true, READER, "Guide", "guide", Set.of("b"), 10);
    SearchDocument item = doc(SearchKind.KNOWLEDGE_ITEM, CORE, Audience.COMMUNITY, true, OTHER, "Guide", "guide",
        Set.of("a", "c"), 20);
    write(early, reply, item);
    IndexQuery base = query("guide", SearchAccess.all());

    assertThat(ids(index.query(with(base, Set.of(CORE), Set.of(), Set.of(), Set.of(), null, null))))
        .containsExactly(item.id());
    assertThat(ids(index.query(with(base, Set.of(), Set.of(SearchKind.POST, SearchKind.THREAD), Set.of(), Set.of(), null,
        null)))).containsExactlyInAnyOrder(early.id(), reply.id());
    assertThat(ids(index.query(with(base, Set.of(), Set.of(), Set.of("a"), Set.of(), null, null))))
        .containsExactlyInAnyOrder(early.id(), item.id());
    assertThat(ids(index.query(with(base, Set.of(), Set.of(), Set.of(), Set.of(READER), null, null))))
        .containsExactly(reply.id());
    assertThat(ids(index.query(with(base, Set.of(), Set.of(), Set.of(), Set.of(), reply.createdAt(), item.createdAt()))))
        .as("from is inclusive, until exclusive").containsExactly(reply.id());
  }

  private static IndexQuery with(IndexQuery q, Set<CommunityId> communities, Set<SearchKind> kinds, Set<String> tags,
      Set<MemberId> authors, Instant from, Instant until) {
    return new IndexQuery(q.text(), q.access(), communities, kinds, tags, authors, Optional.ofNullable(from),
        Optional.ofNullable(until), q.offset(), q.size(), q.facetValues());
  }

  @Test
  void countsFacetsOverAllHitsMostFirstTiesByValueUpToTheLimit() {
    write(doc(SearchKind.POST, MINE, Audience.COMMUNITY, true, OTHER, "Audit", "audit", Set.of("x", "y"), 1),
        doc(SearchKind.POST, MINE, Audience.COMMUNITY, true, OTHER, "Audit", "audit", Set.of("y"), 2),
        doc(SearchKind.THREAD, CORE, Audience.COMMUNITY, true, READER, "Audit", "audit", Set.of("z", "y"), 3));

    IndexResult result = index.query(new IndexQuery("audit", SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(),
        Optional.empty(), Optional.empty(), 0, 1, 2));

    assertThat(result.hits()).hasSize(1);
    assertThat(result.facets().get(SearchFacet.TAG)).containsExactly(new FacetCount("y", 3), new FacetCount("x", 1));
    assertThat(result.facets().get(SearchFacet.KIND)).containsExactly(new FacetCount("POST", 2), new FacetCount("THREAD", 1));
    assertThat(result.facets().get(SearchFacet.COMMUNITY))
        .containsExactly(new FacetCount(MINE.toString(), 2), new FacetCount(CORE.toString(), 1));
  }

  @Test
  void pagesThroughHitsInOneStableOrderAndListsNewestFirstWithoutWords() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      docs.add(doc("Minutes", "minutes of meeting " + i, i));
    }
    docs.add(doc("Minutes of the minutes", "minutes minutes minutes of meeting", 8));
    index.put(docs);
    index.commit(3);

    List<String> whole = ids(search("minutes meeting"));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 8; offset += 3) {
      paged.addAll(ids(index.query(new IndexQuery("minutes meeting", SearchAccess.all(), Set.of(), Set.of(), Set.of(),
          Set.of(), Optional.empty(), Optional.empty(), offset, 3, 0))));
    }

    assertThat(paged).containsExactlyElementsOf(whole).hasSize(8);
    assertThat(whole.get(0)).as("the words in the title and often in the text rank first").isEqualTo(docs.get(7).id());
    assertThat(ids(search(""))).as("newest first").containsExactlyElementsOf(
        docs.stream().sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).map(SearchDocument::id).toList());
    assertThat(search("").hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
  }

  @Test
  void excerptsMarkTheMatchedWordsInThePassage() {
    String text = "Before the hearing, the mediator meets each party. Mediation works when both parties agree.";
    SearchDocument document = doc("Hearing", text, 1);
    write(document);

    Excerpt excerpt = search("mediation parties").hits().get(0).excerpt();

    assertThat(text).contains(excerpt.text());
    assertThat(excerpt.marks()).isNotEmpty();
    List<String> marked = excerpt.marks().stream().map(m -> excerpt.text().substring(m.start(), m.end())).toList();
    assertThat(marked).contains("Mediation");
    assertThat(marked).as("only forms of the words asked for")
        .allSatisfy(word -> assertThat(word.toLowerCase()).matches("mediat.*|part.*"));
  }

  @Test
  void replacesByKeyRemovesClearsAndRemembersTheCommittedCheckpoint() {
    assertThat(index.checkpoint()).isZero();
    SearchDocument first = doc("Draft", "obsolete wording", 1);
    write(first);
    assertThat(index.checkpoint()).isEqualTo(7);
    SearchDocument replaced = new SearchDocument(first.kind(), first.id(), first.thread(), first.community(), first.language(),
        first.audience(), first.published(), first.author(), "Final", "approved wording", first.tags(), first.createdAt());
    index.put(List.of(replaced));
    index.commit(9);

    assertThat(search("obsolete").total()).isZero();
    assertThat(ids(search("approved"))).containsExactly(first.id());
    assertThat(search("wording").total()).as("one document per key").isEqualTo(1);
    assertThat(index.checkpoint()).isEqualTo(9);

    index.remove(List.of(replaced.key(), "THREAD:not-there"));
    index.commit(10);
    assertThat(search("approved").total()).isZero();

    write(doc("Again", "again", 2));
    index.clear();
    index.commit(0);
    assertThat(search("").total()).isZero();
    assertThat(index.checkpoint()).isZero();
  }
}
