package org.copkit.webapp;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * The editor's preview: Markdown rendered with raw HTML escaped and unsafe URLs dropped, then
 * sanitized, as CoPKit renders a post's {@code html} when it is published. Never stored.
 */
@Component
class MarkdownPreview {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
      .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "ul", "ol", "li").toFactory());

  String html(String markdown) {
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
  }
}
