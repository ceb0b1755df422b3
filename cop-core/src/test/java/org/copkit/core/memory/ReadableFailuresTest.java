package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract suites' failures name the broken rule in view, and keep the whole values behind it. */
class ReadableFailuresTest {

  @Test
  void shortensOverLongLinesAndKeepsTheRuleTheValuesAndTheCause() {
    String record = "Post[" + "x".repeat(5_000) + "]";
    String expectedLine = "expected: " + record;
    AssertionFailedError failure = new AssertionFailedError(
        "[update at a stale version must raise STALE_VERSION]\n" + expectedLine + "\n but was: " + record + "!",
        record, record + "!");

    Throwable readable = ReadableFailures.shortened(failure);

    assertThat(readable).isInstanceOf(AssertionFailedError.class).hasCause(failure);
    assertThat(readable.getMessage().lines())
        .first().isEqualTo("[update at a stale version must raise STALE_VERSION]");
    assertThat(readable.getMessage().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThan(ReadableFailures.MAX_LINE + 50))
        .contains(expectedLine.substring(0, ReadableFailures.MAX_LINE)
            + "… (" + (expectedLine.length() - ReadableFailures.MAX_LINE) + " more characters: see the cause)");
    assertThat(((AssertionFailedError) readable).getExpected().getValue()).isEqualTo(record);
    assertThat(((AssertionFailedError) readable).getActual().getValue()).isEqualTo(record + "!");
    assertThat(readable.getStackTrace()).isEqualTo(failure.getStackTrace());
  }

  @Test
  void leavesShortFailuresAndOtherErrorsAlone() {
    AssertionError shortFailure = new AssertionError("[a rule] expected 1 but was 2");
    IllegalStateException notAnAssertion = new IllegalStateException("y".repeat(5_000));

    assertThat(ReadableFailures.shortened(shortFailure)).isSameAs(shortFailure);
    assertThat(ReadableFailures.shortened(notAnAssertion)).isSameAs(notAnAssertion);
  }

  @Test
  void aPlainAssertionErrorStaysAnAssertionErrorCausedByTheOriginal() {
    AssertionError failure = new AssertionError("[a rule]\n" + "z".repeat(ReadableFailures.MAX_LINE + 1));

    Throwable readable = ReadableFailures.shortened(failure);

    assertThat(readable).isExactlyInstanceOf(AssertionError.class).hasCause(failure);
    assertThat(readable.getMessage()).isEqualTo("[a rule]\n" + "z".repeat(ReadableFailures.MAX_LINE) + "… (1 more characters: see the cause)");
  }
}
