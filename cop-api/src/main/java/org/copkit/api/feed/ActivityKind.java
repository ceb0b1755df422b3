package org.copkit.api.feed;

/** What an activity is. */
public enum ActivityKind {
  /** A discussion thread was opened. */
  DISCUSSION,
  /** A question was asked; it stays open until someone {@link Interaction.Kind#ANSWERED answers}. */
  QUESTION,
  /** A reply or post in a thread. */
  POST,
  /** An answer was accepted. */
  ACCEPTED_ANSWER,
  /** An announcement, usually by an e-moderator. */
  ANNOUNCEMENT,
  /** A knowledge pill, usually by an expert. */
  KNOWLEDGE_PILL,
  /** An output of the community: a report, a good practice, a guide. */
  OUTPUT,
  /** A document entered the library. */
  DOCUMENT,
  /** An event was announced. */
  EVENT,
  /** A learning unit was published. */
  LEARNING_UNIT,
  /** A member was promoted to the core group. */
  PROMOTION
}
