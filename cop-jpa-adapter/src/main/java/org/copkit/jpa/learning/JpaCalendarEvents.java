package org.copkit.jpa.learning;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.port.CalendarEvents;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link CalendarEvents} on JPA: {@code cop_calendar_event}, optimistically locked. */
final class JpaCalendarEvents implements CalendarEvents {

  private final JpaTransactions transactions;

  JpaCalendarEvents(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(CalendarEvent event) {
    transactions.insert(CalendarEventRow.fromDomain(event), describe(event.id()));
  }

  @Override
  public CalendarEvent update(CalendarEvent event) {
    String what = describe(event.id());
    CalendarEventRow row = transactions.entityManager().find(CalendarEventRow.class, event.id().toString());
    if (row == null) {
      throw new NotFoundException("learning event", event.id().toString());
    }
    if (row.version() != event.version()) {
      throw ConflictException.staleVersion(what, event.version());
    }
    boolean changed = !row.toDomain().equals(event);
    row.copyChanges(event);
    transactions.flushUpdate(row, changed, what, event.version());
    return row.toDomain();
  }

  @Override
  public Optional<CalendarEvent> find(CalendarEventId id) {
    return Optional.ofNullable(transactions.entityManager().find(CalendarEventRow.class, id.toString()))
        .map(CalendarEventRow::toDomain);
  }

  @Override
  public Page<CalendarEvent> inCommunity(CommunityId community, PageRequest page) {
    var em = transactions.entityManager();
    return transactions.page(
        em.createQuery("select e from CopCalendarEvent e where e.communityId = :community order by e.startsAt, e.id",
            CalendarEventRow.class).setParameter("community", community.toString()),
        em.createQuery("select count(e) from CopCalendarEvent e where e.communityId = :community", Long.class)
            .setParameter("community", community.toString()),
        page, CalendarEventRow::toDomain);
  }

  private static String describe(CalendarEventId id) {
    return "learning event " + id;
  }
}
