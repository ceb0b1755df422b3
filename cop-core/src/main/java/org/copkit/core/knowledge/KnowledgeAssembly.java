package org.copkit.core.knowledge;

import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.Wiring;

/** Assembles the knowledge-base use cases for {@code CopPlatform}. Wiring, not API. */
public final class KnowledgeAssembly {

  private final KnowledgeWork work;

  private KnowledgeAssembly(KnowledgeWork work) {
    this.work = work;
  }

  /**
   * @param wiring the platform's ports and clock
   * @param communities the community rules
   * @return the assembly
   */
  public static KnowledgeAssembly create(Wiring wiring, CommunityGate communities) {
    return create(wiring, communities, EvidenceChanges.NONE);
  }

  /**
   * @param wiring the platform's ports and clock
   * @param communities the community rules
   * @param evidence where items written are recorded as evidence of expertise
   * @return the assembly
   */
  public static KnowledgeAssembly create(Wiring wiring, CommunityGate communities, EvidenceChanges evidence) {
    return new KnowledgeAssembly(new KnowledgeWork(wiring.storage(), communities, new MarkdownRenderer(), wiring.events(),
        wiring.clock(), evidence));
  }

  /** @return the writing use case */
  public KnowledgeBase knowledgeBase() {
    return new KnowledgeBaseService(work);
  }

  /** @return the organizing use case: sections and placement */
  public KnowledgeCuration curation() {
    return new KnowledgeCurationService(work);
  }

  /** @return the reading use case */
  public KnowledgeQueries queries() {
    return new KnowledgeQueriesService(work);
  }
}
