package org.copkit.jpa.community;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * The value of a {@code pending_key} column: set while a join request or an invitation is pending,
 * NULL afterwards. A unique index on the column lets the database itself, under any concurrency,
 * hold the rule "at most one pending request (or invitation) per community and person"; NULLs do
 * not collide in H2, PostgreSQL or MariaDB.
 */
final class PendingKey {

  /** A UUID, a separator and the longest member ID. */
  static final int MAX_LENGTH = 36 + 1 + MemberId.MAX_LENGTH;

  private PendingKey() {}

  static String of(CommunityId community, MemberId person) {
    return community + "/" + person.value();
  }
}
