package org.copkit.core.memory;

import java.util.Comparator;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.LearningUnits;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryLearningUnits implements LearningUnits {

  private static final Comparator<LearningUnit> NEWEST_FIRST =
      Comparator.comparing(LearningUnit::publishedAt).reversed().thenComparing(u -> u.id().toString());

  private final VersionedStore<LearningUnitId, LearningUnit> units;

  InMemoryLearningUnits(InMemoryTransactions transactions) {
    this.units = VersionedStore.unversioned(transactions, "learning unit");
  }

  @Override
  public void add(LearningUnit unit) {
    units.add(unit.id(), unit);
  }

  @Override
  public Optional<LearningUnit> find(LearningUnitId id) {
    return units.find(id);
  }

  @Override
  public Page<LearningUnit> inCommunity(CommunityId community, PageRequest page) {
    return Page.of(units.all().stream().filter(u -> u.community().equals(community)).sorted(NEWEST_FIRST).toList(), page);
  }

  /** @return the units, for privacy */
  VersionedStore<LearningUnitId, LearningUnit> store() {
    return units;
  }
}
