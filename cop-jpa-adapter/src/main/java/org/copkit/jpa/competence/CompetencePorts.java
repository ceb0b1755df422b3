package org.copkit.jpa.competence;

import java.util.List;
import java.util.Optional;
import org.copkit.api.competence.CompetenceEvent;
import org.copkit.api.competence.port.CompetenceClaims;
import org.copkit.api.shared.DomainEvent;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the competence ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class CompetencePorts {

  private CompetencePorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(ClaimRow.class, ClaimEntryRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return competence claims
   */
  public static CompetenceClaims competenceClaims(JpaTransactions transactions) {
    return new JpaCompetenceClaims(transactions);
  }

  /**
   * The outbox scope of an event of this feature: the ID of its community.
   *
   * @param event any event
   * @return the community's ID as text for a {@link CompetenceEvent}, otherwise empty
   */
  public static Optional<String> scopeOf(DomainEvent event) {
    return event instanceof CompetenceEvent competenceEvent ? Optional.of(competenceEvent.community().toString()) : Optional.empty();
  }
}
