package org.copkit.api.moderation;

import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What a flag or a review item is about. Sealed: a post, a thread, a member, a knowledge item, or a
 * comment on a knowledge item.
 */
public sealed interface ModerationSubject {

  /** @return a stable text key, such as {@code post:5f0c…}, for storage and audit */
  String key();

  /** @return what it is: {@code post}, {@code thread}, {@code member}, {@code knowledge} or
   *     {@code comment} */
  default String kind() {
    return key().substring(0, key().indexOf(':'));
  }

  /** @return its identifier, as text */
  default String idText() {
    return key().substring(key().indexOf(':') + 1);
  }

  /**
   * A post.
   *
   * @param post the post
   */
  record OfPost(PostId post) implements ModerationSubject {
    /** Validates the field. */
    public OfPost {
      Validation.required("post", post);
    }

    @Override
    public String key() {
      return "post:" + post;
    }
  }

  /**
   * A whole thread.
   *
   * @param thread the thread
   */
  record OfThread(ThreadId thread) implements ModerationSubject {
    /** Validates the field. */
    public OfThread {
      Validation.required("thread", thread);
    }

    @Override
    public String key() {
      return "thread:" + thread;
    }
  }

  /**
   * A member's behaviour in the community.
   *
   * @param member the member
   */
  record OfMember(MemberId member) implements ModerationSubject {
    /** Validates the field. */
    public OfMember {
      Validation.required("member", member);
    }

    @Override
    public String key() {
      return "member:" + member;
    }
  }

  /**
   * A knowledge item, flagged as outdated (or for any other reason members flag content).
   *
   * @param item the item
   */
  record OfKnowledgeItem(KnowledgeItemId item) implements ModerationSubject {
    /** Validates the field. */
    public OfKnowledgeItem {
      Validation.required("item", item);
    }

    @Override
    public String key() {
      return "knowledge:" + item;
    }
  }

  /**
   * A comment on a knowledge item: flagged, it waits in the e-moderators' review queue as posts do;
   * rejecting it hides it from the item's comments.
   *
   * @param comment the comment
   */
  record OfItemComment(org.copkit.api.knowledge.ItemCommentId comment) implements ModerationSubject {
    /** Validates the field. */
    public OfItemComment {
      Validation.required("comment", comment);
    }

    @Override
    public String key() {
      return "comment:" + comment;
    }
  }

  /**
   * Parses a key made by {@link #key()}.
   *
   * @param key the key
   * @return the subject
   */
  static ModerationSubject parse(String key) {
    String text = Validation.required("subject", key);
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String id = text.substring(colon + 1);
    return switch (kind) {
      case "post" -> new OfPost(PostId.of(id));
      case "thread" -> new OfThread(ThreadId.of(id));
      case "member" -> new OfMember(MemberId.of(id));
      case "knowledge" -> new OfKnowledgeItem(KnowledgeItemId.of(id));
      case "comment" -> new OfItemComment(org.copkit.api.knowledge.ItemCommentId.of(id));
      default -> throw new org.copkit.api.shared.InvalidInputException("subject",
          "must start with post:, thread:, member:, knowledge: or comment:");
    };
  }
}
