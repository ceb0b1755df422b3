package org.copkit.examples.stackexchange;

import java.time.Instant;

/**
 * A row of {@code Users.xml}, reduced to what the import needs.
 *
 * @param id the site's user ID; {@code -1} is the site's own "Community" account
 * @param displayName the name shown on the site
 * @param createdAt when the account was created
 */
record DumpUser(long id, String displayName, Instant createdAt) {

  /** @return whether the user counts as a member: a person, not a system account (Id &gt; 0) */
  boolean isPerson() {
    return id > 0;
  }
}
