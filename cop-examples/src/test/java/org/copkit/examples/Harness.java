package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Python evaluation harnesses beside the project ({@code shared/tools/*.py}) for the
 * commands' tests: finds the data and the scripts, finds python3, runs a script.
 */
final class Harness {

  private Harness() {}

  /**
   * Runs a command to its end and fails the test if it does not exit with 0.
   *
   * @param command the program and its arguments
   * @return what it wrote to its standard output
   */
  static String exec(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] stdout = process.getInputStream().readAllBytes();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(stderr).isZero();
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** @return python3 on the PATH, or null when there is none */
  static String python() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "python3"))) {
        return Path.of(dir, "python3").toString();
      }
    }
    return null;
  }

  /**
   * @return the path from the module's folder (a checkout beside {@code shared/}, or a worktree one
   *     level deeper) or from the project's root, whichever exists; null when none does
   */
  static Path locate(Path fromModule) {
    for (Path candidate : List.of(fromModule, Path.of("..").resolve(fromModule), Path.of(fromModule.toString().substring(3)))) {
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
