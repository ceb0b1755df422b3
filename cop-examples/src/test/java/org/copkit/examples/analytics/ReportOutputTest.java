package org.copkit.examples.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Window;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.examples.stackexchange.Dumps;
import org.copkit.examples.stackexchange.ImportedCommunity;
import org.copkit.examples.stackexchange.StackExchangeImporter;
import org.junit.jupiter.api.Test;

/**
 * The JSON and HTML reports of the hand-made dump. Its members made 2 (Ana), 3 (Ben), 3 (Cai) and
 * 0 (Dee) contributions; the Community account's posts are no member's.
 */
class ReportOutputTest {

  private static final Window WHOLE_DUMP =
      Window.between(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-03-06T00:00:00Z"));

  private final AnalysedCommunity analysed = analyse();

  @Test
  void theJsonHoldsTheParticipationFiguresUnderTheAgreedKeys() throws Exception {
    JsonNode participation = new ObjectMapper().readTree(ReportJson.json(analysed)).get("participation");

    assertThat(participation.get("members").asLong()).isEqualTo(4);
    assertThat(participation.get("contributions").asLong()).isEqualTo(8);
    assertThat(participation.get("contributors").asLong()).isEqualTo(3);
    assertThat(participation.get("activeParticipationRate").asDouble()).isEqualTo(0.75);
    assertThat(participation.get("heavy").asLong()).isZero();
    assertThat(participation.get("intermittent").asLong()).isEqualTo(3);
    assertThat(participation.get("lurkers").asLong()).isEqualTo(1);
    // sorted 0, 2, 3, 3: (−3·0 − 1·2 + 1·3 + 3·3) / (4 · 8)
    assertThat(participation.get("gini").asDouble()).isCloseTo(0.3125, within(1e-12));
    // the top ⌈4 / 100⌉ = 1 member made 3 of 8
    assertThat(participation.get("top1PercentShare").asDouble()).isCloseTo(0.375, within(1e-12));
    assertThat(participation.get("lorenz")).hasSize(101);
  }

  @Test
  void theJsonHoldsTheRestOfTheReportAndTheImport() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.json(analysed));

    assertThat(fieldNames(root)).containsExactly("community", "window", "generatedAt", "thresholds", "participation",
        "tiers", "movement", "components", "questions", "health", "weekly", "monthly", "import");
    assertThat(root.at("/community/name").asText()).isEqualTo("tiny (Stack Exchange)");
    assertThat(root.at("/window/from").asText()).isEqualTo("2020-01-01T00:00:00Z");
    assertThat(root.at("/tiers/0/tier").asText()).isEqualTo("CORE");
    assertThat(root.at("/tiers/0/contributions").asLong()).isEqualTo(2);
    assertThat(root.at("/questions/asked").asLong()).as("threads, the Community account's included").isEqualTo(3);
    assertThat(root.at("/questions/accepted").asLong()).isEqualTo(1);
    assertThat(root.at("/weekly/granularity").asText()).isEqualTo("WEEK");
    assertThat(root.at("/monthly/periods")).hasSize(3);
    assertThat(root.at("/health/dormancy/state").asText()).isEqualTo("AWAKE");
    assertThat(root.at("/import/rows/COMMENT/imported").asLong()).isEqualTo(3);
    assertThat(root.at("/import/rows/VOTE/skippedBecause/NO_VOTER").asLong()).isEqualTo(1);
    assertThat(root.at("/import/tookMillis").asLong()).isEqualTo(1234);
  }

  @Test
  void thePageDrawsThePyramidTheLorenzCurveAndTheWeeklyActivityAsInlineSvg() {
    String page = ReportPage.html(analysed);

    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(Pattern.compile("<svg ").matcher(page).results().count()).isEqualTo(3);
    assertThat(page).contains("<title>Participation pyramid</title>", "<title>Lorenz curve</title>",
        "<title>Weekly activity</title>");
    assertThat(page).contains("4</b>members", "75.0 %</b>active participation", "0.313</b>Gini coefficient");
    assertThat(page).contains("<polyline points=\"56.00,316.00 ");
  }

  @Test
  void thePageLoadsNothingFromAnywhere() {
    String page = ReportPage.html(analysed);

    assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
        .doesNotContain("url(").doesNotContain("@import");
    Matcher references = Pattern.compile("(?i)\\b(?:src|href|xlink:href)\\s*=").matcher(page);
    assertThat(references.find()).as("no element refers to another resource").isFalse();
    Matcher urls = Pattern.compile("https?://[^\"\\s<]+").matcher(page);
    assertThat(urls.results().map(match -> match.group()).toList())
        .as("the only URL is the SVG namespace").containsOnly("http://www.w3.org/2000/svg");
  }

  @Test
  void textFromTheDumpIsEscapedInThePage() {
    AnalysedCommunity hostile = new AnalysedCommunity("<script>alert('x')</script> & co", "<dump>",
        analysed.report(), analysed.imported(), analysed.importTook());

    assertThat(ReportPage.html(hostile)).doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "<code>&lt;dump&gt;</code>");
  }

  private static AnalysedCommunity analyse() {
    ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create()).importFrom(Dumps.tiny());
    CommunityReport report = imported.platform().participationReports()
        .community(imported.administrator(), imported.community(), WHOLE_DUMP);
    return new AnalysedCommunity("tiny (Stack Exchange)", "src/test/resources/stackexchange/tiny", report,
        imported.summary(), Duration.ofMillis(1234));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
