package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.examples.Harness.exec;
import static org.copkit.examples.Harness.locate;
import static org.copkit.examples.Harness.python;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code experts} command on real Stack Exchange dumps, scored by the independent harness
 * {@code ../shared/tools/expert_finding_eval.py}: the tasks are the harness's, the rankings the
 * command's, the figures the harness's. The command sees a copy of the dump holding only {@code
 * Posts.xml}. Skipped with a message when the dumps, the harness or python3 are absent.
 */
class ExpertsCommandTest {

  private static final Path DATA = Path.of("../../shared/data/stackexchange");
  private static final Path HARNESS = Path.of("../../shared/tools/expert_finding_eval.py");
  private static final List<String> BASELINES = List.of("popularity", "tag-count", "bm25", "bm25+tag", "recent-pop");
  private static final double MRR_MARGIN = 0.003;

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"bicycles-meta", "cstheory-meta"})
  void ranksWhoAnswersBetterThanEveryBaseline(String site) throws Exception {
    Path root = locate(DATA);
    Path harness = locate(HARNESS);
    assumeTrue(root != null && Files.isRegularFile(root.resolve(site).resolve("Posts.xml")),
        "no Stack Exchange dump of " + site + " next to the project");
    assumeTrue(harness != null, "no expert_finding_eval.py next to the project");
    assumeTrue(python() != null, "no python3 on this machine");
    Path dump = Files.createDirectories(temp.resolve(site));
    Files.copy(root.resolve(site).resolve("Posts.xml"), dump.resolve("Posts.xml"));
    Path tasks = temp.resolve("tasks.jsonl");
    Path rankings = temp.resolve("rankings.jsonl");
    exec(List.of(python(), harness.toString(), dump.resolve("Posts.xml").toString(), "--emit-tasks", tasks.toString()));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Experts.run(new String[] {"experts", "--stackexchange", dump.toString(), "--tasks", tasks.toString(),
        "--out", rankings.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

    String json = exec(List.of(python(), harness.toString(), dump.resolve("Posts.xml").toString(), "--rankings",
        rankings.toString(), "--json"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "expert-finding-" + site + ".json"), json);
    Files.copy(rankings, Path.of("target", "expert-finding-" + site + ".rankings.jsonl"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    JsonNode report = new ObjectMapper().readTree(json);
    JsonNode methods = report.get("methods");
    JsonNode ours = methods.get("external");
    assertThat(ours.get("missing_questions").asInt()).isZero();
    assertThat(ours.get("non_candidate_ids_in_top100").asInt()).isZero();
    for (String baseline : BASELINES) {
      JsonNode theirs = methods.get(baseline);
      assertThat(ours.get("mrr").asDouble()).as("MRR against " + baseline)
          .isGreaterThan(theirs.get("mrr").asDouble() + MRR_MARGIN);
      assertThat(ours.get("hit@10").asDouble()).as("hit@10 against " + baseline)
          .isGreaterThanOrEqualTo(theirs.get("hit@10").asDouble());
    }
  }
}
