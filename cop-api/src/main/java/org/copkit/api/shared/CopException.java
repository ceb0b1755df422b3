package org.copkit.api.shared;

/**
 * Root of every error CoPKit raises. All are unchecked; catch this type to handle any of them.
 *
 * <p>A use case that throws has changed nothing: input is validated and the actor authorized
 * before anything is written.
 */
public abstract sealed class CopException extends RuntimeException
    permits NotFoundException, AccessDeniedException, ConflictException, InvalidInputException,
        RateLimitedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message for people.
   *
   * @param message what went wrong, in a sentence
   */
  protected CopException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, in a sentence
   * @param cause the underlying failure
   */
  protected CopException(String message, Throwable cause) {
    super(message, cause);
  }
}
