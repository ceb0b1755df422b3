package org.copkit.jpa.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copkit.api.storage.ChangeLog;

/**
 * A row of {@code cop_change_key}: a key claimed by a change ({@link ChangeLog#appendClaiming}),
 * inserted at once so that the database's primary key decides between concurrent claimants.
 */
@Entity(name = "CopChangeKey")
@Table(name = "cop_change_key")
class ChangeKeyRow {

  @Id
  @Column(name = "change_key", length = ChangeLog.MAX_KEY_LENGTH)
  private String changeKey;

  /** For JPA. */
  protected ChangeKeyRow() {}

  ChangeKeyRow(String changeKey) {
    this.changeKey = changeKey;
  }
}
