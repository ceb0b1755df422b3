package org.copkit.api.knowledge;

/** What a knowledge item is. Stores keep the constant's name as text. */
public enum KnowledgeKind {
  /** A short unit of know-how brought by an expert (or an e-moderator). */
  PILL,
  /** Reference material: a description and a link to the document, a file of it, or both. */
  LIBRARY_DOCUMENT,
  /** What the community's working group produced: a report, a guide, a protocol. */
  OUTPUT
}
