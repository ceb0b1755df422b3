package org.copkit.api.moderation;

/** Why a member flags something. */
public enum FlagReason {
  /** Advertising, scams, link farms. */
  SPAM,
  /** Does not belong in this community. */
  OFF_TOPIC,
  /** Offensive, abusive or otherwise unacceptable. */
  INAPPROPRIATE,
  /** Exposes someone's personal data (a case file, a national ID number). */
  PERSONAL_DATA,
  /** Out of date: a knowledge item that no longer holds (a law changed, a link is dead). */
  OUTDATED,
  /** Something else, explained in the flag's text. */
  OTHER
}
