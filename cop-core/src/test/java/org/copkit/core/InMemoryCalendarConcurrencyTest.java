package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.learning.CalendarConcurrencyContract;

/** The calendar's seats under concurrent threads, on the in-memory storage. */
class InMemoryCalendarConcurrencyTest extends CalendarConcurrencyContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.learningCalendar(), platform.learningQueries());
  }
}
