package org.copkit.core.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.shared.Validation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns members' Markdown into HTML that is safe to insert in a page, in two independent steps:
 * commonmark renders with raw HTML escaped and unsafe URLs neutralized, then the OWASP sanitizer
 * keeps only an allow-list of elements, attributes and URL protocols (http, https, mailto). Either
 * step alone would stop the usual payloads; together they also stop what one of them misses.
 * Sanitizing its own output changes nothing. Thread-safe.
 *
 * <p>The explicit bidirectional controls (U+202A–U+202E, U+2066–U+2069; see {@link
 * Validation}) are removed from the source before it is parsed, so that neither the HTML, the
 * plain text that moderation rules read, the links nor the mentions can be reordered on screen
 * (a right-to-left override shows {@code "exe.pdf"} typed backwards as {@code "fdp.exe"}). The
 * source itself is kept as written.
 *
 * <p>Wiring for the core's features (discussions, knowledge base); hosts get rendered HTML from the
 * records the use cases return.
 */
public final class MarkdownRenderer {

  private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9_-])?)");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements("p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li",
              "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href", "title").onElements("a")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .allowAttributes("src", "alt", "title").onElements("img")
          .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
          .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
          .toFactory();

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private final TextContentRenderer text = TextContentRenderer.builder().build();

  /**
   * Renders Markdown.
   *
   * @param markdown the source
   * @return the sanitized HTML, the plain text, the links and the mentions
   */
  public Rendered render(String markdown) {
    Node document = parser.parse(withoutExplicitBidiControls(markdown));
    List<String> links = new ArrayList<>();
    Set<String> mentions = new LinkedHashSet<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            links.add(image.getDestination());
            visitChildren(image);
          }

          @Override
          public void visit(Text node) {
            Matcher matcher = MENTION.matcher(node.getLiteral());
            while (matcher.find()) {
              mentions.add(matcher.group(1));
            }
          }
        });
    // A control written as an entity (&#x202E;) is only decoded by the parser: remove it again.
    return new Rendered(withoutExplicitBidiControls(sanitize(html.render(document))),
        withoutExplicitBidiControls(text.render(document)),
        links.stream().map(MarkdownRenderer::withoutExplicitBidiControls).toList(), mentions);
  }

  private static String withoutExplicitBidiControls(String markdown) {
    if (markdown.chars().noneMatch(Validation::isExplicitBidiControl)) {
      return markdown;
    }
    StringBuilder kept = new StringBuilder(markdown.length());
    markdown.chars().filter(c -> !Validation.isExplicitBidiControl(c)).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  /**
   * Passes HTML through the sanitizer policy alone.
   *
   * @param untrusted any HTML
   * @return what the policy keeps of it
   */
  public String sanitize(String untrusted) {
    return POLICY.sanitize(untrusted);
  }
}
