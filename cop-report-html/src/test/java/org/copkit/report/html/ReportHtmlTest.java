package org.copkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * The report's sections for a real community: Jordi (its creator and e-moderator) writes two
 * threads; Marta's reply, a newcomer's first post, waits for the e-moderator and counts for nobody
 * yet; Laia reads only. Of 3 members 1 contributed 2 posts: with contributions sorted 0, 0, 2
 * the Gini coefficient is 2·(3·2) / (3·2) − (3 + 1) / 3 = 0.667.
 */
class ReportHtmlTest {

  private static final MemberId JORDI = MemberId.of("jordi.casals");
  private static final MemberId MARTA = MemberId.of("marta.roca");
  private static final MemberId LAIA = MemberId.of("laia.pons");

  private final CommunityReport report = report();

  @Test
  void theSectionsHoldTheFiguresAndTheThreeChartsAsInlineSvg() {
    String html = ReportHtml.sections(report);

    assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(3);
    assertThat(html).contains("<title>Participation pyramid</title>", "<title>Lorenz curve</title>",
        "<title>Weekly activity</title>");
    assertThat(html).contains("3</b>members", "2</b>contributions", "1</b>contributors",
        "33.3 %</b>active participation", "0.667</b>Gini coefficient");
    assertThat(html).contains("<h2>Core and periphery</h2>", "<h2>Questions</h2>", "<h2>The four CoP components</h2>",
        "<h2>Health</h2>", "<h2>Movement since the previous window</h2>");
  }

  @Test
  void theSectionsRunNoScriptAndLoadNothing() {
    String html = ReportHtml.sections(report);

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase(" style=").doesNotContainIgnoringCase(" on");
    Matcher references = Pattern.compile("(?i)\\b(?:src|href|xlink:href)\\s*=").matcher(html);
    assertThat(references.find()).as("no element refers to another resource").isFalse();
  }

  @Test
  void textIsEscapedForElementsAndQuotedAttributes() {
    assertThat(ReportHtml.escape("<script>alert('x')</script> & \"co\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
    StringBuilder table = new StringBuilder();
    ReportHtml.table(table, List.of("<th>"), List.of(List.of("<td onclick=x>")));
    assertThat(table.toString()).contains("<th>&lt;th&gt;</th>", "<td>&lt;td onclick=x&gt;</td>")
        .doesNotContain("<td onclick");
  }

  @Test
  void countsDaysAndDurationsReadAsWords() {
    assertThat(ReportHtml.count(1_234_567)).isEqualTo("1,234,567");
    assertThat(ReportHtml.day(Instant.parse("2026-03-01T23:30:00Z"))).isEqualTo("2026-03-01");
    assertThat(ReportHtml.duration(Duration.ofDays(3))).isEqualTo("3 days");
    assertThat(ReportHtml.duration(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
    assertThat(ReportHtml.duration(Duration.ofSeconds(95))).isEqualTo("1 min 35 s");
    assertThat(ReportHtml.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
  }

  private static CommunityReport report() {
    try (CopPlatform platform = CopPlatform.builder().directory(InMemoryDirectory.of(
            Person.active(JORDI, "Jordi Casals", "Mediació"), Person.active(MARTA, "Marta Roca", "Mediació"),
            Person.active(LAIA, "Laia Pons", "Víctimes")))
        .build()) {
      Community community = platform.lifecycle().create(JORDI, new CommunityDetails("Mediació penal",
          "Victim-offender mediation", "Share cases", Visibility.OPEN));
      platform.joining().join(MARTA, community.id(), "");
      platform.joining().join(LAIA, community.id(), "");
      var first = platform.discussions().start(JORDI, StartThread.question(community.id(), "Com es deriva?",
          "Quins criteris?", Set.of("derivació")));
      platform.discussions().start(JORDI, StartThread.discussion(community.id(), "Calendari", "Dijous"));
      var thread = ((org.copkit.api.discussion.PostOutcome.Published) first).thread();
      platform.discussions().reply(MARTA, Reply.to(thread.id(), "Voluntarietat i cap risc."));
      return platform.participationReports().community(JORDI, community.id(),
          Window.endingAt(Instant.now().plusSeconds(1), Duration.ofDays(30)));
    }
  }
}
