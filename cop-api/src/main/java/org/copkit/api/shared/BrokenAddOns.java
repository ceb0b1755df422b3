package org.copkit.api.shared;

/**
 * What the platform's builder does with an add-on it cannot use: a provider that cannot be created
 * (no public no-argument constructor, a constructor that throws, a missing class), or whose name
 * breaks the rules of its extension point (missing, not 1 to 64 lower-case letters, digits and
 * dashes, taken by another add-on of the same kind or by a built-in one).
 */
public enum BrokenAddOns {
  /** Refuse to build the platform, naming the class and what is wrong with it (the default). */
  REFUSE,
  /** Report it in the log and start without it. */
  SKIP
}
