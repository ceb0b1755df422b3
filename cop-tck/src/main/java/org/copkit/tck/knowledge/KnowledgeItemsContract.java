package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
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
 * ties by ID, only for the audiences asked; a unit of work that fails keeps nothing.
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
