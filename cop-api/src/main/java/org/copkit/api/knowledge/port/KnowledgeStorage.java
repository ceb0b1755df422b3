package org.copkit.api.knowledge.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for the knowledge base, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface KnowledgeStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return knowledge items and their revisions */
  KnowledgeItems knowledgeItems();

  /** @return the sections of knowledge bases */
  KnowledgeSections knowledgeSections();

  /** @return members' ratings, helpful marks and comments of items */
  ItemFeedback itemFeedback();

  /** @return how many times items were read and downloaded */
  ItemReach itemReach();

  /** @return what describes the files attached to library documents */
  AttachedFiles attachedFiles();
}
