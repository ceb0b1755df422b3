package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.competence.CompetenceClaimsContract;

/** The in-memory storage against {@link CompetenceClaimsContract}. */
class InMemoryCompetenceClaimsTest extends CompetenceClaimsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
