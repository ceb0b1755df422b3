package org.copkit.core.community;

import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.shared.Validation;

/**
 * The person behind a call, as the directory describes them: known and active, or refused. Wiring
 * for the core's features, obtained from {@link CommunityGate#actor}.
 *
 * @param person the person
 */
public record Actor(Person person) {

  static Actor resolve(Directory directory, MemberId id) {
    Validation.required("actor", id);
    Person person =
        directory.find(id)
            .filter(Person::active)
            .orElseThrow(() -> new AccessDeniedException(id, "act: not an active person in the directory"));
    return new Actor(person);
  }

  /** @return the person's ID */
  public MemberId id() {
    return person.id();
  }

  /** @return whether the person administers the platform */
  public boolean isAdministrator() {
    return person.administrator();
  }
}
