package org.copkit.api.analytics;

/** What a post is to its thread. */
public enum PostRole {
  /** The post that opened the thread: a discussion started, a question asked, an announcement made. */
  OPENING,
  /** A reply to the thread itself: for a question, an answer. */
  REPLY,
  /** A reply to one of the thread's replies: a comment. */
  NESTED_REPLY
}
