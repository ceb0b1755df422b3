package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_item_file}: one {@link AttachedFile}, immutable. The primary key (item,
 * revision) keeps one file per revision under any concurrency.
 */
@Entity(name = "CopItemFile")
@Table(name = "cop_item_file")
@IdClass(FileRow.Key.class)
class FileRow {

  @Id
  @Column(name = "item_id", length = 36)
  private String itemId;

  @Id
  @Column(name = "revision_number")
  private int revision;

  @Column(name = "file_name", nullable = false, length = AttachedFile.MAX_NAME)
  private String name;

  @Column(name = "document_key", nullable = false, length = DocumentKey.MAX_LENGTH)
  private String documentKey;

  @Column(name = "content_type", nullable = false, length = DocumentFile.MAX_CONTENT_TYPE)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "attached_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String attachedBy;

  @Column(name = "attached_at", nullable = false)
  private Instant attachedAt;

  /** For JPA. */
  protected FileRow() {}

  static FileRow of(AttachedFile file) {
    FileRow row = new FileRow();
    row.itemId = file.item().toString();
    row.revision = file.revision();
    row.name = file.name();
    row.documentKey = file.file().key().value();
    row.contentType = file.file().contentType();
    row.size = file.file().size();
    row.sha256 = file.file().sha256();
    row.attachedBy = file.by().value();
    row.attachedAt = file.at();
    return row;
  }

  AttachedFile toDomain() {
    return new AttachedFile(KnowledgeItemId.of(itemId), revision, name,
        new DocumentFile(new DocumentKey(documentKey), contentType, size, sha256), MemberId.of(attachedBy), attachedAt);
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
