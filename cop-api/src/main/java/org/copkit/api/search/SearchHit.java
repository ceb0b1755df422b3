package org.copkit.api.search;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One thing a search found, which its reader may read (checked against the storage when the page
 * was served).
 *
 * @param kind what it is
 * @param id its ID: a thread's, a post's or a knowledge item's
 * @param thread the thread of a thread or a reply; empty for a knowledge item
 * @param community its community
 * @param title the thread's title (for a reply too) or the item's
 * @param snippet a short passage of its text as HTML safe to insert in a page: the text is
 *     escaped, and the words that matched are wrapped in {@code <mark>} and {@code </mark>}, the
 *     only tags it holds
 * @param author who wrote it
 * @param createdAt when it was written
 * @param tags its tags (a reply's are its thread's)
 * @param score its relevance to the words, higher is better; 0 when the query had no words
 */
public record SearchHit(
    SearchKind kind,
    String id,
    Optional<ThreadId> thread,
    CommunityId community,
    String title,
    String snippet,
    MemberId author,
    Instant createdAt,
    Set<String> tags,
    double score) {

  /** Validates the fields. */
  public SearchHit {
    Validation.required("kind", kind);
    Validation.required("id", id);
    Validation.required("thread", thread);
    Validation.required("community", community);
    Validation.required("title", title);
    Validation.required("snippet", snippet);
    Validation.required("author", author);
    Validation.required("createdAt", createdAt);
    tags = Set.copyOf(Validation.noNulls("tags", tags));
  }

  /** @return the post's ID when it is a reply */
  public Optional<PostId> postId() {
    return kind == SearchKind.POST ? Optional.of(PostId.of(id)) : Optional.empty();
  }

  /** @return the item's ID when it is a knowledge item */
  public Optional<KnowledgeItemId> itemId() {
    return kind == SearchKind.KNOWLEDGE_ITEM ? Optional.of(KnowledgeItemId.of(id)) : Optional.empty();
  }
}
