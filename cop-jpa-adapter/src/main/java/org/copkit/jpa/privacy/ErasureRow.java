package org.copkit.jpa.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.privacy.port.ErasureRecord;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_erasure}: one line of the erasure ledger. */
@Entity(name = "CopErasure")
@Table(name = "cop_erasure")
class ErasureRow {

  @Id
  @Column(name = "member_key", length = 64)
  private String key;

  @Column(name = "pseudonym", nullable = false, length = MemberId.MAX_LENGTH)
  private String pseudonym;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "done", nullable = false, length = 4000)
  private String done;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected ErasureRow() {}

  ErasureRow(ErasureRecord record) {
    this.key = record.key();
    this.pseudonym = record.pseudonym().value();
    this.startedAt = record.startedAt();
    copyChanges(record);
  }

  void copyChanges(ErasureRecord record) {
    done = String.join(",", new TreeSet<>(record.done()));
    completedAt = record.completedAt().orElse(null);
  }

  long version() {
    return version;
  }

  ErasureRecord toDomain() {
    Set<String> capabilities = done.isEmpty() ? Set.of()
        : Arrays.stream(done.split(",")).collect(Collectors.toUnmodifiableSet());
    return new ErasureRecord(key, MemberId.of(pseudonym), startedAt, capabilities, Optional.ofNullable(completedAt), version);
  }
}
