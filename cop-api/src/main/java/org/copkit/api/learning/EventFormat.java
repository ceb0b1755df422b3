package org.copkit.api.learning;

/** Where a learning event happens. */
public enum EventFormat {
  /** Online: the location is the http or https link to join. */
  ONLINE,
  /** On site: the location is the place. */
  ON_SITE
}
