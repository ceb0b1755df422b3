package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.examples.Harness.exec;
import static org.copkit.examples.Harness.locate;
import static org.copkit.examples.Harness.python;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.copkit.examples.stackexchange.BodyLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code search} command on real communities, scored by the independent harness {@code
 * ../shared/tools/search_relevance_eval.py}: the tasks are the harness's, the rankings the
 * command's, the figures the harness's. On the development set (cstheory-meta) the figures are
 * asserted above every baseline with a margin; on the held-out communities (every other dump of
 * {@code ../shared/data/stackexchange/}, its links taken from its question bodies when it has no
 * {@code PostLinks.xml}) the figures pooled over their queries are. Skipped with a message when the
 * data, the harness or python3 are absent.
 */
class SearchCommandTest {

  private static final Path DATA = Path.of("../../shared/data/stackexchange");
  private static final String DEVELOPMENT = "cstheory-meta";
  private static final Path HARNESS = Path.of("../../shared/tools/search_relevance_eval.py");
  private static final List<String> BASELINES = List.of("bm25-title", "bm25", "bm25-boost");
  private static final List<String> MEASURES = List.of("MRR@10", "hit@10");
  /** MRR@10 above the best baseline by at least this much on the development set. */
  private static final double MRR_MARGIN = 0.015;
  /** hit@10 above the best baseline's on the development set (one query in 238 is 0.0042). */
  private static final double HIT_MARGIN = 0.0;
  /** MRR@10 and hit@10 above the best baseline's by at least this much, pooled over the held-out communities. */
  private static final double HELD_OUT_MARGIN = 0.03;

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"memory", "lucene"})
  void findsWhatLinkedQuestionsPointToBetterThanEveryBaseline(String index) throws Exception {
    Path data = locate(DATA);
    assumeTrue(data != null && Files.isRegularFile(data.resolve(DEVELOPMENT).resolve("PostLinks.xml")),
        "no cstheory-meta dump next to the project");
    assumeTools();
    JsonNode report = score(data.resolve(DEVELOPMENT), DEVELOPMENT, index);
    assertThat(report.get("queries").asInt()).isEqualTo(238);
    JsonNode methods = report.get("methods");
    JsonNode ours = methods.get("external");
    for (String baseline : BASELINES) {
      JsonNode theirs = methods.get(baseline);
      assertThat(ours.get("MRR@10").asDouble()).as("MRR@10 against " + baseline)
          .isGreaterThan(theirs.get("MRR@10").asDouble() + MRR_MARGIN);
      assertThat(ours.get("hit@10").asDouble()).as("hit@10 against " + baseline)
          .isGreaterThan(theirs.get("hit@10").asDouble() + HIT_MARGIN);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "lucene"})
  void beatsEveryBaselinePooledOverTheCommunitiesNotTunedOn(String index) throws Exception {
    Path data = locate(DATA);
    assumeTrue(data != null, "no ../shared/data/stackexchange next to the project");
    List<Path> heldOut;
    try (Stream<Path> dumps = Files.list(data)) {
      heldOut = dumps.filter(dump -> Files.isRegularFile(dump.resolve("Posts.xml")))
          .filter(dump -> !dump.getFileName().toString().equals(DEVELOPMENT)).sorted().toList();
    }
    assumeTrue(!heldOut.isEmpty(), "no Stack Exchange dump but the development set in " + data);
    assumeTools();
    Map<String, double[]> pooled = new LinkedHashMap<>();
    int queries = 0;
    ObjectNode figures = new ObjectMapper().createObjectNode();
    for (Path dump : heldOut) {
      String name = dump.getFileName().toString();
      Path scored = dump;
      if (!Files.isRegularFile(dump.resolve("PostLinks.xml"))) {
        scored = Files.createDirectories(temp.resolve(name));
        BodyLinks.derive(dump, scored);
      }
      JsonNode report = score(scored, name, index);
      figures.set(name, report);
      int n = report.get("queries").asInt();
      queries += n;
      report.get("methods").fields().forEachRemaining(method -> {
        double[] sums = pooled.computeIfAbsent(method.getKey(), k -> new double[MEASURES.size()]);
        for (int i = 0; i < MEASURES.size(); i++) {
          sums[i] += n * method.getValue().get(MEASURES.get(i)).asDouble();
        }
      });
    }
    assertThat(queries).as("queries of the held-out communities").isPositive();
    ObjectNode pooledFigures = figures.putObject("pooled");
    pooledFigures.put("queries", queries);
    for (Map.Entry<String, double[]> method : pooled.entrySet()) {
      ObjectNode node = pooledFigures.putObject(method.getKey());
      for (int i = 0; i < MEASURES.size(); i++) {
        node.put(MEASURES.get(i), method.getValue()[i] / queries);
      }
    }
    Files.writeString(Path.of("target", "search-quality-held-out-" + index + ".json"), figures.toPrettyString());
    for (String baseline : BASELINES) {
      for (int i = 0; i < MEASURES.size(); i++) {
        assertThat(pooled.get("external")[i] / queries).as(MEASURES.get(i) + " pooled against " + baseline)
            .isGreaterThan(pooled.get(baseline)[i] / queries + HELD_OUT_MARGIN);
      }
    }
  }

  private static void assumeTools() {
    assumeTrue(locate(HARNESS) != null, "no search_relevance_eval.py next to the project");
    assumeTrue(python() != null, "no python3 on this machine");
  }

  /** @return the harness's report on the command's rankings of the dump's tasks, also kept in target/ */
  private JsonNode score(Path dump, String name, String index) throws Exception {
    String harness = locate(HARNESS).toString();
    Path tasks = temp.resolve(name + ".tasks.jsonl");
    Path rankings = temp.resolve(name + ".rankings.jsonl");
    exec(List.of(python(), harness, dump.toString(), "--emit-tasks", tasks.toString()));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SearchCommand.run(new String[] {"search", "--stackexchange", dump.toString(), "--tasks", tasks.toString(),
        "--out", rankings.toString(), "--index", index}, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readAllLines(rankings)).hasSameSizeAs(Files.readAllLines(tasks));

    String json = exec(List.of(python(), harness, dump.toString(), "--rankings", rankings.toString(), "--json"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "search-quality-" + name + "-" + index + ".json"), json);
    return new ObjectMapper().readTree(json);
  }

  @Test
  void refusesAnUnknownIndexOrAMissingOption() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThat(SearchCommand.run(new String[] {"search", "--stackexchange", "x", "--tasks", "t", "--out", "o", "--index",
        "solr"}, out, errors)).isEqualTo(2);
    assertThat(SearchCommand.run(new String[] {"search", "--tasks", "t", "--out", "o"}, out, errors)).isEqualTo(2);
    assertThat(SearchCommand.run(new String[] {"search", "--stackexchange", temp.resolve("none").toString(), "--tasks",
        temp.resolve("none.jsonl").toString(), "--out", temp.resolve("o.jsonl").toString()}, out, errors)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--index must be memory or lucene, was solr")
        .contains("--stackexchange DIR, --tasks FILE and --out FILE are required").contains("cannot read the tasks");
  }
}
