package org.copkit.api.feed;

/** The four components of a community of practice; every activity belongs to one. */
public enum CopComponent {
  /** Watching the outside world. */
  ANTENNA,
  /** Organising the know-how the community has. */
  KNOW_HOW,
  /** Producing the community's outputs. */
  PRODUCTION,
  /** Learning. */
  LEARNING
}
