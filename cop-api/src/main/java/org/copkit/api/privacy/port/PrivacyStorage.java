package org.copkit.api.privacy.port;

import java.util.List;
import org.copkit.api.shared.Transactions;

/** The storage ports of privacy, all in one unit of work. */
public interface PrivacyStorage {

  /** @return the unit of work every port takes part in */
  Transactions transactions();

  /**
   * @return one {@link PersonalData} for each capability the storage keeps, with distinct names:
   *     together they cover every table or structure of the storage that names a member
   */
  List<PersonalData> personalData();

  /** @return the ledger of erasures */
  ErasureLedger erasureLedger();

  /** @return the communities' erasure policies */
  ErasurePolicies erasurePolicies();

  /**
   * @return the kinds of record the storage can delete once older than a retention period, with
   *     distinct names; none by default
   */
  default List<RetainedData> retainedData() {
    return List.of();
  }
}
