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
  private final org.copkit.api.knowledge.port.Documents documents;

  private KnowledgeAssembly(KnowledgeWork work, org.copkit.api.knowledge.port.Documents documents) {
    this.work = work;
    this.documents = documents;
  }

  /**
   * @param wiring the platform's ports and clock
   * @param communities the community rules
   * @return the assembly
   */
  public static KnowledgeAssembly create(Wiring wiring, CommunityGate communities) {
    return new KnowledgeAssembly(new KnowledgeWork(wiring.storage(), communities, new MarkdownRenderer(), wiring.events(),
        wiring.clock(), EvidenceChanges.NONE, KnowledgeFeed.NONE, wiring.notifications()), org.copkit.core.memory.InMemoryDocuments.create());
  }

  /**
   * @param wiring the platform's ports and clock
   * @param communities the community rules
   * @param evidence where items written are recorded as evidence of expertise
   * @param feed where new items are told as activities
   * @param documents where the bytes of library documents' files go
   * @return the assembly
   */
  public static KnowledgeAssembly create(Wiring wiring, CommunityGate communities, EvidenceChanges evidence,
      org.copkit.core.shared.FeedChanges feed, org.copkit.api.knowledge.port.Documents documents) {
    return new KnowledgeAssembly(new KnowledgeWork(wiring.storage(), communities, new MarkdownRenderer(), wiring.events(),
        wiring.clock(), evidence, new KnowledgeFeed(feed), wiring.notifications()), documents);
  }

  /** @return the writing use case */
  public KnowledgeBase knowledgeBase() {
    return new KnowledgeBaseService(work);
  }

  /** @return the organizing use case: sections and placement */
  public KnowledgeCuration curation() {
    return new KnowledgeCurationService(work);
  }

  /** @return ratings, helpful marks, comments and reach */
  public org.copkit.api.knowledge.KnowledgeFeedback feedback() {
    return new KnowledgeFeedbackService(work);
  }

  /** @return the files of library documents */
  public org.copkit.api.knowledge.Library library() {
    return new LibraryService(work, documents);
  }

  /** @return the reading use case */
  public KnowledgeQueries queries() {
    return new KnowledgeQueriesService(work);
  }
}
