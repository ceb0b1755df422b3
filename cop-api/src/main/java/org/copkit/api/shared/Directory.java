package org.copkit.api.shared;

import java.util.Optional;

/**
 * Outbound port: the host application's directory of people (LDAP, an HR system, its own user
 * table). CoPKit asks it who an actor is and whether a member ID names a real person.
 *
 * <p>Implementations must be thread-safe and fast: it is called on every use case.
 */
public interface Directory {

  /**
   * Looks a person up.
   *
   * @param id their identifier
   * @return the person, or empty when the directory does not know the ID
   */
  Optional<Person> find(MemberId id);
}
