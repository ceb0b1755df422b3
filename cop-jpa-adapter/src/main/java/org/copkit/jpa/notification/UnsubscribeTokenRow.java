package org.copkit.jpa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.notification.Subscription;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_unsubscribe_token}: one {@link UnsubscribeToken}. */
@Entity(name = "CopUnsubscribeToken")
@Table(name = "cop_unsubscribe_token")
class UnsubscribeTokenRow {

  @Id
  @Column(name = "token", length = UnsubscribeToken.MAX_LENGTH)
  private String token;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  /** The subscription's {@linkplain Subscription#key() key}: a digest section, or {@code topic:} and a topic. */
  @Column(name = "section", nullable = false, length = 32)
  private String subscription;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  /** For JPA. */
  protected UnsubscribeTokenRow() {}

  UnsubscribeTokenRow(UnsubscribeToken t) {
    this.token = t.token();
    this.memberId = t.member().value();
    this.subscription = t.subscription().key();
    this.issuedAt = t.issuedAt();
  }

  UnsubscribeToken toDomain() {
    return new UnsubscribeToken(token, MemberId.of(memberId), Subscription.ofKey(subscription), issuedAt);
  }
}
