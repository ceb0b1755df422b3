package org.copkit.api.learning;

/** What a learning unit is made of. */
public enum UnitFormat {
  /** A text to read, in the unit's summary and possibly at its link. */
  TEXT,
  /** A video, at the unit's link. */
  VIDEO,
  /** A podcast, at the unit's link. */
  PODCAST,
  /** A knowledge item of the community (a pill, a document, an output), at the unit's link. */
  KNOWLEDGE_ITEM
}
