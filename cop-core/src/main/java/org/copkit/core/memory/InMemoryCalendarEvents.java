package org.copkit.core.memory;

import java.util.Comparator;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.port.CalendarEvents;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryCalendarEvents implements CalendarEvents {

  private static final Comparator<CalendarEvent> SOONEST_FIRST =
      Comparator.comparing(CalendarEvent::startsAt).thenComparing(e -> e.id().toString());

  private final VersionedStore<CalendarEventId, CalendarEvent> events;

  InMemoryCalendarEvents(InMemoryTransactions transactions) {
    this.events = new VersionedStore<>(transactions, "learning event", CalendarEvent::version, CalendarEvent::withVersion);
  }

  @Override
  public void add(CalendarEvent event) {
    events.add(event.id(), event);
  }

  @Override
  public CalendarEvent update(CalendarEvent event) {
    return events.update(event.id(), event);
  }

  @Override
  public Optional<CalendarEvent> find(CalendarEventId id) {
    return events.find(id);
  }

  @Override
  public Page<CalendarEvent> inCommunity(CommunityId community, PageRequest page) {
    return Page.of(events.all().stream().filter(e -> e.community().equals(community)).sorted(SOONEST_FIRST).toList(), page);
  }

  /** @return the events, for privacy */
  VersionedStore<CalendarEventId, CalendarEvent> store() {
    return events;
  }
}
