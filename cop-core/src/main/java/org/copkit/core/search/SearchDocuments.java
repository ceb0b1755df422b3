package org.copkit.core.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.port.Communities;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.SearchDocument;

/**
 * Turns threads, replies and knowledge items into the documents the index holds: their text
 * without markup, and what the permission filter reads. A thread's document holds its opening
 * post; a knowledge item's holds its latest revision and its comments but the hidden ones; a reply is visible to the thread's readers only while both it and its thread are published.
 */
final class SearchDocuments {

  private final Communities communities;
  private final Function<Community, SearchLanguage> languages;
  private final Map<CommunityId, SearchLanguage> known = new HashMap<>();

  SearchDocuments(Communities communities, Function<Community, SearchLanguage> languages) {
    this.communities = communities;
    this.languages = languages;
  }

  /** @return the document of a thread and its opening post */
  SearchDocument thread(DiscussionThread thread, Post opening) {
    return new SearchDocument(SearchKind.THREAD, thread.id().toString(), Optional.of(thread.id()), thread.community(),
        language(thread.community()), thread.audience(), thread.state() == PostState.PUBLISHED, thread.author(),
        thread.title(), text(opening.html()), thread.tags(), thread.createdAt());
  }

  /** @return the document of a reply */
  SearchDocument reply(DiscussionThread thread, Post post) {
    return new SearchDocument(SearchKind.POST, post.id().toString(), Optional.of(thread.id()), post.community(),
        language(post.community()), post.audience(), post.isPublished() && thread.state() == PostState.PUBLISHED,
        post.author(), thread.title(), text(post.html()), thread.tags(), post.createdAt());
  }

  /**
   * @param item a knowledge item
   * @param cycle its production cycle, for an output: once published, it is read too where it
   *     was diffused
   * @param comments its comments but the hidden ones, oldest first: their words are the item's too
   * @return the document of the item at its latest revision
   */
  SearchDocument item(KnowledgeItem item, Optional<OutputCycle> cycle, List<ItemComment> comments) {
    Set<CommunityId> diffusedTo = cycle.map(OutputCycle::diffusedCommunities).orElse(Set.of());
    boolean platform = cycle.filter(OutputCycle::diffusedToPlatform).isPresent();
    return new SearchDocument(SearchKind.KNOWLEDGE_ITEM, item.id().toString(), Optional.empty(), item.community(),
        language(item.community()), item.audience(), diffusedTo, platform, true, item.createdBy(),
        item.current().content().title(), text(item, comments), item.current().content().tags(),
        item.createdAt());
  }

  /** @return the text of the item's latest revision followed by each comment's */
  private static String text(KnowledgeItem item, List<ItemComment> comments) {
    StringBuilder text = new StringBuilder(text(item.current().html()));
    for (ItemComment comment : comments) {
      String words = text(comment.html());
      if (!words.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(words);
      }
    }
    return text.toString();
  }

  /** The language of a community, asked once per community (inside the caller's unit of work). */
  synchronized SearchLanguage language(CommunityId community) {
    SearchLanguage language = known.get(community);
    if (language == null) {
      language = communities.find(community).map(languages).orElse(SearchLanguage.ENGLISH);
      known.put(community, language);
    }
    return language;
  }

  /** The block elements whose tags separate words: each of their tags leaves a space. */
  private static final Set<String> BLOCKS = Set.of("p", "br", "hr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
      "pre", "blockquote", "div", "table", "tr", "td", "th");

  /**
   * The text of sanitized HTML, in three passes over its characters (it runs on every post a
   * rebuild indexes): the tag of a block element ({@code <}, its name, up to the next {@code >})
   * becomes a space; other tags ({@code <} to the next {@code >}) are removed; then the entities {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;},
   * {@code &apos;}, {@code &nbsp;} and numeric ones are decoded (an invalid code point gives a
   * space), runs of ASCII white space become one space, and the text is stripped.
   *
   * @param html sanitized HTML, as the renderer makes it
   * @return its text
   */
  static String text(String html) {
    StringBuilder spaced = new StringBuilder(html.length());
    int length = html.length();
    for (int i = 0; i < length; i++) {
      char c = html.charAt(i);
      int close = c == '<' ? html.indexOf('>', i + 1) : -1;
      if (close >= 0 && isBlockTag(html, i + 1, close)) {
        spaced.append(' ');
        i = close;
      } else {
        spaced.append(c);
      }
    }
    StringBuilder bare = new StringBuilder(spaced.length());
    for (int i = 0; i < spaced.length(); i++) {
      char c = spaced.charAt(i);
      int close = c == '<' ? spaced.indexOf(">", i + 1) : -1;
      if (close >= 0) {
        i = close;
      } else {
        bare.append(c);
      }
    }
    StringBuilder text = new StringBuilder(bare.length());
    boolean space = false;
    for (int at = 0; at < bare.length(); at++) {
      char c = bare.charAt(at);
      if (c == '&') {
        int end = entityEnd(bare, at + 1);
        if (end > 0) {
          String decoded = decode(bare.substring(at + 1, end));
          for (int k = 0; k < decoded.length(); k++) {
            space = put(text, decoded.charAt(k), space);
          }
          at = end;
          continue;
        }
      }
      space = put(text, c, space);
    }
    return text.toString().strip();
  }

  /** Appends a character, a run of ASCII white space as one space; @return whether it ended in such a space */
  private static boolean put(StringBuilder text, char c, boolean space) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
      if (!space) {
        text.append(' ');
      }
      return true;
    }
    text.append(c);
    return false;
  }

  /** @return whether the tag between {@code <} and {@code >} opens or closes a block element */
  private static boolean isBlockTag(String html, int from, int close) {
    int start = from < close && html.charAt(from) == '/' ? from + 1 : from;
    int end = start;
    while (end < close && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '_')) {
      end++;
    }
    if (end == start || end - start > 10) {
      return false;
    }
    return BLOCKS.contains(html.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * @return the index of the {@code ;} that ends an entity starting after {@code &} at {@code from}
   *     (a name this decodes, {@code #} and digits, or {@code #x} and hex digits), or -1
   */
  private static int entityEnd(CharSequence text, int from) {
    int limit = text.length();
    int at = from;
    if (at < limit && text.charAt(at) == '#') {
      at++;
      if (at < limit && text.charAt(at) == 'x') {
        int digits = at + 1;
        while (digits < limit && Character.digit(text.charAt(digits), 16) >= 0) {
          digits++;
        }
        if (digits > at + 1 && digits < text.length() && text.charAt(digits) == ';') {
          return digits;
        }
      }
      int digits = at;
      while (digits < limit && Character.digit(text.charAt(digits), 16) >= 0) {
        digits++;
      }
      return digits > at && digits < text.length() && text.charAt(digits) == ';' ? digits : -1;
    }
    for (String name : NAMED) {
      int end = from + name.length();
      if (end < text.length() && text.charAt(end) == ';' && name.contentEquals(text.subSequence(from, end))) {
        return end;
      }
    }
    return -1;
  }

  private static final java.util.List<String> NAMED = java.util.List.of("amp", "lt", "gt", "quot", "apos", "nbsp");

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
          int code = entity.startsWith("#x") || entity.startsWith("#X")
              ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
          return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
        } catch (NumberFormatException e) {
          return " ";
        }
    }
  }
}
