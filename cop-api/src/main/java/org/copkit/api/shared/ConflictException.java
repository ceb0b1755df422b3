package org.copkit.api.shared;

/**
 * The request is well formed and allowed, but the current state forbids it: a stale version, a
 * duplicate, or a domain rule (the last e-moderator leaving, a change to an archived community).
 * Nothing was changed.
 */
public final class ConflictException extends CopException {

  private static final long serialVersionUID = 1L;

  /** Why the state and the request disagree. */
  public enum Kind {
    /** Someone else changed the thing since the caller read it. */
    STALE_VERSION,
    /** The thing already exists (a membership, a pending request, an ID). */
    DUPLICATE,
    /** A domain rule forbids the change in the current state. */
    RULE
  }

  private final Kind kind;

  private ConflictException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * A stale version: the caller read version {@code expected}, the stored one is newer.
   *
   * @param what the thing, such as {@code "community 5f0c…"}
   * @param expected the version the caller read
   * @return the exception
   */
  public static ConflictException staleVersion(String what, long expected) {
    return new ConflictException(
        Kind.STALE_VERSION, what + " was changed by someone else since version " + expected);
  }

  /**
   * A duplicate.
   *
   * @param what the thing that already exists, such as {@code "membership of ana in 5f0c…"}
   * @return the exception
   */
  public static ConflictException duplicate(String what) {
    return new ConflictException(Kind.DUPLICATE, what + " already exists");
  }

  /**
   * A domain rule forbids the change.
   *
   * @param rule the rule, in a sentence
   * @return the exception
   */
  public static ConflictException rule(String rule) {
    return new ConflictException(Kind.RULE, rule);
  }

  /** @return why the state and the request disagree */
  public Kind kind() {
    return kind;
  }
}
