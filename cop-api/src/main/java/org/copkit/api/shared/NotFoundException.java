package org.copkit.api.shared;

/**
 * The thing asked for does not exist, or the actor may not know that it exists (a SECRET
 * community looks exactly like a missing one to an outsider).
 */
public final class NotFoundException extends CopException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for, such as {@code "community"}
   * @param id the identifier that was asked for
   */
  public NotFoundException(String kind, String id) {
    super(kind + " " + id + " was not found");
    this.kind = kind;
    this.id = id;
  }

  /** @return what was looked for, such as {@code "community"} */
  public String kind() {
    return kind;
  }

  /** @return the identifier that was asked for */
  public String id() {
    return id;
  }
}
