package org.copkit.jpa.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_post}: one {@link Post} but its mentions, which are rows of {@code
 * cop_post_mention} ({@link PostMentionRow}).
 */
@Entity(name = "CopPost")
@Table(name = "cop_post")
class PostRow {

  /** The longest rendered HTML kept: far more than a body of {@value Post#MAX_BODY} characters renders to. */
  static final int MAX_HTML = 1 << 20;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "thread_id", nullable = false, length = 36)
  private String threadId;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "audience", nullable = false, length = 16)
  private String audience;

  @Column(name = "component", nullable = false, length = 16)
  private String component;

  @Column(name = "in_reply_to", length = 36)
  private String inReplyTo;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "body", nullable = false, length = Post.MAX_BODY)
  private String body;

  @Column(name = "html", nullable = false, length = MAX_HTML)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "statement_of_reasons", nullable = false, length = 2000)
  private String statementOfReasons;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected PostRow() {}

  static PostRow fromDomain(Post post) {
    PostRow row = new PostRow();
    row.id = post.id().toString();
    row.version = post.version();
    row.copyChanges(post);
    return row;
  }

  /** Copies every field but the ID and the mentions; the version is left to JPA. */
  void copyChanges(Post post) {
    threadId = post.thread().toString();
    communityId = post.community().toString();
    audience = post.audience().name();
    component = post.component().name();
    inReplyTo = post.inReplyTo().map(PostId::toString).orElse(null);
    author = post.author().value();
    body = post.body();
    html = post.html();
    createdAt = post.createdAt();
    editedAt = post.editedAt().orElse(null);
    revision = post.revision();
    state = post.state().name();
    statementOfReasons = post.statementOfReasons();
  }

  /**
   * @param mentions the members the post mentions, from {@code cop_post_mention}
   * @return the post
   */
  String threadId() {
    return threadId;
  }

  Post toDomain(Set<MemberId> mentions) {
    return new Post(
        PostId.of(id),
        ThreadId.of(threadId),
        CommunityId.of(communityId),
        Audience.valueOf(audience),
        CopComponent.valueOf(component),
        Optional.ofNullable(inReplyTo).map(PostId::of),
        MemberId.of(author),
        body,
        html,
        mentions,
        createdAt,
        Optional.ofNullable(editedAt),
        revision,
        PostState.valueOf(state),
        statementOfReasons,
        version);
  }

  String id() {
    return id;
  }

  long version() {
    return version;
  }
}
