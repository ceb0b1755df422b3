package org.copkit.api.learning;

/** What kind of learning event: the kinds a community of practice holds. */
public enum EventKind {
  /** A course, such as one for e-moderators. */
  COURSE,
  /** A specialised seminar. */
  SEMINAR,
  /** A good-practice session. */
  GOOD_PRACTICE_SESSION,
  /** A conference. */
  CONFERENCE,
  /** A face-to-face meeting of the working group. */
  WORKING_GROUP_MEETING
}
