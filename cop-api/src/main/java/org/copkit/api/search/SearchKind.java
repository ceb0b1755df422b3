package org.copkit.api.search;

/** What a search hit is. Indexes keep the constant's name as text. */
public enum SearchKind {
  /** A thread: its title, its opening post and its tags. */
  THREAD,
  /** A reply in a thread (an answer or a comment in a question). */
  POST,
  /** A knowledge item: a pill, a library document or an output. */
  KNOWLEDGE_ITEM
}
