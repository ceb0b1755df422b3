package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.knowledge.port.OutputCycles;
import org.copkit.api.knowledge.port.ReviewPolicies;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** {@link OutputCycles} and {@link ReviewPolicies} in memory: each cycle whole, with its version. */
final class InMemoryOutputCycles implements OutputCycles, ReviewPolicies {

  private static final Comparator<OutputCycle> NEWEST_FIRST =
      Comparator.comparing(OutputCycle::startedAt).reversed().thenComparing(c -> c.output().toString());

  private final VersionedStore<KnowledgeItemId, OutputCycle> cycles;
  private final VersionedStore<CommunityId, ReviewPolicy> policies;

  InMemoryOutputCycles(InMemoryTransactions transactions) {
    this.cycles = new VersionedStore<>(transactions, "output cycle", OutputCycle::version, OutputCycle::withVersion);
    this.policies = VersionedStore.unversioned(transactions, "review policy");
  }

  @Override
  public void add(OutputCycle cycle) {
    if (cycle.version() != 0) {
      throw new IllegalArgumentException("a new cycle starts at version 0");
    }
    cycles.add(cycle.output(), cycle);
  }

  @Override
  public OutputCycle update(OutputCycle cycle) {
    return cycles.update(cycle.output(), cycle);
  }

  @Override
  public Optional<OutputCycle> find(KnowledgeItemId output) {
    return cycles.find(output);
  }

  @Override
  public Page<OutputCycle> inCommunity(CommunityId community, Set<OutputStage.Kind> stages, PageRequest page) {
    return Page.of(cycles.all().stream()
        .filter(c -> c.community().equals(community) && stages.contains(c.stage().kind()))
        .sorted(NEWEST_FIRST).toList(), page);
  }

  @Override
  public List<OutputCycle> coAuthoredBy(MemberId member) {
    return cycles.all().stream().filter(c -> c.coAuthors().contains(member)).sorted(NEWEST_FIRST).toList();
  }

  @Override
  public Page<OutputCycle> diffusedTo(CommunityId community, PageRequest page) {
    Diffusion.Target here = new Diffusion.ToCommunity(community);
    Diffusion.Target everywhere = new Diffusion.ToPlatform();
    return Page.of(cycles.all().stream()
        .filter(c -> !c.community().equals(community) && (c.diffusedTo(here) || c.diffusedTo(everywhere)))
        .sorted(NEWEST_FIRST).toList(), page);
  }

  @Override
  public void put(ReviewPolicy policy) {
    policies.put(policy.community(), old -> policy);
  }

  @Override
  public Optional<ReviewPolicy> find(CommunityId community) {
    return policies.find(community);
  }

  /** @return the cycles, for privacy */
  VersionedStore<KnowledgeItemId, OutputCycle> cycleStore() {
    return cycles;
  }
}
