package org.copkit.examples.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stack Exchange's HTML back to Markdown, element by element. */
class HtmlToMarkdownTest {

  @Test
  void paragraphsAndLineBreaksBecomeBlankLinesAndNewLines() {
    assertThat(HtmlToMarkdown.convert("<p>One\nsentence.</p>\n\n<p>Line one<br>line two</p>"))
        .isEqualTo("One sentence.\n\nLine one\nline two");
  }

  @Test
  void inlineMarkupBecomesMarkdown() {
    assertThat(HtmlToMarkdown.convert(
        "<p><strong>Bold</strong>, <em>italic</em>, <s>gone</s>, <code>a &lt; b</code> and <kbd>Ctrl</kbd></p>"))
        .isEqualTo("**Bold**, *italic*, ~~gone~~, `a < b` and `Ctrl`");
  }

  @Test
  void linksAndImagesKeepTheirTargets() {
    assertThat(HtmlToMarkdown.convert("<p><a href=\"https://x.org/a\" rel=\"nofollow\">a guide</a>, "
        + "<a href=\"https://x.org/b\">https://x.org/b</a>, <img src=\"https://i.x.org/w.png\" alt=\"a wheel\"></p>"))
        .isEqualTo("[a guide](https://x.org/a), <https://x.org/b>, ![a wheel](https://i.x.org/w.png)");
  }

  @Test
  void headingsRulesAndQuotes() {
    assertThat(HtmlToMarkdown.convert(
        "<h2>Note:</h2><blockquote><p><strong>Possible Duplicate:</strong><br>\nSee above</p><p>Twice</p></blockquote><hr>"))
        .isEqualTo("## Note:\n\n> **Possible Duplicate:**\n> See above\n>\n> Twice\n\n---");
  }

  @Test
  void codeBlocksKeepTheirIndentationAndLineBreaks() {
    assertThat(HtmlToMarkdown.convert("<pre><code>int x = 1;\n  indented();\n</code></pre>"))
        .isEqualTo("```\nint x = 1;\n  indented();\n```");
  }

  @Test
  void orderedAndNestedListsAreNumberedAndIndented() {
    assertThat(HtmlToMarkdown.convert(
        "<ol>\n<li>Check the domain\nfirst</li>\n<li>One per answer<ul><li>nested</li></ul></li>\n</ol>"))
        .isEqualTo("1. Check the domain first\n2. One per answer\n\n   - nested");
  }

  @Test
  void emptyOrMissingHtmlGivesAnEmptyText() {
    assertThat(HtmlToMarkdown.convert(null)).isEmpty();
    assertThat(HtmlToMarkdown.convert("<p> </p><div>\n</div>")).isEmpty();
  }
}
