package org.copkit.jpa.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_competence_claim_entry}: one {@link ClaimEntry}, never updated; the key (the
 * claim's ID, a space, the entry's number) keeps one entry per number.
 */
@Entity(name = "CopClaimEntry")
@Table(name = "cop_competence_claim_entry")
class ClaimEntryRow {

  @Id
  @Column(name = "entry_key", length = 48)
  private String key;

  @Column(name = "claim_id", nullable = false, length = 36)
  private String claimId;

  @Column(name = "seq_number", nullable = false)
  private int number;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "actor", nullable = false, length = MemberId.MAX_LENGTH)
  private String actor;

  @Column(name = "entry_level", nullable = false)
  private int level;

  @Column(name = "comment_text", nullable = false, length = ClaimEntry.MAX_COMMENT)
  private String comment;

  @Column(name = "evidence", nullable = false, length = 2000)
  private String evidence;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** For JPA. */
  protected ClaimEntryRow() {}

  static ClaimEntryRow fromDomain(ClaimEntry entry) {
    ClaimEntryRow row = new ClaimEntryRow();
    row.key = entry.claim() + " " + entry.number();
    row.claimId = entry.claim().toString();
    row.number = entry.number();
    row.kind = entry.kind().name();
    row.actor = entry.actor().value();
    row.level = entry.level();
    row.comment = entry.comment();
    row.evidence = entry.evidence();
    row.recordedAt = entry.recordedAt();
    return row;
  }

  ClaimEntry toDomain() {
    return new ClaimEntry(ClaimId.of(claimId), number, ClaimEntryKind.valueOf(kind), MemberId.of(actor), level, comment,
        evidence, recordedAt);
  }
}
