package org.copkit.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_calendar_event}: one {@link CalendarEvent}, with its optimistic version. */
@Entity(name = "CopCalendarEvent")
@Table(name = "cop_calendar_event")
class CalendarEventRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "kind", nullable = false, length = 32)
  private String kind;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", nullable = false, length = 5000)
  private String description;

  @Column(name = "event_format", nullable = false, length = 16)
  private String format;

  @Column(name = "location", nullable = false, length = 2000)
  private String location;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String zone;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "competences", nullable = false, length = Codec.COMPETENCES_LENGTH)
  private String competences;

  @Column(name = "organiser", nullable = false, length = MemberId.MAX_LENGTH)
  private String organiser;

  @Column(name = "registrations", nullable = false)
  private long registrations;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancellation_reason", nullable = false, length = CalendarEvent.MAX_REASON)
  private String cancellationReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected CalendarEventRow() {}

  static CalendarEventRow fromDomain(CalendarEvent event) {
    CalendarEventRow row = new CalendarEventRow();
    row.id = event.id().toString();
    row.version = event.version();
    row.copyChanges(event);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(CalendarEvent event) {
    communityId = event.community().toString();
    kind = event.kind().name();
    title = event.title();
    description = event.description();
    format = event.format().name();
    location = event.location();
    startsAt = event.startsAt();
    endsAt = event.endsAt();
    zone = event.zone().getId();
    capacity = event.capacity();
    competences = Codec.competences(event.competences());
    organiser = event.organiser().value();
    registrations = event.registrations();
    cancelledAt = event.cancelledAt().orElse(null);
    cancellationReason = event.cancellationReason();
  }

  CalendarEvent toDomain() {
    return new CalendarEvent(CalendarEventId.of(id), CommunityId.of(communityId), EventKind.valueOf(kind), title,
        description, EventFormat.valueOf(format), location, startsAt, endsAt, ZoneId.of(zone), capacity,
        Codec.competences(competences), MemberId.of(organiser), registrations, java.util.Optional.ofNullable(cancelledAt), cancellationReason, version);
  }

  long version() {
    return version;
  }
}
