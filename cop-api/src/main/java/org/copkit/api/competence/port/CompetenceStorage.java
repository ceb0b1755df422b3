package org.copkit.api.competence.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for competence assessment, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface CompetenceStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return competence claims and their histories */
  CompetenceClaims competenceClaims();
}
