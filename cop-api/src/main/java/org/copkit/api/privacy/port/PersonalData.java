package org.copkit.api.privacy.port;

import org.copkit.api.shared.MemberId;

/**
 * What one capability holds about members, and how it exports and erases it: the one port through
 * which every capability (communities, discussions, moderation, the audit trail, …) and every add-on
 * that keeps data of its own takes part in a member's export and erasure.
 *
 * <p>Storage adapters provide one per capability ({@link PrivacyStorage#personalData()}); hosts and
 * add-ons register more on the platform's builder. {@code cop-tck}'s {@code PersonalDataContract}
 * checks an implementation.
 *
 * <p>Rules every implementation keeps:
 *
 * <ul>
 *   <li>{@link #export} pages through storage and writes record by record: it never loads all of a
 *       member's records at once. It runs inside a unit of work of the storage.
 *   <li>{@link #erase} runs inside a unit of work of its own: all of it commits, or none. It is
 *       idempotent: erasing again finds nothing left of the member and changes nothing. After it,
 *       {@link #export} of the member writes nothing, and the pseudonym stands wherever the member
 *       stood (authors, actors, reactions, memberships), so counts and threads stay as they were.
 * </ul>
 */
public interface PersonalData {

  /**
   * @return the capability's name, the key of its section in the export: lower case letters,
   *     digits and hyphens, unique on a platform
   */
  String capability();

  /**
   * Writes every record this capability holds about the member.
   *
   * @param member the member
   * @param out where the records go
   */
  void export(MemberId member, PersonalRecords out);

  /**
   * Replaces the member by the pseudonym in every record, and removes their writing where the
   * policy says so.
   *
   * @param erasure who, by whom, and where writing goes
   * @return how many records changed
   */
  long erase(Pseudonymisation erasure);
}
