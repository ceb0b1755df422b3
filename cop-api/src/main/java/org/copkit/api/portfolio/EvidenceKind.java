package org.copkit.api.portfolio;

/** Where a piece of evidence of a member's portfolio comes from. */
public enum EvidenceKind {
  /** An answer of theirs that a question's asker accepted. */
  ANSWER_ACCEPTED,
  /** A knowledge item they wrote: a pill, a library document, an output. */
  KNOWLEDGE_ITEM_WRITTEN,
  /** An output of the working group they co-authored, in its production cycle. */
  OUTPUT_CO_AUTHORED,
  /** A learning event the organisers recorded them PRESENT at. */
  EVENT_ATTENDED,
  /** A learning unit they completed. */
  UNIT_COMPLETED,
  /** A peer's endorsement of one of their competence claims. */
  ENDORSEMENT_RECEIVED,
  /** A validation of one of their competence claims by an e-moderator, expert or administrator. */
  LEVEL_VALIDATED,
  /** A reflection they wrote in their portfolio. */
  REFLECTION,
  /** Evidence they uploaded elsewhere and referred to by a link. */
  UPLOADED;

  /** @return whether the member adds it to their portfolio themselves, rather than it being gathered */
  public boolean own() {
    return this == REFLECTION || this == UPLOADED;
  }
}
