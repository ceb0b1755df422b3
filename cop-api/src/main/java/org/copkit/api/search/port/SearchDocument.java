package org.copkit.api.search.port;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What the index holds of one thread, reply or knowledge item: its words, what the filters and
 * facets read, and what the permission filter reads ({@link SearchAccess#permits}).
 *
 * @param kind what it is
 * @param id its ID, as text
 * @param thread its thread, for a thread or a reply
 * @param community its community
 * @param language the language of its community, which decides how its words are analyzed
 * @param audience who in the community may read it
 * @param diffusedTo the other communities whose members may read it, published (a published output
 *     diffused there); empty for everything else
 * @param diffusedToPlatform whether everyone may read it, published (a published output diffused to
 *     the platform)
 * @param published whether everyone of that audience may read it; when false (held or hidden by
 *     moderation, in a thread that is not published, a draft) only its author and those who
 *     moderate the community do
 * @param author who wrote it
 * @param title its title (a reply's thread's title, which is searched with it)
 * @param text its text, without markup
 * @param tags its tags (a reply's are its thread's)
 * @param createdAt when it was written
 */
public record SearchDocument(
    SearchKind kind,
    String id,
    Optional<ThreadId> thread,
    CommunityId community,
    SearchLanguage language,
    Audience audience,
    Set<CommunityId> diffusedTo,
    boolean diffusedToPlatform,
    boolean published,
    MemberId author,
    String title,
    String text,
    Set<String> tags,
    Instant createdAt) {

  /** Validates the fields. */
  public SearchDocument {
    Validation.required("kind", kind);
    Validation.required("id", id);
    Validation.required("thread", thread);
    Validation.required("community", community);
    Validation.required("language", language);
    Validation.required("audience", audience);
    diffusedTo = Set.copyOf(Validation.noNulls("diffusedTo", diffusedTo));
    Validation.required("author", author);
    Validation.required("title", title);
    Validation.required("text", text);
    tags = Set.copyOf(Validation.noNulls("tags", tags));
    Validation.required("createdAt", createdAt);
  }

  /**
   * A document read only in its own community: diffused nowhere else.
   *
   * @param kind what it is
   * @param id its ID, as text
   * @param thread its thread, for a thread or a reply
   * @param community its community
   * @param language the language of its community
   * @param audience who in the community may read it
   * @param published whether everyone of that audience may read it
   * @param author who wrote it
   * @param title its title
   * @param text its text, without markup
   * @param tags its tags
   * @param createdAt when it was written
   */
  public SearchDocument(SearchKind kind, String id, Optional<ThreadId> thread, CommunityId community,
      SearchLanguage language, Audience audience, boolean published, MemberId author, String title, String text,
      Set<String> tags, Instant createdAt) {
    this(kind, id, thread, community, language, audience, Set.of(), false, published, author, title, text, tags,
        createdAt);
  }

  /** @return its key in the index: the kind and the ID, unique among all documents */
  public String key() {
    return key(kind, id);
  }

  /**
   * @param kind a kind
   * @param id an ID
   * @return the key of the document of that kind and ID
   */
  public static String key(SearchKind kind, String id) {
    return kind.name() + ":" + id;
  }
}
