package org.copkit.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_registration}: one {@link Registration}; the key is the event and the member. */
@Entity(name = "CopRegistration")
@Table(name = "cop_registration")
class RegistrationRow {

  /** The event's ID, a space, the member's ID. */
  @Id
  @Column(name = "registration_key", length = 36 + 1 + MemberId.MAX_LENGTH)
  private String key;

  @Column(name = "event_id", nullable = false, length = 36)
  private String eventId;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "seq_number", nullable = false)
  private long number;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "attendance", nullable = false, length = 16)
  private String attendance;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected RegistrationRow() {}

  static String key(CalendarEventId event, MemberId member) {
    return event + " " + member.value();
  }

  static RegistrationRow fromDomain(Registration registration) {
    RegistrationRow row = new RegistrationRow();
    row.key = key(registration.event(), registration.member());
    row.version = registration.version();
    row.copyChanges(registration);
    return row;
  }

  /** Copies every field but the key; the version is left to JPA. */
  void copyChanges(Registration registration) {
    eventId = registration.event().toString();
    communityId = registration.community().toString();
    memberId = registration.member().value();
    number = registration.number();
    status = registration.status().name();
    attendance = registration.attendance().name();
    registeredAt = registration.registeredAt();
  }

  Registration toDomain() {
    return new Registration(CalendarEventId.of(eventId), CommunityId.of(communityId), MemberId.of(memberId), number,
        RegistrationStatus.valueOf(status), Attendance.valueOf(attendance), registeredAt, version);
  }

  long version() {
    return version;
  }
}
