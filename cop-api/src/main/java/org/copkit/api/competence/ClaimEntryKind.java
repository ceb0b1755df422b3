package org.copkit.api.competence;

/** What an entry of a claim's history records. */
public enum ClaimEntryKind {
  /** The member assessed their own level: the claim's level from then on. */
  SELF_ASSESSED,
  /** A peer endorsed the claim at the level it had then, with a comment and possibly evidence. */
  ENDORSED,
  /** An e-moderator, an expert or an administrator validated a level, at most the one claimed. */
  VALIDATED
}
