package org.copkit.api.learning.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** Outbound port: learning events, with optimistic versions. Contract: {@code org.copkit.tck.learning.CalendarEventsContract}. */
public interface CalendarEvents {

  /**
   * @param event a new event, at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(CalendarEvent event);

  /**
   * Stores a changed event read at {@code event.version()}.
   *
   * @param event the changed event
   * @return the event as stored, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another transaction moved it on
   * @throws org.copkit.api.shared.NotFoundException when it is not stored
   */
  CalendarEvent update(CalendarEvent event);

  /**
   * @param id an ID
   * @return the event, if stored
   */
  Optional<CalendarEvent> find(CalendarEventId id);

  /**
   * @param community a community
   * @param page which page
   * @return its events, soonest start first, ties by ID
   */
  Page<CalendarEvent> inCommunity(CommunityId community, PageRequest page);
}
