package org.copkit.api.shared;

/** The actor is known but may not do this. Nothing was changed. */
public final class AccessDeniedException extends CopException {

  private static final long serialVersionUID = 1L;

  private final MemberId actor;
  private final String action;

  /**
   * Creates the exception.
   *
   * @param actor who tried
   * @param action what they tried, in a few words (e.g. {@code "approve join requests"})
   */
  public AccessDeniedException(MemberId actor, String action) {
    super(actor.value() + " may not " + action);
    this.actor = actor;
    this.action = action;
  }

  /** @return who tried */
  public MemberId actor() {
    return actor;
  }

  /** @return what they tried, in a few words */
  public String action() {
    return action;
  }
}
