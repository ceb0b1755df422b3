package org.copkit.api.learning.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for learning: the ports, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface LearningStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return learning units */
  LearningUnits learningUnits();

  /** @return learning paths */
  LearningPaths learningPaths();

  /** @return completions of units */
  Completions completions();

  /** @return the communities' learning events */
  CalendarEvents calendarEvents();

  /** @return registrations to learning events */
  Registrations registrations();
}
