package org.copkit.jpa.learning;

import java.util.List;
import java.util.Optional;
import org.copkit.api.learning.LearningEvent;
import org.copkit.api.learning.port.CalendarEvents;
import org.copkit.api.learning.port.Completions;
import org.copkit.api.learning.port.LearningPaths;
import org.copkit.api.learning.port.LearningUnits;
import org.copkit.api.learning.port.Registrations;
import org.copkit.api.shared.DomainEvent;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the learning ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class LearningPorts {

  private LearningPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(UnitRow.class, PathRow.class, CompletionRow.class, CalendarEventRow.class, RegistrationRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return learning units
   */
  public static LearningUnits learningUnits(JpaTransactions transactions) {
    return new JpaLearningUnits(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return learning paths
   */
  public static LearningPaths learningPaths(JpaTransactions transactions) {
    return new JpaLearningPaths(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return completions
   */
  public static Completions completions(JpaTransactions transactions) {
    return new JpaCompletions(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return learning events
   */
  public static CalendarEvents calendarEvents(JpaTransactions transactions) {
    return new JpaCalendarEvents(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return registrations
   */
  public static Registrations registrations(JpaTransactions transactions) {
    return new JpaRegistrations(transactions);
  }

  /**
   * The outbox scope of an event of this feature: the ID of its community.
   *
   * @param event any event
   * @return the community's ID as text for a {@link LearningEvent}, otherwise empty
   */
  public static Optional<String> scopeOf(DomainEvent event) {
    return event instanceof LearningEvent learningEvent ? Optional.of(learningEvent.community().toString()) : Optional.empty();
  }
}
