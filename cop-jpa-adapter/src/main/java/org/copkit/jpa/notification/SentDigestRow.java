package org.copkit.jpa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_digest_sent}: one {@link SentDigest}, keyed by member and period. */
@Entity(name = "CopDigestSent")
@Table(name = "cop_digest_sent")
@IdClass(SentDigestRow.Key.class)
class SentDigestRow {

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Id
  @Column(name = "period", length = SentDigest.MAX_PERIOD_LENGTH)
  private String period;

  @Column(name = "from_at", nullable = false)
  private Instant from;

  @Column(name = "to_at", nullable = false)
  private Instant to;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  /** For JPA. */
  protected SentDigestRow() {}

  SentDigestRow(SentDigest digest) {
    this.memberId = digest.member().value();
    this.period = digest.period();
    this.from = digest.from();
    this.to = digest.to();
    this.sentAt = digest.sentAt();
  }

  SentDigest toDomain() {
    return new SentDigest(MemberId.of(memberId), period, from, to, sentAt);
  }

  /** The primary key: member and period. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String memberId;
    private String period;

    /** For JPA. */
    Key() {}

    Key(String memberId, String period) {
      this.memberId = memberId;
      this.period = period;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.memberId.equals(memberId) && k.period.equals(period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(memberId, period);
    }
  }
}
