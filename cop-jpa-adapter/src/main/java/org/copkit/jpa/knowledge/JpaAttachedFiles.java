package org.copkit.jpa.knowledge;

import java.util.List;
import java.util.Optional;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.port.AttachedFiles;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link AttachedFiles} on JPA: {@code cop_item_file}, whose primary key is the item and revision. */
final class JpaAttachedFiles implements AttachedFiles {

  private final JpaTransactions transactions;

  JpaAttachedFiles(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(AttachedFile file) {
    transactions.insert(FileRow.of(file), "file of revision " + file.revision() + " of knowledge item " + file.item());
  }

  @Override
  public Optional<AttachedFile> atRevision(KnowledgeItemId item, int revision) {
    return transactions.entityManager()
        .createQuery("select f from CopItemFile f where f.itemId = :item and f.revision <= :revision"
            + " order by f.revision desc", FileRow.class)
        .setParameter("item", item.toString())
        .setParameter("revision", revision)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(FileRow::toDomain);
  }

  @Override
  public List<AttachedFile> of(KnowledgeItemId item) {
    return transactions.entityManager()
        .createQuery("select f from CopItemFile f where f.itemId = :item order by f.revision desc", FileRow.class)
        .setParameter("item", item.toString())
        .getResultStream()
        .map(FileRow::toDomain)
        .toList();
  }
}
