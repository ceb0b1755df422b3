package org.copkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  /** Known XSS payloads, raw and inside Markdown, with entity-encoded and obfuscated variants. */
  static Stream<String> payloads() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](jav%61script:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![img](javascript:alert(1))",
        "![img](x \"onerror=alert(1)\")",
        "<javascript:alert(1)>",
        "[a](<javascript:alert(1)>)",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "```\n<script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
        "<details open ontoggle=alert(1)>",
        "<a href=\"http://ok.example\" onclick=\"alert(1)\">ok</a>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<<script>script>alert(1)<</script>/script>",
        "\"><script>alert(1)</script>",
        "<img src=`x`onerror=alert(1)>",
        "<img/src=x/onerror=alert(1)>",
        "<a href=\"\u0001javascript:alert(1)\">x</a>");
  }

  private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "em", "strong", "del", "code", "pre",
      "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "thead", "tbody",
      "tr", "th", "td");
  private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "src", "alt", "start", "class");
  private static final Pattern SAFE_URL = Pattern.compile("(https?:|mailto:).*|[^:]*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @ParameterizedTest
  @MethodSource("payloads")
  void noPayloadSurvives(String payload) {
    assertSafe(renderer.render(payload).html());
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void sanitizingTwiceChangesNothing(String payload) {
    String once = renderer.render(payload).html();

    assertThat(renderer.sanitize(once)).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void theSanitizerAloneStopsRawHtmlPayloads(String payload) {
    assertSafe(renderer.sanitize(payload));
  }

  /**
   * Parses the HTML as a browser would and checks every element and attribute it would act on:
   * only allowed elements, no event handlers, and URLs only with http, https or mailto (after the
   * parser has decoded every entity).
   */
  private static void assertSafe(String html) {
    for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (element.tagName().equals("body")) {
        continue;
      }
      assertThat(element.tagName()).as("element in %s", html).isIn(ALLOWED_TAGS);
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as("attribute in %s", html).isIn(ALLOWED_ATTRIBUTES);
        if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
          String url = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "");
          assertThat(url).as("URL in %s", html).matches(SAFE_URL);
        }
      }
    }
  }

  @Test
  void ordinaryMarkdownKeepsItsMeaning() {
    Rendered rendered = renderer.render(
        "# Guia\n\nLa **mediació** és _voluntària_. Vegeu [el protocol](https://justicia.example/protocol) "
            + "i pregunteu a @laia.pons.\n\n- un\n- dos\n\n`codi @no.mencio`");

    assertThat(rendered.html())
        .contains("<h1>Guia</h1>")
        .contains("<strong>mediació</strong>")
        .contains("<em>voluntària</em>")
        .contains("<a href=\"https://justicia.example/protocol\" rel=\"nofollow noopener noreferrer\">el protocol</a>")
        .contains("<li>un</li>")
        .contains("<code>codi &#64;no.mencio</code>");
    assertThat(rendered.links()).containsExactly("https://justicia.example/protocol");
    assertThat(rendered.mentions()).containsExactly("laia.pons");
    assertThat(rendered.text()).contains("La mediació és voluntària").doesNotContain("**");
  }

  @Test
  void theLinksAndMentionsInsideALinkOrAnImageAreFoundToo() {
    Rendered linkedImage = renderer.render("[![el diagrama de @marta](https://img.example/diagrama.png)]"
        + "(https://justicia.example/diagrama) i [pregunteu a @laia.pons](https://justicia.example/faq)");

    assertThat(linkedImage.links()).as("an image inside a link is a link too").containsExactly(
        "https://justicia.example/diagrama", "https://img.example/diagrama.png", "https://justicia.example/faq");
    assertThat(linkedImage.mentions()).containsExactlyInAnyOrder("marta", "laia.pons");
    assertThat(linkedImage.text()).contains("@marta", "@laia.pons");
  }

  @Test
  void emailAddressesAreNotMentions() {
    assertThat(renderer.render("write to ana@justicia.example or @ana").mentions()).containsExactly("ana");
  }

  @Test
  void theOracleCatchesWhatItMust() {
    assertThat(payloads().toList()).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe("<a href=\"jav&#x61;script:alert(1)\">x</a>"))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe("<img src=x onerror=alert(1)>"))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe("<script>alert(1)</script>"))
        .isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest
  @MethodSource("explicitBidiControls")
  void explicitBidiControlsNeverReachTheRenderedText(String control) {
    String body = "Vegeu [l'annex](https://justicia.example/" + control + "fdp.exe) " + control + "fdp.exe i m" + control + "alparit";
    String asEntity = "&#x" + Integer.toHexString(control.charAt(0)) + ";fdp.exe &#" + (int) control.charAt(0) + ";";

    for (String source : java.util.List.of(body, asEntity)) {
      Rendered rendered = renderer.render(source);

      assertThat(rendered.html()).doesNotContain(control).doesNotContainIgnoringCase("&#x" + Integer.toHexString(control.charAt(0)))
          .doesNotContain("&#" + (int) control.charAt(0) + ";").contains("fdp.exe");
      assertThat(rendered.text()).doesNotContain(control).contains("fdp.exe");
      assertThat(rendered.links()).noneMatch(link -> link.contains(control));
    }
    assertThat(renderer.render(body).text()).contains("malparit");
  }

  @Test
  void theInvisibleMarksStayInBodies() {
    String hebrew = "\u05E9\u05DC\u05D5\u05DD\u200F 2026";
    assertThat(renderer.render(hebrew).text()).contains("\u200F");
  }

  static Stream<String> explicitBidiControls() {
    return java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x202A, 0x202E),
        java.util.stream.IntStream.rangeClosed(0x2066, 0x2069)).mapToObj(c -> String.valueOf((char) c));
  }
}
