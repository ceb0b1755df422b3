package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The quick start runs on the JPA adapter and embedded H2, as the README promises. */
class QuickStartTest {

  @Test
  void theQuickStartRunsOnEmbeddedH2() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("laia.pons joined «Mediació penal» as PARTICIPANT")
        .contains("Jordi Casals promoted Laia Pons to the working group: CORE")
        .contains("CORE: Jordi Casals, Marta Roca, Pere Vives, Laia Pons")
        .containsPattern("\\d+ domain events wait in the outbox");
  }
}
