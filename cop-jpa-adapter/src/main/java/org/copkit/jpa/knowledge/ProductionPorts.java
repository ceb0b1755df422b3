package org.copkit.jpa.knowledge;

import java.util.List;
import org.copkit.api.knowledge.port.OutputCycles;
import org.copkit.api.knowledge.port.ReviewPolicies;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the production-cycle ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class ProductionPorts {

  private ProductionPorts() {}

  /** @return the entity classes of the production cycle, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(CycleRow.class, CycleMemberRow.class, ReviewRow.class, DiffusionRow.class, PolicyRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return the production cycles of outputs
   */
  public static OutputCycles outputCycles(JpaTransactions transactions) {
    return new JpaOutputCycles(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the communities' review policies
   */
  public static ReviewPolicies reviewPolicies(JpaTransactions transactions) {
    return new JpaOutputCycles(transactions);
  }

  /**
   * @param event a domain event
   * @return the community it happened in, when it is an event of the production cycle
   */
  public static java.util.Optional<String> scopeOf(org.copkit.api.shared.DomainEvent event) {
    return event instanceof org.copkit.api.knowledge.ProductionEvent production
        ? java.util.Optional.of(production.community().toString())
        : java.util.Optional.empty();
  }
}
