package org.copkit.jpa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.copkit.api.notification.port.PageClaim;

/** A row of {@code cop_digest_claim}: one {@link PageClaim}, keyed by slot and page. */
@Entity(name = "CopDigestClaim")
@Table(name = "cop_digest_claim")
@IdClass(PageClaimRow.Key.class)
class PageClaimRow {

  @Id
  @Column(name = "slot", length = PageClaim.MAX_SLOT_LENGTH)
  private String slot;

  @Id
  @Column(name = "page")
  private int page;

  @Column(name = "node", nullable = false, length = PageClaim.MAX_NODE_LENGTH)
  private String node;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  /** For JPA. */
  protected PageClaimRow() {}

  PageClaimRow(PageClaim claim) {
    this.slot = claim.slot();
    this.page = claim.page();
    this.node = claim.node();
    this.claimedAt = claim.claimedAt();
  }

  PageClaim toDomain() {
    return new PageClaim(slot, page, node, claimedAt);
  }

  /** The primary key: slot and page. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String slot;
    private int page;

    /** For JPA. */
    Key() {}

    Key(String slot, int page) {
      this.slot = slot;
      this.page = page;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.slot.equals(slot) && k.page == page;
    }

    @Override
    public int hashCode() {
      return Objects.hash(slot, page);
    }
  }
}
