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
  /** Something else, explained in the flag's text. */
  OTHER
}
