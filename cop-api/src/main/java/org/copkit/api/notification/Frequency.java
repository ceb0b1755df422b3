package org.copkit.api.notification;

/** How often a member wants to hear from the platform. */
public enum Frequency {
  /** Each notification as it happens (outside quiet hours); no digest. */
  IMMEDIATE,
  /** One digest a day, at the member's digest time. */
  DAILY,
  /** One digest a week, on the member's digest day at their digest time. */
  WEEKLY
}
