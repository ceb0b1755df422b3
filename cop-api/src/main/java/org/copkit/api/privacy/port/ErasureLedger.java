package org.copkit.api.privacy.port;

import java.util.Optional;

/**
 * Outbound port: the ledger of erasures, what makes an erasure resumable. The platform records
 * each capability as it finishes, in the same unit of work as that capability's erasure.
 */
public interface ErasureLedger {

  /**
   * Stores a new line.
   *
   * @param record the line, at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when a line with its key exists
   */
  void add(ErasureRecord record);

  /**
   * Replaces a line at the version it carries.
   *
   * @param record the line
   * @return the stored line, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another unit of work moved it
   *     on
   * @throws org.copkit.api.shared.NotFoundException when there is no such line
   */
  ErasureRecord update(ErasureRecord record);

  /**
   * @param key the digest of a member's ID
   * @return its line, if that member's erasure was ever asked for
   */
  Optional<ErasureRecord> find(String key);
}
