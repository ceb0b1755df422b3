package org.copkit.jpa.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_interruption}: one interruption spent of a member's daily budget. */
@Entity(name = "CopInterruption")
@Table(name = "cop_interruption")
@IdClass(InterruptionRow.Key.class)
class InterruptionRow {

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Id
  @Column(name = "on_day")
  private LocalDate day;

  @Id
  @Column(name = "slot")
  private int slot;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  /** For JPA. */
  protected InterruptionRow() {}

  InterruptionRow(MemberId member, LocalDate day, int slot, Instant at) {
    this.memberId = member.value();
    this.day = day;
    this.slot = slot;
    this.at = at;
  }

  /** The primary key: member, day and slot. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String memberId;
    private LocalDate day;
    private int slot;

    /** For JPA. */
    Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.memberId.equals(memberId) && k.day.equals(day) && k.slot == slot;
    }

    @Override
    public int hashCode() {
      return Objects.hash(memberId, day, slot);
    }
  }
}
