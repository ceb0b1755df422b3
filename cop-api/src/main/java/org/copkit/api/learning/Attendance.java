package org.copkit.api.learning;

/** What the organisers recorded of a registered member's attendance. */
public enum Attendance {
  /** Nothing recorded yet. */
  UNRECORDED,
  /** The member attended. */
  PRESENT,
  /** The member did not attend. */
  ABSENT,
  /** The member did not attend, with an excuse. */
  EXCUSED
}
