package org.copkit.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text search indexes of a post's HTML: {@link SearchDocuments#text} gives what the plain
 * regular-expression version gives (kept here as the reference: remove block tags leaving a space,
 * remove other tags, decode entities, collapse white space, strip), on generated markup.
 */
class SearchDocumentsTextTest {

  @Example
  void blockTagsSeparateWordsAndInlineTagsDoNot() {
    assertThat(SearchDocuments.text("<p>Hola</p><p>món</p><br/>a<b>b</b>c<LI class=\"x\">d"))
        .isEqualTo("Hola món abc d");
  }

  @Example
  void decodesEntitiesOnceAfterRemovingTags() {
    assertThat(SearchDocuments.text("&lt;p&gt; &amp;amp; &#65;&#x42;&#X43; &#1114112; &nbsp;x &copy; &#xzz;"))
        .isEqualTo("<p> &amp; AB&#X43; x &copy; &#xzz;");
    assertThat(SearchDocuments.text("a &am<i>p; b")).isEqualTo("a & b");
  }

  @Example
  void collapsesAsciiWhiteSpaceAndStripsTheEnds() {
    assertThat(SearchDocuments.text("\n\t a \r\n\u000b\f b  \u00a0c ")).isEqualTo("a b \u00a0c");
  }

  @Property(tries = 3_000)
  void givesWhatTheRegularExpressionsGive(@ForAll("markup") String html) {
    assertThat(SearchDocuments.text(html)).as("text of %s", html).isEqualTo(reference(html));
  }

  @Provide
  Arbitrary<String> markup() {
    List<String> pieces = List.of("<", ">", "/", "<p>", "</p>", "<br/>", "<pre>", "<h1>", "<h1x>", "<p_x>", "<li-x>",
        "<b>", "</b>", "< p>", "&", ";", "#", "x", "X", "amp", "lt", "nbsp", "apos", "&#65;", "&#x1F600;", "&#xD800;",
        "&#99999999999;", "a", "Z", "7", "f", " ", "\n", "\t", "\u00a0", "é", "·");
    return Arbitraries.of(pieces).list().ofMaxSize(60).map(list -> String.join("", list));
  }

  private static final Pattern BLOCK_TAG =
      Pattern.compile("</?(p|br|hr|li|ul|ol|h[1-6]|pre|blockquote|div|table|tr|td|th)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String reference(String html) {
    String spaced = BLOCK_TAG.matcher(html).replaceAll(" ");
    String bare = TAG.matcher(spaced).replaceAll("");
    Matcher entity = ENTITY.matcher(bare);
    StringBuilder decoded = new StringBuilder(bare.length());
    while (entity.find()) {
      entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
    }
    entity.appendTail(decoded);
    return SPACES.matcher(decoded).replaceAll(" ").strip();
  }

  private static String decode(String entity) {
    switch (entity) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      case "nbsp": return " ";
      default:
        try {
          int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
              : Integer.parseInt(entity.substring(1));
          return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
        } catch (NumberFormatException e) {
          return " ";
        }
    }
  }
}
