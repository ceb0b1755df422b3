package org.copkit.api.learning;

/** Where a registration to a learning event stands. */
public enum RegistrationStatus {
  /** A seat is the member's. */
  CONFIRMED,
  /** On the waiting list, promoted in order of registration when a seat frees. */
  WAITING,
  /** The member cancelled. */
  CANCELLED
}
