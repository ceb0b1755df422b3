package org.copkit.core.knowledge;

import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.ProductionQueries;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.FeedChanges;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.Wiring;

/** Assembles the production-cycle use cases for {@code CopPlatform}. Wiring, not API. */
public final class ProductionAssembly {

  private final ProductionWork work;

  private ProductionAssembly(ProductionWork work) {
    this.work = work;
  }

  /**
   * @param wiring the platform's ports, events and clock
   * @param communities the community rules
   * @param feed where the cycle's activities go
   * @param evidence where published outputs are recorded as evidence of expertise of their authors
   * @return the assembly
   */
  public static ProductionAssembly create(Wiring wiring, CommunityGate communities, FeedChanges feed,
      org.copkit.core.shared.EvidenceChanges evidence) {
    return new ProductionAssembly(new ProductionWork(wiring.storage(), communities, new MarkdownRenderer(),
        new ProductionFeed(feed), wiring.events(), wiring.clock(), evidence));
  }

  /** @return the production cycle */
  public Production production() {
    return new ProductionService(work);
  }

  /** @return reading outputs and their cycles */
  public ProductionQueries queries() {
    return new ProductionQueriesService(work);
  }
}
