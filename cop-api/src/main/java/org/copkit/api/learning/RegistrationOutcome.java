package org.copkit.api.learning;

import org.copkit.api.shared.Validation;

/** What registering to a learning event gave. Sealed. */
public sealed interface RegistrationOutcome {

  /** @return the registration */
  Registration registration();

  /**
   * A seat is the member's.
   *
   * @param registration the confirmed registration
   */
  record Confirmed(Registration registration) implements RegistrationOutcome {
    /** Validates the field. */
    public Confirmed {
      Validation.required("registration", registration);
    }
  }

  /**
   * The event is full: the member is on its waiting list.
   *
   * @param registration the waiting registration
   * @param position the member's place on the waiting list, 1 for the next to be promoted
   */
  record Waitlisted(Registration registration, int position) implements RegistrationOutcome {
    /** Validates the fields. */
    public Waitlisted {
      Validation.required("registration", registration);
      Validation.between("position", position, 1, Integer.MAX_VALUE);
    }
  }
}
