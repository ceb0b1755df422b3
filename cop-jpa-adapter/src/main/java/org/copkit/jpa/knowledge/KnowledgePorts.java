package org.copkit.jpa.knowledge;

import java.util.List;
import org.copkit.api.knowledge.port.KnowledgeItems;
import org.copkit.api.knowledge.port.KnowledgeSections;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the knowledge-base ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class KnowledgePorts {

  private KnowledgePorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(ItemRow.class, RevisionRow.class, CoAuthorRow.class, SectionRow.class, RatingRow.class,
        HelpfulRow.class, CommentRow.class, ReachRow.class, FileRow.class);
  }

  /**
   * A keyset scan of the knowledge items at their latest revision, for the search sources.
   *
   * @param transactions the unit of work
   * @param after the last item of the previous batch, or empty
   * @param max how many at most
   * @return the items with an ID after {@code after}, by ID
   */
  public static List<org.copkit.api.knowledge.KnowledgeItem> itemsAfter(JpaTransactions transactions,
      java.util.Optional<org.copkit.api.knowledge.KnowledgeItemId> after, int max) {
    return new JpaKnowledgeItems(transactions).after(after, max);
  }

  /**
   * @param transactions the unit of work
   * @return knowledge items
   */
  public static KnowledgeItems knowledgeItems(JpaTransactions transactions) {
    return new JpaKnowledgeItems(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return members' ratings, helpful marks and comments
   */
  public static org.copkit.api.knowledge.port.ItemFeedback itemFeedback(JpaTransactions transactions) {
    return new JpaItemFeedback(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return what describes the files of library documents
   */
  public static org.copkit.api.knowledge.port.AttachedFiles attachedFiles(JpaTransactions transactions) {
    return new JpaAttachedFiles(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the reads and downloads of items
   */
  public static org.copkit.api.knowledge.port.ItemReach itemReach(JpaTransactions transactions) {
    return new JpaItemReach(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the sections of knowledge bases
   */
  public static KnowledgeSections knowledgeSections(JpaTransactions transactions) {
    return new JpaKnowledgeSections(transactions);
  }
}
