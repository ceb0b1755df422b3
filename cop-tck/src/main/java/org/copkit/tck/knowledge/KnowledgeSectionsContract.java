package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.knowledge.port.KnowledgeSections;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link KnowledgeSections}: a section comes back as added; an ID is taken once;
 * an update at the stored version stores the change at the next version (also an unchanged
 * section), any other version is stale, also when several transactions update at once (exactly
 * one wins); a community's sections list by name (code-point order), ties by ID; a unit of work
 * that fails keeps nothing.
 */
public abstract class KnowledgeSectionsContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private KnowledgeSections sections;

  /** For subclasses. */
  protected KnowledgeSectionsContract() {}

  @BeforeEach
  final void openPorts() {
    sections = eachCallInATransaction(KnowledgeSections.class, storage -> storage.knowledgeSections());
  }

  /**
   * @param community its community
   * @param parent its parent, if any
   * @param name its name
   * @return a new section at version 0
   */
  public static Section aSection(CommunityId community, Optional<SectionId> parent, String name) {
    return new Section(SectionId.random(), community, parent, name, secondsAfterT0(1), 0);
  }

  @Test
  void findsASectionAsAddedAndTakesAnIdOnce() {
    Section top = aSection(community, Optional.empty(), "Protocols");
    Section child = aSection(community, Optional.of(top.id()), "Mediació · l·lus");
    sections.add(top);
    sections.add(child);

    assertThat(sections.find(top.id())).contains(top);
    assertThat(sections.find(child.id())).contains(child);
    assertThat(sections.find(SectionId.random())).isEmpty();
    assertConflict(ConflictException.Kind.DUPLICATE, () -> sections.add(top));
  }

  @Test
  void updatesAtTheStoredVersionOnly() {
    Section top = aSection(community, Optional.empty(), "Protocols");
    Section other = aSection(community, Optional.empty(), "Guides");
    sections.add(top);
    sections.add(other);

    Section renamed = sections.update(top.renamed("Protocols 2026"));
    Section moved = sections.update(renamed.movedUnder(Optional.of(other.id())));
    Section touched = sections.update(moved);

    assertThat(renamed.version()).isEqualTo(1);
    assertThat(moved).isEqualTo(new Section(top.id(), community, Optional.of(other.id()), "Protocols 2026", top.createdAt(), 2));
    assertThat(touched).isEqualTo(moved.withVersion(3));
    assertThat(sections.find(top.id())).contains(touched);
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> sections.update(moved.renamed("Lost")));
    assertConflict(ConflictException.Kind.STALE_VERSION, () -> sections.update(touched.withVersion(9)));
    assertThatThrownBy(() -> sections.update(aSection(community, Optional.empty(), "None")))
        .isInstanceOf(NotFoundException.class);
    assertThat(sections.find(top.id())).contains(touched);
  }

  @Test
  void listsACommunitysSectionsByNameTiesById() {
    Section b = aSection(community, Optional.empty(), "b");
    Section tie1 = aSection(community, Optional.empty(), "Same");
    Section tie2 = aSection(community, Optional.of(b.id()), "Same");
    Section upper = aSection(community, Optional.empty(), "Zeta");
    Section accented = aSection(community, Optional.empty(), "Àrea");
    for (Section section : List.of(b, tie1, tie2, upper, accented)) {
      sections.add(section);
    }
    sections.add(aSection(CommunityId.random(), Optional.empty(), "Elsewhere"));
    List<Section> ties = tie1.id().toString().compareTo(tie2.id().toString()) < 0 ? List.of(tie1, tie2) : List.of(tie2, tie1);

    assertThat(sections.inCommunity(community)).containsExactly(ties.get(0), ties.get(1), upper, b, accented);
    assertThat(sections.inCommunity(CommunityId.random())).isEmpty();
  }

  @Test
  void keepsNothingOfAUnitOfWorkThatFails() {
    Section kept = aSection(community, Optional.empty(), "Kept");
    sections.add(kept);
    Section lost = aSection(community, Optional.empty(), "Lost");
    IllegalStateException failure = new IllegalStateException("the use case failed after writing");

    assertThatThrownBy(() -> inTransaction(() -> {
      store().knowledgeSections().add(lost);
      store().knowledgeSections().update(kept.renamed("Renamed"));
      throw failure;
    })).isSameAs(failure);

    assertThat(sections.find(lost.id())).isEmpty();
    assertThat(sections.find(kept.id())).contains(kept);
  }

  @Test
  void exactlyOneOfConcurrentUpdatesAtOneVersionWins() throws InterruptedException {
    Section section = aSection(community, Optional.empty(), "Raced");
    sections.add(section);
    AtomicInteger won = new AtomicInteger();

    Race.run(8, thread -> {
      try {
        inTransaction(() -> store().knowledgeSections().update(section.renamed("By " + thread)));
        won.incrementAndGet();
      } catch (ConflictException e) {
        assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
      }
    });

    assertThat(won).hasValue(1);
    assertThat(sections.find(section.id()).orElseThrow().version()).isEqualTo(1);
  }
}
