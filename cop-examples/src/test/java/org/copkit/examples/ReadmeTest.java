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
  void theReadmeGivesExactlyTheTwoCommandsThatCiRuns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String ci = Files.readString(Path.of("../.ci/run"));

    assertThat(readme).contains("mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java");
    assertThat(readme).contains("\nmvn verify\n");
    assertThat(ci).contains("mvn -B -ntp verify");
  }
}
