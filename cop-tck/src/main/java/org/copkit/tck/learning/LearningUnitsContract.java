package org.copkit.tck.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.learning.LearningFixtures.aUnit;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.List;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.learning.port.LearningPaths;
import org.copkit.api.learning.port.LearningUnits;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LearningUnits} and {@link LearningPaths}: what is added comes back with
 * every field, a path's units in their order; an ID is taken once; a community's units list newest
 * first, ties by ID, and nothing of another community; a unit of work that fails keeps nothing.
 */
public abstract class LearningUnitsContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private LearningUnits units;
  private LearningPaths paths;

  /** For subclasses. */
  protected LearningUnitsContract() {}

  @BeforeEach
  final void openPorts() {
    units = eachCallInATransaction(LearningUnits.class, storage -> storage.learningUnits());
    paths = eachCallInATransaction(LearningPaths.class, storage -> storage.learningPaths());
  }

  @Nested
  class Units {

    @Test
    void findsAUnitWithEveryFieldAsAdded() {
      LearningUnit unit = aUnit(community, secondsAfterT0(1));
      LearningUnit text = new LearningUnit(LearningUnitId.random(), community, "Text", "x".repeat(20_000), UnitFormat.TEXT,
          "", 480, Set.of(), MemberId.of("ana"), secondsAfterT0(2));

      units.add(unit);
      units.add(text);

      assertThat(units.find(unit.id())).contains(unit);
      assertThat(units.find(text.id())).contains(text);
      assertThat(units.find(LearningUnitId.random())).isEmpty();
    }

    @Test
    void takesAnIdOnce() {
      LearningUnit unit = aUnit(community, secondsAfterT0(1));
      units.add(unit);

      assertConflict(ConflictException.Kind.DUPLICATE, () -> units.add(unit));
    }

    @Test
    void listsACommunitysUnitsNewestFirstTiesByIdAndNothingElse() {
      LearningUnit old = aUnit(community, secondsAfterT0(1));
      LearningUnit tieA = aUnit(community, secondsAfterT0(5));
      LearningUnit tieB = aUnit(community, secondsAfterT0(5));
      units.add(old);
      units.add(tieA);
      units.add(tieB);
      units.add(aUnit(CommunityId.random(), secondsAfterT0(9)));
      List<LearningUnit> ties = tieA.id().toString().compareTo(tieB.id().toString()) < 0 ? List.of(tieA, tieB) : List.of(tieB, tieA);

      var first = units.inCommunity(community, PageRequest.first(2));
      var second = units.inCommunity(community, PageRequest.first(2).next());

      assertThat(first.items()).containsExactlyElementsOf(ties);
      assertThat(first.total()).isEqualTo(3);
      assertThat(second.items()).containsExactly(old);
    }

    @Test
    void keepsNothingOfAUnitOfWorkThatFails() {
      LearningUnit unit = aUnit(community, secondsAfterT0(1));
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(() -> inTransaction(() -> {
        store().learningUnits().add(unit);
        throw failure;
      })).isSameAs(failure);

      assertThat(units.find(unit.id())).isEmpty();
    }
  }

  @Nested
  class Paths {

    @Test
    void findsAPathWithItsUnitsInOrder() {
      List<LearningUnitId> order = List.of(LearningUnitId.random(), LearningUnitId.random(), LearningUnitId.random());
      LearningPath path = new LearningPath(LearningPathId.random(), community, "Itinerari d'e-moderació", "Tres passos",
          order, MemberId.of("jordi"), secondsAfterT0(3));

      paths.add(path);

      assertThat(paths.find(path.id())).contains(path);
      assertThat(paths.find(path.id()).orElseThrow().units()).containsExactlyElementsOf(order);
      assertThat(paths.find(LearningPathId.random())).isEmpty();
    }

    @Test
    void keepsAPathOfTheLongestLength() {
      List<LearningUnitId> many = java.util.stream.Stream.generate(LearningUnitId::random).limit(LearningPath.MAX_UNITS).toList();
      LearningPath path = new LearningPath(LearningPathId.random(), community, "Llarg", "d".repeat(5000), many,
          MemberId.of("jordi"), secondsAfterT0(3));

      paths.add(path);

      assertThat(paths.find(path.id())).contains(path);
      assertConflict(ConflictException.Kind.DUPLICATE, () -> paths.add(path));
    }
  }
}
