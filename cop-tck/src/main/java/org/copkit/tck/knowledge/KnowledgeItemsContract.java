package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.Curation;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.KnowledgeSource;
import org.copkit.api.knowledge.Provenance;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.knowledge.port.KnowledgeItems;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link KnowledgeItems}: an item comes back with every field of its latest
 * revision; an ID is taken once; each revision is kept as written and read back by number, newest
 * first in lists; a revision that does not follow the stored latest is a stale version, also when
 * several transactions revise at once (exactly one wins); a community's items list newest first,
 * ties by ID, only for the audiences asked, and filtered by section, by a tag or a competence of the
 * latest revision (matched as exact text, whatever characters a tag holds); curation (section,
 * owner, review-by day) and provenance (source thread and posts, co-authors in order) come back as
 * stored, and curating makes no revision; a unit of work that fails keeps nothing.
 */
public abstract class KnowledgeItemsContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private KnowledgeItems items;

  /** For subclasses. */
  protected KnowledgeItemsContract() {}

  @BeforeEach
  final void openPorts() {
    items = eachCallInATransaction(KnowledgeItems.class, storage -> storage.knowledgeItems());
  }

  /**
   * @param community its community
   * @param audience its audience
   * @param at when it was created
   * @return a new item at revision 1 with every field set
   */
  public static KnowledgeItem anItem(CommunityId community, Audience audience, Instant at) {
    KnowledgeItemId id = KnowledgeItemId.random();
    KnowledgeContent content = new KnowledgeContent("Mediació: primer contacte", "Pas **1**: escoltar.\n\nL·lusió",
        "https://example.org/guia.pdf", Set.of("mediació", "guia"), Set.of("1.1", "digcomp:2.3"));
    KnowledgeRevision first = new KnowledgeRevision(id, 1, content, "<p>Pas <strong>1</strong>: escoltar.</p>",
        MemberId.of("Núria"), at, "first", 0);
    return new KnowledgeItem(id, community, KnowledgeKind.OUTPUT, audience, MemberId.of("Núria"), at, first);
  }

  private static KnowledgeItem next(KnowledgeItem item, String title, Instant at, int restoredFrom) {
    KnowledgeContent content = new KnowledgeContent(title, "x".repeat(KnowledgeContent.MAX_BODY), "", Set.of(), Set.of());
    return item.revised(new KnowledgeRevision(item.id(), item.revision() + 1, content, "<p>" + title + "</p>",
        MemberId.of("nuria"), at, "n".repeat(KnowledgeRevision.MAX_NOTE), restoredFrom));
  }

  @Test
  void findsAnItemWithEveryFieldAsAdded() {
    KnowledgeItem item = anItem(community, Audience.CORE, secondsAfterT0(1));

    items.add(item);

    assertThat(items.find(item.id())).contains(item);
    assertThat(items.revision(item.id(), 1)).contains(item.current());
    assertThat(items.find(KnowledgeItemId.random())).isEmpty();
  }

  @Test
  void takesAnIdOnce() {
    KnowledgeItem item = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(item);

    assertConflict(ConflictException.Kind.DUPLICATE, () -> items.add(item));
  }

  @Test
  void keepsEveryRevisionAsWrittenNewestFirst() {
    KnowledgeItem first = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(first);
    KnowledgeItem second = next(first, "Second", secondsAfterT0(2), 0);
    items.revise(second);
    KnowledgeItem third = next(second, "Third", secondsAfterT0(3), 1);
    items.revise(third);

    assertThat(items.find(first.id())).contains(third);
    assertThat(items.revision(first.id(), 1)).contains(first.current());
    assertThat(items.revision(first.id(), 2)).contains(second.current());
    assertThat(items.revision(first.id(), 4)).isEmpty();
    assertThat(items.revisions(first.id(), PageRequest.first(10)).items())
        .containsExactly(third.current(), second.current(), first.current());
    var page = items.revisions(first.id(), new PageRequest(1, 2));
    assertThat(page.items()).containsExactly(first.current());
    assertThat(page.total()).isEqualTo(3);
    assertThat(items.revisions(KnowledgeItemId.random(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void refusesARevisionThatDoesNotFollowTheLatest() {
    KnowledgeItem first = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(first);
    KnowledgeItem second = next(first, "Second", secondsAfterT0(2), 0);
    items.revise(second);

    assertConflict(ConflictException.Kind.STALE_VERSION, () -> items.revise(next(first, "Lost", secondsAfterT0(3), 0)));
    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> items.revise(next(next(second, "Skip", secondsAfterT0(3), 0), "Skipped", secondsAfterT0(4), 0)));
    assertThatThrownBy(() -> items.revise(next(anItem(community, Audience.CORE, secondsAfterT0(1)), "None", secondsAfterT0(2), 0)))
        .isInstanceOf(NotFoundException.class);

    assertThat(items.find(first.id())).contains(second);
    assertThat(items.revisions(first.id(), PageRequest.first(10)).total()).isEqualTo(2);
  }

  @Test
  void listsACommunitysItemsNewestFirstTiesByIdForTheAudiencesAsked() {
    KnowledgeItem old = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    KnowledgeItem tieA = anItem(community, Audience.COMMUNITY, secondsAfterT0(5));
    KnowledgeItem tieB = anItem(community, Audience.COMMUNITY, secondsAfterT0(5));
    KnowledgeItem core = anItem(community, Audience.CORE, secondsAfterT0(7));
    items.add(old);
    items.add(tieA);
    items.add(tieB);
    items.add(core);
    items.add(anItem(CommunityId.random(), Audience.COMMUNITY, secondsAfterT0(9)));
    KnowledgeItem revisedOld = next(old, "Old, revised", secondsAfterT0(20), 0);
    items.revise(revisedOld);
    List<KnowledgeItem> ties = tieA.id().toString().compareTo(tieB.id().toString()) < 0 ? List.of(tieA, tieB) : List.of(tieB, tieA);

    assertThat(items.inCommunity(community, Set.of(Audience.COMMUNITY), PageRequest.first(10)).items())
        .containsExactly(ties.get(0), ties.get(1), revisedOld);
    assertThat(items.inCommunity(community, Set.of(Audience.COMMUNITY, Audience.CORE), PageRequest.first(10)).items())
        .containsExactly(core, ties.get(0), ties.get(1), revisedOld);
    var second = items.inCommunity(community, Set.of(Audience.COMMUNITY, Audience.CORE), new PageRequest(1, 3));
    assertThat(second.items()).containsExactly(revisedOld);
    assertThat(second.total()).isEqualTo(4);
    assertThat(items.inCommunity(CommunityId.random(), Set.of(Audience.COMMUNITY), PageRequest.first(10)).items()).isEmpty();
  }

  private static KnowledgeItem tagged(KnowledgeItem item, Instant at, Set<String> tags, Set<String> competences) {
    KnowledgeContent content = new KnowledgeContent("Tagged", "body", "", tags, competences);
    return item.revised(new KnowledgeRevision(item.id(), item.revision() + 1, content, "<p>body</p>", MemberId.of("nuria"),
        at, "tags", 0));
  }

  @Test
  void keepsCurationAndProvenanceAsAdded() {
    KnowledgeItem plain = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    KnowledgeSource source = new KnowledgeSource(ThreadId.random(), List.of(PostId.random(), PostId.random(), PostId.random()));
    KnowledgeItem promoted = new KnowledgeItem(plain.id(), community, KnowledgeKind.PILL, Audience.CORE, MemberId.of("Núria"),
        plain.createdAt(), plain.current(),
        new Curation(Optional.of(SectionId.random()), MemberId.of("laia"), LocalDate.of(2027, 2, 28)),
        new Provenance(Optional.of(source), List.of(MemberId.of("zoe"), MemberId.of("Àngel"), MemberId.of("anna"))));

    items.add(promoted);

    assertThat(items.find(promoted.id())).contains(promoted);
    assertThat(plain.curation()).isEqualTo(new Curation(Optional.empty(), MemberId.of("Núria"),
        LocalDate.ofInstant(plain.createdAt(), ZoneOffset.UTC).plusYears(1)));
    assertThat(plain.provenance()).isEqualTo(Provenance.NONE);
  }

  @Test
  void curatesAtTheLatestRevisionOnlyWithoutANewRevision() {
    KnowledgeItem first = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(first);
    SectionId section = SectionId.random();
    KnowledgeItem curated = first.curated(first.curation().placedIn(Optional.of(section))
        .keptBy(MemberId.of("laia"), LocalDate.of(2026, 12, 31)));

    items.curate(curated);

    assertThat(items.find(first.id())).contains(curated);
    assertThat(items.revisions(first.id(), PageRequest.first(10)).total()).isEqualTo(1);
    KnowledgeItem second = next(curated, "Second", secondsAfterT0(2), 0);
    items.revise(second);
    assertThat(items.find(first.id()).orElseThrow().curation()).isEqualTo(curated.curation());
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> items.curate(first));
    assertThatThrownBy(() -> items.curate(anItem(community, Audience.CORE, secondsAfterT0(3))))
        .isInstanceOf(NotFoundException.class);
    KnowledgeItem out = second.curated(second.curation().placedIn(Optional.empty()));
    items.curate(out);
    assertThat(items.find(first.id())).contains(out);
  }

  @Test
  void filtersBySectionAndByTheTagsAndCompetencesOfTheLatestRevision() {
    SectionId guides = SectionId.random();
    KnowledgeItem a = tagged(anItem(community, Audience.COMMUNITY, secondsAfterT0(1)), secondsAfterT0(11),
        Set.of("mediació", "50%_off"), Set.of("digcomp@2.2#1.1"));
    KnowledgeItem b = tagged(anItem(community, Audience.COMMUNITY, secondsAfterT0(2)), secondsAfterT0(12),
        Set.of("mediació-penal", "50!x"), Set.of("digcomp@2.2#1.10"));
    KnowledgeItem c = tagged(anItem(community, Audience.CORE, secondsAfterT0(3)), secondsAfterT0(13), Set.of("guia"), Set.of());
    for (KnowledgeItem item : List.of(a, b, c)) {
      items.add(anItemLike(item));
      items.revise(item);
    }
    KnowledgeItem placedA = a.curated(a.curation().placedIn(Optional.of(guides)));
    items.curate(placedA);
    KnowledgeItem placedC = c.curated(c.curation().placedIn(Optional.of(guides)));
    items.curate(placedC);
    KnowledgeItem elsewhere = anItem(CommunityId.random(), Audience.COMMUNITY, secondsAfterT0(4));
    items.add(elsewhere);
    items.curate(elsewhere.curated(elsewhere.curation().placedIn(Optional.of(guides))));
    Set<Audience> both = Set.of(Audience.COMMUNITY, Audience.CORE);

    assertThat(list(both, KnowledgeFilter.all().inSection(guides))).containsExactly(placedC, placedA);
    assertThat(list(Set.of(Audience.COMMUNITY), KnowledgeFilter.all().inSection(guides))).containsExactly(placedA);
    assertThat(list(both, KnowledgeFilter.all().tagged("Mediació"))).containsExactly(placedA);
    assertThat(list(both, KnowledgeFilter.all().tagged("mediació-penal"))).containsExactly(b);
    assertThat(list(both, KnowledgeFilter.all().tagged("50%_off"))).containsExactly(placedA);
    assertThat(list(both, KnowledgeFilter.all().tagged("50!x"))).containsExactly(b);
    assertThat(list(both, KnowledgeFilter.all().tagged("50%"))).isEmpty();
    assertThat(list(both, KnowledgeFilter.all().tagged("guia"))).containsExactly(placedC);
    assertThat(list(both, KnowledgeFilter.all().withCompetence("digcomp@2.2#1.1"))).containsExactly(placedA);
    assertThat(list(both, KnowledgeFilter.all().withCompetence("digcomp@2.2#1.10"))).containsExactly(b);
    assertThat(list(both, KnowledgeFilter.all().inSection(guides).tagged("guia"))).containsExactly(placedC);
    assertThat(list(both, KnowledgeFilter.all().inSection(guides).tagged("mediació-penal"))).isEmpty();
    assertThat(list(both, KnowledgeFilter.all().inSection(SectionId.random()))).isEmpty();
    var page = items.inCommunity(community, both, KnowledgeFilter.all().inSection(guides), new PageRequest(1, 1));
    assertThat(page.items()).containsExactly(placedA);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void listsOverdueItemsEarliestFirstForTheAudiencesAndOwnerAsked() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    KnowledgeItem a = due(anItem(community, Audience.COMMUNITY, secondsAfterT0(1)), "laia", day.minusDays(1));
    KnowledgeItem b = due(anItem(community, Audience.COMMUNITY, secondsAfterT0(2)), "marta", day.minusDays(30));
    KnowledgeItem c = due(anItem(community, Audience.CORE, secondsAfterT0(3)), "laia", day.minusDays(30));
    KnowledgeItem today = due(anItem(community, Audience.COMMUNITY, secondsAfterT0(4)), "laia", day);
    KnowledgeItem elsewhere = due(anItem(CommunityId.random(), Audience.COMMUNITY, secondsAfterT0(5)), "laia", day.minusDays(9));
    List<KnowledgeItem> tie = b.id().toString().compareTo(c.id().toString()) < 0 ? List.of(b, c) : List.of(c, b);
    Set<Audience> both = Set.of(Audience.COMMUNITY, Audience.CORE);

    assertThat(items.overdue(community, both, Optional.empty(), day, PageRequest.first(10)).items())
        .containsExactly(tie.get(0), tie.get(1), a);
    assertThat(items.overdue(community, Set.of(Audience.COMMUNITY), Optional.empty(), day, PageRequest.first(10)).items())
        .containsExactly(b, a);
    assertThat(items.overdue(community, both, Optional.of(MemberId.of("laia")), day, PageRequest.first(10)).items())
        .containsExactly(c, a);
    assertThat(items.overdue(community, both, Optional.of(MemberId.of("Laia")), day, PageRequest.first(10)).items()).isEmpty();
    assertThat(items.overdue(community, both, Optional.empty(), day.plusDays(1), PageRequest.first(10)).items())
        .contains(today).hasSize(4);
    var page = items.overdue(community, both, Optional.empty(), day, new PageRequest(1, 2));
    assertThat(page.items()).containsExactly(a);
    assertThat(page.total()).isEqualTo(3);
    assertThat(elsewhere.community()).isNotEqualTo(community);
  }

  private KnowledgeItem due(KnowledgeItem item, String owner, LocalDate reviewBy) {
    KnowledgeItem kept = item.curated(item.curation().keptBy(MemberId.of(owner), reviewBy));
    items.add(kept);
    return kept;
  }

  /** The first revision of an item that the test revises to {@code item}. */
  private static KnowledgeItem anItemLike(KnowledgeItem item) {
    KnowledgeItem fresh = anItem(item.community(), item.audience(), item.createdAt());
    KnowledgeRevision first = new KnowledgeRevision(item.id(), 1, fresh.current().content(), fresh.current().html(),
        fresh.current().author(), fresh.current().at(), fresh.current().note(), 0);
    return new KnowledgeItem(item.id(), item.community(), item.kind(), item.audience(), item.createdBy(), item.createdAt(),
        first, item.curation(), item.provenance());
  }

  private List<KnowledgeItem> list(Set<Audience> audiences, KnowledgeFilter filter) {
    return items.inCommunity(community, audiences, filter, PageRequest.first(10)).items();
  }

  @Test
  void keepsNothingOfAUnitOfWorkThatFails() {
    KnowledgeItem kept = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(kept);
    KnowledgeItem lost = anItem(community, Audience.COMMUNITY, secondsAfterT0(2));
    IllegalStateException failure = new IllegalStateException("the use case failed after writing");

    assertThatThrownBy(() -> inTransaction(() -> {
      store().knowledgeItems().add(lost);
      store().knowledgeItems().revise(next(kept, "Lost", secondsAfterT0(3), 0));
      throw failure;
    })).isSameAs(failure);

    assertThat(items.find(lost.id())).isEmpty();
    assertThat(items.find(kept.id())).contains(kept);
    assertThat(items.revisions(kept.id(), PageRequest.first(10)).items()).containsExactly(kept.current());
  }

  @Test
  void exactlyOneOfConcurrentRevisionsOfTheSameRevisionWins() throws InterruptedException {
    int threads = 8;
    KnowledgeItem first = anItem(community, Audience.COMMUNITY, secondsAfterT0(1));
    items.add(first);
    AtomicInteger won = new AtomicInteger();
    List<String> winners = Collections.synchronizedList(new ArrayList<>());

    Race.run(threads, thread -> {
      KnowledgeItem mine = next(first, "By " + thread, secondsAfterT0(10 + thread), 0);
      try {
        inTransaction(() -> store().knowledgeItems().revise(mine));
        won.incrementAndGet();
        winners.add(mine.current().content().title());
      } catch (ConflictException e) {
        assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
      }
    });

    assertThat(won).hasValue(1);
    assertThat(items.find(first.id()).orElseThrow().current().content().title()).isEqualTo(winners.get(0));
    assertThat(items.revisions(first.id(), PageRequest.first(10)).total()).isEqualTo(2);
  }
}
