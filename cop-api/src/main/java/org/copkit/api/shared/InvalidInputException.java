package org.copkit.api.shared;

/** Input broke a rule. Names the field and the rule; nothing was changed. */
public final class InvalidInputException extends CopException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the offending field, such as {@code "name"}
   * @param rule the rule it broke, such as {@code "must not be blank"}
   */
  public InvalidInputException(String field, String rule) {
    super(field + " " + rule);
    this.field = field;
    this.rule = rule;
  }

  /** @return the offending field */
  public String field() {
    return field;
  }

  /** @return the rule it broke */
  public String rule() {
    return rule;
  }
}
