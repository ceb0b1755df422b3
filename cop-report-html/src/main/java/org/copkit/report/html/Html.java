package org.copkit.report.html;

/** Escaping for text placed in HTML and SVG. */
final class Html {

  private Html() {}

  /**
   * @param text any text
   * @return the text with {@code & < > " '} escaped, safe in element content and quoted attributes
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
