package org.copkit.tck.search;

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
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking features of an index that ranks for relevance (the in-memory and Lucene indexes; the
 * PostgreSQL one requires every word and is not held to it): a long query finds the documents
 * holding {@link IndexQuery#wordsRequired} of its words, those holding more first, and never those
 * holding fewer; hidden documents stay out of hits and totals whatever the query's length; a word
 * in the title counts more than in the text, a rare word more than a common one, a word in a short
 * text more than in a long one; English plurals meet their singular.
 *
 * <p>Extend it and return a new, empty index from {@link #newIndex()}; it is closed after each test.
 */
@ExtendWith(ReadableFailures.class)
public abstract class SearchRankingContract {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final CommunityId MINE = CommunityId.of("00000000-0000-4000-8000-00000000000a");
  private static final CommunityId SECRET = CommunityId.of("00000000-0000-4000-8000-00000000000e");
  private static final MemberId AUTHOR = MemberId.of("author");

  private SearchIndex index;
  private int next;

  /** For subclasses. */
  protected SearchRankingContract() {}

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

  private SearchDocument doc(String title, String text, Set<String> tags, int minutes) {
    return doc(MINE, title, text, tags, minutes);
  }

  private SearchDocument doc(CommunityId community, String title, String text, Set<String> tags, int minutes) {
    String id = String.format("00000000-0000-4000-8000-%012d", ++next);
    return new SearchDocument(SearchKind.THREAD, id, Optional.of(ThreadId.of(id)), community, SearchLanguage.ENGLISH,
        Audience.COMMUNITY, true, AUTHOR, title, text, tags, T0.plusSeconds(60L * minutes));
  }

  private void write(SearchDocument... documents) {
    index.put(List.of(documents));
    index.commit(5);
  }

  private IndexResult search(String text, SearchAccess access) {
    return index.query(new IndexQuery(text, access, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(),
        Optional.empty(), 0, 50, 10));
  }

  private static List<String> ids(IndexResult result) {
    return result.hits().stream().map(IndexHit::id).toList();
  }

  @Test
  void aLongQueryFindsTheDocumentsHoldingEnoughOfItsWordsMostFirst() {
    SearchDocument most = doc("Mediation committee agenda", "The schedule of the review", Set.of(), 1);
    SearchDocument two = doc("Committee", "An agenda", Set.of(), 2);
    SearchDocument one = doc("Committee", "Nothing else", Set.of(), 3);
    write(most, two, one);
    String query = "mediation committee agenda schedule review budget zeppelin";

    IndexResult result = search(query, SearchAccess.all());

    assertThat(IndexQuery.wordsRequired(7)).isEqualTo(3);
    assertThat(ids(result)).as("7 words: documents holding at least 3").containsExactly(most.id());
    assertThat(result.total()).isEqualTo(1);
    assertThat(ids(search("mediation committee agenda zeppelin airship", SearchAccess.all())))
        .as("5 words: documents holding at least 2, most words first").containsExactly(most.id(), two.id());
  }

  @Test
  void aLongQueryStillCountsOnlyWhatTheReaderMaySee() {
    SearchDocument visible = doc("Mediation committee agenda", "schedule", Set.of(), 1);
    SearchDocument hidden = doc(SECRET, "Mediation committee agenda", "schedule review", Set.of(), 2);
    write(visible, hidden);
    SearchAccess reader = new SearchAccess(false, Optional.of(MemberId.of("reader")), Set.of(MINE), Set.of(), Set.of());

    IndexResult result = search("mediation committee agenda schedule review budget", reader);

    assertThat(ids(result)).containsExactly(visible.id());
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().values()).allSatisfy(counts -> assertThat(counts)
        .allSatisfy(count -> assertThat(count.count()).isEqualTo(1)));
  }

  @Test
  void aWordInTheTitleCountsMoreThanInTheText() {
    SearchDocument inText = doc("Notes of the meeting", "Mediation was discussed at length", Set.of(), 2);
    SearchDocument inTitle = doc("Mediation was discussed", "Notes of the meeting at length", Set.of(), 1);
    write(inText, inTitle);

    assertThat(ids(search("mediation", SearchAccess.all()))).containsExactly(inTitle.id(), inText.id());
  }

  @Test
  void aRareWordCountsMoreThanACommonOne() {
    SearchDocument rare = doc("Meeting notes", "Mediation budget", Set.of(), 1);
    SearchDocument common = doc("Meeting notes", "Mediation agenda", Set.of(), 2);
    write(rare, common, doc("Weekly", "The agenda", Set.of(), 3), doc("Monthly", "Another agenda", Set.of(), 4),
        doc("Yearly", "One more agenda", Set.of(), 5));

    assertThat(ids(search("mediation budget agenda", SearchAccess.all())))
        .as("both hold two of the words; the budget is in one document, the agenda in four")
        .containsExactly(rare.id(), common.id());
  }

  @Test
  void aWordInAShortTextCountsMoreThanInALongOne() {
    SearchDocument shortText = doc("Notes", "Mediation today", Set.of(), 1);
    SearchDocument longText = doc("Notes", "Mediation today, and then the long list of the other matters that the"
        + " members of the working group raised during the meeting, one after the other, until the evening", Set.of(), 2);
    write(shortText, longText);

    assertThat(ids(search("mediation", SearchAccess.all()))).containsExactly(shortText.id(), longText.id());
  }

  @Test
  void englishPluralsMeetTheirSingular() {
    SearchDocument plural = doc("Moderation policies", "What the moderators decided", Set.of(), 1);
    SearchDocument singular = doc("A policy", "For one moderator", Set.of(), 2);
    write(plural, singular);

    assertThat(ids(search("policy", SearchAccess.all()))).containsExactlyInAnyOrder(plural.id(), singular.id());
    assertThat(ids(search("moderator policies", SearchAccess.all()))).containsExactlyInAnyOrder(plural.id(), singular.id());
  }

  @Test
  void aDocumentIsFoundByItsTagsAlone() {
    SearchDocument tagged = doc("Weekly notes", "What was said", Set.of("mediation", "feature-request"), 1);
    SearchDocument other = doc("Weekly notes", "What was said", Set.of(), 2);
    write(tagged, other);

    assertThat(ids(search("mediation", SearchAccess.all()))).containsExactly(tagged.id());
    assertThat(ids(search("feature request", SearchAccess.all()))).as("a tag's words").containsExactly(tagged.id());
    assertThat(ids(search("weekly mediation", SearchAccess.all()))).as("one word in the title, one in the tags")
        .containsExactly(tagged.id());
  }

  @Test
  void aWordAmongTheTagsRanksTheDocumentHigher() {
    SearchDocument untagged = doc("Notes of the meeting", "Mediation was discussed", Set.of(), 2);
    SearchDocument tagged = doc("Notes of the meeting", "Mediation was discussed", Set.of("mediation"), 1);
    write(untagged, tagged);

    assertThat(ids(search("mediation", SearchAccess.all()))).containsExactly(tagged.id(), untagged.id());
  }
}
