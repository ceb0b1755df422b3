package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's quick start is the compiled one in {@link QuickStart}, word for word. */
class ReadmeTest {

  private static final Pattern SNIPPET =
      Pattern.compile("// tag::quickstart\\[]\\n(.*?)\\n\\s*// end::quickstart\\[]", Pattern.DOTALL);

  @Test
  void theReadmeShowsTheCompiledQuickStart() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/copkit/examples/QuickStart.java"));
    Matcher matcher = SNIPPET.matcher(source);
    assertThat(matcher.find()).as("QuickStart.java holds the tagged snippet").isTrue();
    String snippet = matcher.group(1).stripIndent();

    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }

  @Test
  void theReadmeShowsTheCompiledProductionCycle() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/copkit/examples/ProductionStory.java"));
    Matcher matcher = Pattern.compile("// tag::production\\[]\\n(.*?)\\n\\s*// end::production\\[]", Pattern.DOTALL)
        .matcher(source);
    assertThat(matcher.find()).as("ProductionStory.java holds the tagged snippet").isTrue();

    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + matcher.group(1).stripIndent() + "\n```");
  }

  @Test
  void theReadmeGivesExactlyTheTwoCommandsThatCiRuns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String ci = Files.readString(Path.of("../.ci/run"));

    assertThat(readme).contains("# Run the example intranet on an embedded H2 database with demo data, at http://localhost:8080:\n"
        + "mvn -q -pl cop-webapp -am -DskipTests -Dcopkit.quick package exec:java@intranet\n");
    assertThat(readme).as("the quick start's own command, outside the two").contains(
        "mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java`");
    int start = readme.indexOf("```sh\n# Run the example intranet");
    String block = readme.substring(start + 5, readme.indexOf("```", start + 5));
    assertThat(block.lines().filter(line -> !line.isBlank() && !line.startsWith("#")))
        .as("exactly two set-up commands").containsExactly(
            "mvn -q -pl cop-webapp -am -DskipTests -Dcopkit.quick package exec:java@intranet", "mvn verify");
    assertThat(readme).contains("\nmvn verify\n");
    assertThat(ci).contains("mvn -B -ntp verify");
  }
}
