package org.copkit.examples.stackexchange;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of a Stack Exchange post back into the Markdown its author would have typed, near
 * enough: paragraphs, headings, emphasis, inline code and code blocks, links, images, quotes, lists
 * and rules. Anything else keeps its text and loses its markup.
 */
final class HtmlToMarkdown {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

  private HtmlToMarkdown() {}

  /**
   * @param html a post body as the dump holds it (entities already decoded by the XML reader)
   * @return its Markdown, stripped; empty when the HTML holds no text
   */
  static String convert(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length());
    blocks(Jsoup.parseBodyFragment(html).body(), out);
    return tidy(out.toString());
  }

  private static void blocks(Element parent, StringBuilder out) {
    for (Node child : parent.childNodes()) {
      block(child, out);
    }
  }

  private static void block(Node node, StringBuilder out) {
    if (!(node instanceof Element element)) {
      inline(node, out);
      return;
    }
    String tag = element.normalName();
    switch (tag) {
      case "p", "div", "table", "tr", "dl", "dd", "dt" -> {
        paragraphBreak(out);
        blocks(element, out);
        paragraphBreak(out);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        paragraphBreak(out);
        out.append("#".repeat(tag.charAt(1) - '0')).append(' ').append(inlineText(element)).append("\n\n");
      }
      case "pre" -> {
        paragraphBreak(out);
        out.append("```\n").append(element.wholeText().stripTrailing()).append("\n```\n\n");
      }
      case "blockquote" -> {
        paragraphBreak(out);
        out.append(prefixLines(nested(element), "> ", "> ")).append("\n\n");
      }
      case "ul", "ol" -> {
        paragraphBreak(out);
        list(element, tag.equals("ol"), out);
        out.append('\n');
      }
      case "hr" -> {
        paragraphBreak(out);
        out.append("---\n\n");
      }
      default -> inline(element, out);
    }
  }

  private static void list(Element list, boolean ordered, StringBuilder out) {
    int number = 1;
    for (Element item : list.children()) {
      if (!item.normalName().equals("li")) {
        continue;
      }
      String marker = ordered ? number++ + ". " : "- ";
      out.append(prefixLines(nested(item), marker, " ".repeat(marker.length()))).append('\n');
    }
  }

  /** The Markdown of an element's children, rendered as blocks on their own. */
  private static String nested(Element element) {
    StringBuilder inner = new StringBuilder();
    blocks(element, inner);
    return tidy(inner.toString());
  }

  private static void inline(Node node, StringBuilder out) {
    if (node instanceof TextNode text) {
      boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
      out.append(lineStart ? text.text().stripLeading() : text.text());
      return;
    }
    if (!(node instanceof Element element)) {
      return; // comments, data
    }
    switch (element.normalName()) {
      case "br" -> out.append('\n');
      case "strong", "b" -> wrap(element, "**", out);
      case "em", "i" -> wrap(element, "*", out);
      case "s", "strike", "del" -> wrap(element, "~~", out);
      case "code", "kbd" -> out.append('`').append(element.wholeText()).append('`');
      case "a" -> link(element, out);
      case "img" -> out.append("![").append(element.attr("alt")).append("](").append(element.attr("src")).append(')');
      case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "ul", "ol", "hr", "table", "tr" ->
          block(element, out);
      default -> {
        for (Node child : element.childNodes()) {
          inline(child, out);
        }
      }
    }
  }

  private static void link(Element anchor, StringBuilder out) {
    String text = inlineText(anchor);
    String href = anchor.attr("href");
    if (href.isBlank()) {
      out.append(text);
    } else if (text.isBlank() || text.equals(href)) {
      out.append('<').append(href).append('>');
    } else {
      out.append('[').append(text).append("](").append(href).append(')');
    }
  }

  private static void wrap(Element element, String marker, StringBuilder out) {
    String text = inlineText(element);
    if (!text.isBlank()) {
      out.append(marker).append(text.strip()).append(marker);
    }
  }

  private static String inlineText(Element element) {
    StringBuilder inner = new StringBuilder();
    for (Node child : element.childNodes()) {
      inline(child, inner);
    }
    return inner.toString().strip();
  }

  private static void paragraphBreak(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    if (end == 0 || out.toString().endsWith("\n\n")) {
      return;
    }
    out.append(out.charAt(end - 1) == '\n' ? "\n" : "\n\n");
  }

  private static String prefixLines(String text, String first, String rest) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String prefix = i == 0 ? first : rest;
      out.append(lines[i].isEmpty() && !prefix.startsWith(">") ? "" : prefix).append(lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString().replace("> \n", ">\n");
  }

  private static String tidy(String markdown) {
    String text = TRAILING_SPACES.matcher(markdown).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}
