package org.copkit.core.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.Completions;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryCompletions implements Completions {

  private record Key(LearningUnitId unit, MemberId member) {}

  private static final Comparator<Completion> NEWEST_FIRST =
      Comparator.comparing(Completion::completedAt).reversed().thenComparing(c -> c.unit().toString());

  private final VersionedStore<Key, Completion> completions;

  InMemoryCompletions(InMemoryTransactions transactions) {
    this.completions = VersionedStore.unversioned(transactions, "completion");
  }

  @Override
  public void add(Completion completion) {
    completions.add(new Key(completion.unit(), completion.member()), completion);
  }

  @Override
  public Optional<Completion> find(LearningUnitId unit, MemberId member) {
    return completions.find(new Key(unit, member));
  }

  @Override
  public Set<LearningUnitId> completedOf(MemberId member, Collection<LearningUnitId> units) {
    return units.stream().filter(unit -> completions.find(new Key(unit, member)).isPresent()).collect(Collectors.toSet());
  }

  @Override
  public Page<Completion> ofMember(MemberId member, PageRequest page) {
    return Page.of(completions.all().stream().filter(c -> c.member().equals(member)).sorted(NEWEST_FIRST).toList(), page);
  }

  /** @return every record, for the evidence of portfolios */
  java.util.stream.Stream<org.copkit.api.learning.Completion> all() {
    return completions.all().stream();
  }

  /** @return the completions, for privacy */
  VersionedStore<?, Completion> store() {
    return completions;
  }
}
