package org.copkit.core.memory;

import java.util.Comparator;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What portfolios hold about a member: the evidence they added themselves (reflections, uploads)
 * and their pages. They are the member's own, about nobody else: erasure deletes them (the evidence
 * drawn from other capabilities is theirs to erase).
 */
final class InMemoryPortfolioData implements PersonalData {

  private final InMemoryPortfolioEntries entries;
  private final InMemoryPortfolioPages pages;

  InMemoryPortfolioData(InMemoryPortfolioEntries entries, InMemoryPortfolioPages pages) {
    this.entries = entries;
    this.pages = pages;
  }

  @Override
  public String capability() {
    return "portfolio";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    entries.store().all().stream().filter(e -> e.member().equals(member))
        .sorted(Comparator.comparing(Evidence::at).thenComparing(Evidence::key))
        .forEach(e -> out.record("portfolio-entry", MemberRecords.fields(e)));
    pages.store().all().stream().filter(p -> p.owner().equals(member))
        .sorted(Comparator.comparing(PortfolioPage::createdAt).thenComparing(p -> p.id().toString()))
        .forEach(p -> out.record("portfolio-page", MemberRecords.fields(p)));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    return entries.store().removeNaming(erasure.member()) + pages.store().removeNaming(erasure.member());
  }
}
