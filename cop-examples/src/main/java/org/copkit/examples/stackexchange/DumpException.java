package org.copkit.examples.stackexchange;

/** A dump folder or file that cannot be imported: missing, not well-formed, or without members. */
public final class DumpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DumpException(String message, Throwable cause) {
    super(message, cause);
  }
}
