package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.learning.CalendarContract;

/** The in-memory storage against {@link CalendarContract}. */
class InMemoryCalendarTest extends CalendarContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
