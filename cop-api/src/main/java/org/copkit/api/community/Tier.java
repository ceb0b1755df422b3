package org.copkit.api.community;

/** How close to the work a member is. */
public enum Tier {
  /** The working group: does the work, sees work in progress. */
  CORE,
  /** The periphery: takes part and sees validated outputs. */
  PARTICIPANT,
  /** Reads only. */
  OBSERVER
}
