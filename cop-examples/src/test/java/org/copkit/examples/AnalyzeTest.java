package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copkit.examples.stackexchange.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code analyze} command, end to end. */
class AnalyzeTest {

  /** What the command prints about Bicycles Meta, as the README shows it. */
  private static final String BICYCLES_META_FIGURES = """
        members 2550, contributions 3743, contributors 310, active participation rate 0.121569
        heavy 57, intermittent 253, lurkers 2240, Gini 0.973394, top-1 % share 0.694363
      """;

  @TempDir
  Path output;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  /**
   * The figures of the Bicycles Meta dump in {@code ../shared/data/stackexchange/README.md}, computed
   * there with the definitions, come out of the command's JSON to six decimals.
   */
  @Test
  void onBicyclesMetaTheFiguresAreThoseOfTheDumpsReadme() throws Exception {
    Path dump = Dumps.bicyclesMetaOrSkip();
    Path json = output.resolve("report.json");
    Path html = output.resolve("report.html");

    assertThat(run("analyze", "--stackexchange", dump.toString(), "--json", json.toString(), "--html", html.toString()))
        .as(errors.toString(StandardCharsets.UTF_8)).isZero();

    JsonNode participation = new ObjectMapper().readTree(json.toFile()).get("participation");
    assertThat(participation.get("members").asLong()).isEqualTo(2550);
    assertThat(participation.get("contributions").asLong()).isEqualTo(3743);
    assertThat(participation.get("contributors").asLong()).isEqualTo(310);
    assertThat(participation.get("activeParticipationRate").asDouble()).isCloseTo(0.121569, within(5e-7));
    assertThat(participation.get("heavy").asLong()).isEqualTo(57);
    assertThat(participation.get("intermittent").asLong()).isEqualTo(253);
    assertThat(participation.get("lurkers").asLong()).isEqualTo(2240);
    assertThat(participation.get("gini").asDouble()).isCloseTo(0.973394, within(5e-7));
    assertThat(participation.get("top1PercentShare").asDouble()).isCloseTo(0.694363, within(5e-7));
    assertThat(Files.readString(html)).contains("<title>Lorenz curve</title>");
    assertThat(printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
        .contains(BICYCLES_META_FIGURES)
        .contains("posts and comments           3,894 / 3,894");
  }

  @Test
  void theReadmeGivesTheCommandAndTheFiguresItPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains("## Participation analytics on real data")
        .contains("-Dexec.mainClass=org.copkit.examples.Analyze")
        .contains("-Dexec.args=\"analyze --stackexchange ../shared/data/stackexchange/bicycles-meta --json ")
        .contains(BICYCLES_META_FIGURES);
  }

  @Test
  void theHandMadeDumpIsAnalysedAndBothFilesAreWritten() {
    Path json = output.resolve("tiny.json");
    Path html = output.resolve("tiny.html");

    assertThat(run("analyze", "--stackexchange", Dumps.tiny().toString(), "--json", json.toString(), "--html",
        html.toString())).isZero();

    assertThat(json).isRegularFile();
    assertThat(html).isRegularFile();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("users                            5 / 5")
        .contains("members 4, contributions 8, contributors 3, active participation rate 0.750000")
        .contains("JSON report: " + json.toAbsolutePath().normalize());
  }

  @Test
  void onTheJpaAdapterTheHandMadeDumpGivesTheSameFigures() {
    assertThat(run("analyze", "--stackexchange", Dumps.tiny().toString(), "--jpa"))
        .as(errors.toString(StandardCharsets.UTF_8)).isZero();

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("(JPA on embedded H2)")
        .contains("comments: 5 read, 3 imported, 2 skipped; 1 not by a member; 1 on a post not imported")
        .contains("members 4, contributions 8, contributors 3, active participation rate 0.750000")
        .contains("heavy 0, intermittent 3, lurkers 1, Gini 0.312500, top-1 % share 0.375000");
  }

  @Test
  void aMissingDumpIsReportedWithStatus1() {
    assertThat(run("analyze", "--stackexchange", output.resolve("nowhere").toString())).isEqualTo(1);
    assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("cannot import: no dump folder at ");
  }

  @Test
  void aWrongCommandLineIsReportedWithTheUsageAndStatus2() {
    assertThat(run("analyse", "--stackexchange", "x")).isEqualTo(2);
    assertThat(run("analyze", "--json")).isEqualTo(2);
    assertThat(run("analyze", "--json", "out.json")).isEqualTo(2);
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("the first argument must be the command, analyze")
        .contains("--json needs a value")
        .contains("--stackexchange DIR is required")
        .contains("usage: analyze --stackexchange DIR [--json OUT.json] [--html OUT.html] [--jpa]");
  }

  private int run(String... args) {
    return Analyze.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
  }
}
