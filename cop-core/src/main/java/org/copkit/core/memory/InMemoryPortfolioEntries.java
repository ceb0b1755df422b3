package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.port.PortfolioEntries;
import org.copkit.api.shared.MemberId;

/** {@link PortfolioEntries} in memory, keyed by member and key. */
final class InMemoryPortfolioEntries implements PortfolioEntries {

  private record Key(MemberId member, String key) {}

  private final VersionedStore<Key, Evidence> entries;

  InMemoryPortfolioEntries(InMemoryTransactions transactions) {
    this.entries = VersionedStore.unversioned(transactions, "portfolio evidence");
  }

  @Override
  public void add(Evidence evidence) {
    if (!evidence.kind().own() || evidence.community().isPresent()) {
      throw new IllegalArgumentException("only reflections and uploads, without a community, are added");
    }
    entries.add(new Key(evidence.member(), evidence.key()), evidence);
  }

  @Override
  public List<Evidence> ofMember(MemberId member) {
    return entries.all().stream().filter(e -> e.member().equals(member))
        .sorted(Comparator.comparing(Evidence::at).reversed().thenComparing(Evidence::key)).toList();
  }

  /** @return the entries, for privacy */
  VersionedStore<?, Evidence> store() {
    return entries;
  }
}
