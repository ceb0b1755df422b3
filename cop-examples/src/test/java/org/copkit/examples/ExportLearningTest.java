package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-learning --out DIR} writes one credential per achievement and every statement. */
class ExportLearningTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesACredentialPerAchievementAndTheStatementsAsOneArray(@TempDir Path out) throws Exception {
    ExportLearning.Result result = ExportLearning.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    List<Path> files;
    try (Stream<Path> listed = Files.list(out.resolve("credentials"))) {
      files = listed.sorted().toList();
    }
    // Marta: two units, the course and her validated level; Laia: one unit; Oriol: one unit and the course.
    assertThat(result.credentials()).isEqualTo(7);
    assertThat(files).hasSize(7);
    for (Path file : files) {
      JsonNode credential = JSON.readTree(file.toFile());
      assertThat(credential.get("type")).extracting(JsonNode::textValue).contains("OpenBadgeCredential");
      assertThat(credential.get("proof").get(0).get("proofValue").textValue()).startsWith("z");
      assertThat(file.getFileName().toString()).isEqualTo(credential.get("id").textValue().substring("urn:uuid:".length()) + ".json");
    }
    JsonNode statements = JSON.readTree(out.resolve("statements.json").toFile());
    assertThat(statements.isArray()).isTrue();
    assertThat(statements).hasSize(7);
    assertThat(statements).extracting(s -> s.get("verb").get("id").textValue()).containsOnly(
        "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/attended",
        "http://adlnet.gov/expapi/verbs/answered");
    assertThat(files.stream().map(file -> {
      try {
        return JSON.readTree(file.toFile()).get("credentialSubject").get("achievement").get("achievementType").textValue();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).containsOnlyOnce("Competency");
  }
}
