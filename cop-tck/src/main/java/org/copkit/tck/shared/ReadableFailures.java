package org.copkit.tck.shared;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Keeps a contract's failure readable: an assertion message longer than {@value #MAX_LINE}
 * characters on a line (a page of records, a multi-kilobyte record) is shortened line by line, so
 * that the line naming the rule of the port that was broken stays in view. Nothing is lost: the
 * original error is the cause of the shortened one, and an {@link AssertionFailedError}'s expected
 * and actual values are kept whole, for an IDE's comparison view.
 *
 * <p>Every contract suite of this kit uses it ({@link StorageContract} and the suites that do not
 * extend it carry it); an adapter's own tests may too, with {@code @ExtendWith(ReadableFailures.class)}.
 */
public final class ReadableFailures implements TestExecutionExceptionHandler {

  /** The longest line of a failure message kept whole. */
  public static final int MAX_LINE = 600;

  /** For JUnit. */
  public ReadableFailures() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    throw shortened(thrown);
  }

  /**
   * @param thrown what a test threw
   * @return an assertion error with every over-long line of its message shortened, caused by
   *     {@code thrown}; {@code thrown} itself when it is not an assertion error or nothing needs
   *     shortening
   */
  public static Throwable shortened(Throwable thrown) {
    if (!(thrown instanceof AssertionError) || thrown.getMessage() == null) {
      return thrown;
    }
    String message = thrown.getMessage();
    StringBuilder shortened = new StringBuilder(Math.min(message.length(), 4 * MAX_LINE));
    boolean changed = false;
    for (String line : message.split("\n", -1)) {
      if (shortened.length() > 0) {
        shortened.append('\n');
      }
      if (line.length() > MAX_LINE) {
        shortened.append(line, 0, MAX_LINE)
            .append("… (").append(line.length() - MAX_LINE).append(" more characters: see the cause)");
        changed = true;
      } else {
        shortened.append(line);
      }
    }
    if (!changed) {
      return thrown;
    }
    AssertionError readable = thrown instanceof AssertionFailedError failed && failed.isExpectedDefined() && failed.isActualDefined()
        ? new AssertionFailedError(shortened.toString(), failed.getExpected().getValue(), failed.getActual().getValue(), thrown)
        : new AssertionError(shortened.toString(), thrown);
    readable.setStackTrace(thrown.getStackTrace());
    return readable;
  }
}
