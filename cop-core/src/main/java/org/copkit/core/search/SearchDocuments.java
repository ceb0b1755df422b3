package org.copkit.core.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.port.Communities;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.SearchDocument;

/**
 * Turns threads, replies and knowledge items into the documents the index holds: their text
 * without markup, and what the permission filter reads. A thread's document holds its opening
 * post; a reply is visible to the thread's readers only while both it and its thread are published.
 */
final class SearchDocuments {

  private static final Pattern BLOCK_TAG =
      Pattern.compile("</?(p|br|hr|li|ul|ol|h[1-6]|pre|blockquote|div|table|tr|td|th)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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

  /** @return the document of a knowledge item at its latest revision */
  SearchDocument item(KnowledgeItem item) {
    return new SearchDocument(SearchKind.KNOWLEDGE_ITEM, item.id().toString(), Optional.empty(), item.community(),
        language(item.community()), item.audience(), true, item.createdBy(), item.current().content().title(),
        text(item.current().html()), item.current().content().tags(), item.createdAt());
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

  /**
   * @param html sanitized HTML, as the renderer makes it
   * @return its text: tags removed (block tags leave a space), entities decoded, whitespace
   *     collapsed
   */
  static String text(String html) {
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
          int code = entity.startsWith("#x") || entity.startsWith("#X")
              ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
          return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
        } catch (NumberFormatException e) {
          return " ";
        }
    }
  }
}
