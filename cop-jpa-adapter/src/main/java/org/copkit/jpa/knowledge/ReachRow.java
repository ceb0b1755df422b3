package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.copkit.api.knowledge.KnowledgeItemId;

/**
 * A row of {@code cop_item_reach}: the reads and downloads of one revision of an item, counted by
 * {@code UPDATE .. SET read_count = read_count + 1} so that no count is lost under concurrency.
 */
@Entity(name = "CopItemReach")
@Table(name = "cop_item_reach")
@IdClass(ReachRow.Key.class)
class ReachRow {

  @Id
  @Column(name = "item_id", length = 36)
  private String itemId;

  @Id
  @Column(name = "revision_number")
  private int revision;

  @Column(name = "read_count", nullable = false)
  private long reads;

  @Column(name = "download_count", nullable = false)
  private long downloads;

  /** For JPA. */
  protected ReachRow() {}

  ReachRow(KnowledgeItemId item, int revision, long reads, long downloads) {
    this.itemId = item.toString();
    this.revision = revision;
    this.reads = reads;
    this.downloads = downloads;
  }

  /** The primary key: item and revision. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String itemId;
    private int revision;

    /** For JPA. */
    Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && itemId.equals(key.itemId) && revision == key.revision;
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, revision);
    }
  }
}
