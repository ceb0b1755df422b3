package org.copkit.tck.discussion;

import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;

/**
 * Valid threads, posts and revisions, built with readable defaults that a test overrides only
 * where it matters:
 *
 * <pre>{@code
 * DiscussionThread question = DiscussionFixtures.aThread().in(community).ofKind(ThreadKind.QUESTION).build();
 * Post opening = DiscussionFixtures.aPost().opening(question).build();
 * Post reply = DiscussionFixtures.aPost().in(question).by(bea).writtenAt(secondsAfterT0(60)).build();
 * }</pre>
 *
 * <p>Every builder starts with new random IDs and a new person where one is needed, so two records
 * built without overrides never collide. Instants are {@link
 * org.copkit.tck.shared.SharedFixtures#T0} unless set.
 */
public final class DiscussionFixtures {

  private DiscussionFixtures() {}

  /** @return a builder of an open, published, unpinned discussion for the whole community, at version 0 */
  public static ThreadBuilder aThread() {
    return new ThreadBuilder();
  }

  /** @return a builder of a published top-level post for the whole community, never edited, at version 0 */
  public static PostBuilder aPost() {
    return new PostBuilder();
  }

  /**
   * @param thread a thread
   * @return a builder that starts from every component of that thread, to change a few
   */
  public static ThreadBuilder aThreadLike(DiscussionThread thread) {
    ThreadBuilder b = new ThreadBuilder();
    b.id = thread.id();
    b.community = thread.community();
    b.kind = thread.kind();
    b.audience = thread.audience();
    b.title = thread.title();
    b.author = thread.author();
    b.openingPost = thread.openingPost();
    b.tags = thread.tags();
    b.competences = thread.competences();
    b.createdAt = thread.createdAt();
    b.lastActivityAt = thread.lastActivityAt();
    b.status = thread.status();
    b.state = thread.state();
    b.pinned = thread.pinned();
    b.acceptedAnswer = thread.acceptedAnswer();
    b.replies = thread.replies();
    b.version = thread.version();
    return b;
  }

  /**
   * @param post a post
   * @return a builder that starts from every component of that post, to change a few
   */
  public static PostBuilder aPostLike(Post post) {
    PostBuilder b = new PostBuilder();
    b.id = post.id();
    b.thread = post.thread();
    b.community = post.community();
    b.audience = post.audience();
    b.inReplyTo = post.inReplyTo();
    b.author = post.author();
    b.body = post.body();
    b.html = post.html();
    b.mentions = post.mentions();
    b.createdAt = post.createdAt();
    b.editedAt = post.editedAt();
    b.revision = post.revision();
    b.state = post.state();
    b.statementOfReasons = post.statementOfReasons();
    b.version = post.version();
    return b;
  }

  /** @return a builder of the first revision of a post, by its author */
  public static RevisionBuilder aRevision() {
    return new RevisionBuilder();
  }

  /** Builds {@link DiscussionThread} values; every setter returns the builder. */
  public static final class ThreadBuilder {

    private ThreadId id = ThreadId.random();
    private CommunityId community = CommunityId.random();
    private ThreadKind kind = ThreadKind.DISCUSSION;
    private Audience audience = Audience.COMMUNITY;
    private String title = "Models d'acta de mediació";
    private MemberId author = aPerson();
    private PostId openingPost = PostId.random();
    private Set<String> tags = Set.of("mediació");
    private Set<CompetenceRef> competences = Set.of();
    private Instant createdAt = T0;
    private Instant lastActivityAt = T0;
    private ThreadStatus status = new ThreadStatus.Open();
    private PostState state = PostState.PUBLISHED;
    private boolean pinned;
    private Optional<PostId> acceptedAnswer = Optional.empty();
    private int replies;
    private long version;

    private ThreadBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public ThreadBuilder withId(ThreadId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public ThreadBuilder in(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value discussion, question or announcement
     * @return this builder
     */
    public ThreadBuilder ofKind(ThreadKind value) {
      this.kind = value;
      return this;
    }

    /**
     * @param value who may see it
     * @return this builder
     */
    public ThreadBuilder forAudience(Audience value) {
      this.audience = value;
      return this;
    }

    /**
     * @param value the title
     * @return this builder
     */
    public ThreadBuilder titled(String value) {
      this.title = value;
      return this;
    }

    /**
     * @param value who opened it
     * @return this builder
     */
    public ThreadBuilder by(MemberId value) {
      this.author = value;
      return this;
    }

    /**
     * @param value the opening post's ID
     * @return this builder
     */
    public ThreadBuilder openedWith(PostId value) {
      this.openingPost = value;
      return this;
    }

    /**
     * @param values the tags
     * @return this builder
     */
    public ThreadBuilder taggedWith(Set<String> values) {
      this.tags = values;
      return this;
    }

    /**
     * @param values the competences it is about
     * @return this builder
     */
    public ThreadBuilder about(Set<CompetenceRef> values) {
      this.competences = values;
      return this;
    }

    /**
     * Sets the creation and, unless set after this, the last activity.
     *
     * @param value when it was opened
     * @return this builder
     */
    public ThreadBuilder createdAt(Instant value) {
      this.createdAt = value;
      this.lastActivityAt = value;
      return this;
    }

    /**
     * @param value the last published post
     * @return this builder
     */
    public ThreadBuilder lastActiveAt(Instant value) {
      this.lastActivityAt = value;
      return this;
    }

    /**
     * @param value open, locked or closed
     * @return this builder
     */
    public ThreadBuilder withStatus(ThreadStatus value) {
      this.status = value;
      return this;
    }

    /**
     * @param value the opening post's state
     * @return this builder
     */
    public ThreadBuilder inState(PostState value) {
      this.state = value;
      return this;
    }

    /** @return this builder, pinned */
    public ThreadBuilder pinned() {
      this.pinned = true;
      return this;
    }

    /**
     * @param value the accepted answer
     * @return this builder
     */
    public ThreadBuilder answeredBy(PostId value) {
      this.acceptedAnswer = Optional.of(value);
      return this;
    }

    /**
     * @param value how many published replies
     * @return this builder
     */
    public ThreadBuilder withReplies(int value) {
      this.replies = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public ThreadBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the thread */
    public DiscussionThread build() {
      return new DiscussionThread(
          id, community, kind, audience, title, author, openingPost, tags, competences, createdAt, lastActivityAt, status,
          state,
          pinned, acceptedAnswer, replies, version);
    }
  }

  /** Builds {@link Post} values; every setter returns the builder. */
  public static final class PostBuilder {

    private PostId id = PostId.random();
    private ThreadId thread = ThreadId.random();
    private CommunityId community = CommunityId.random();
    private Audience audience = Audience.COMMUNITY;
    private CopComponent component = CopComponent.KNOW_HOW;
    private Optional<PostId> inReplyTo = Optional.empty();
    private MemberId author = aPerson();
    private String body = "Algú té un model d'acta de **mediació** penal?";
    private String html = "<p>Algú té un model d'acta de <strong>mediació</strong> penal?</p>";
    private Set<MemberId> mentions = Set.of();
    private Instant createdAt = T0;
    private Optional<Instant> editedAt = Optional.empty();
    private int revision = 1;
    private PostState state = PostState.PUBLISHED;
    private String statementOfReasons = "";
    private long version;

    private PostBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public PostBuilder withId(PostId value) {
      this.id = value;
      return this;
    }

    /**
     * Places the post in a thread, its community and its audience.
     *
     * @param value the thread
     * @return this builder
     */
    public PostBuilder in(DiscussionThread value) {
      this.thread = value.id();
      this.community = value.community();
      this.audience = value.audience();
      return this;
    }

    /**
     * Makes the post a thread's opening post: its ID, thread, community, audience, author and time.
     *
     * @param value the thread
     * @return this builder
     */
    public PostBuilder opening(DiscussionThread value) {
      this.id = value.openingPost();
      this.author = value.author();
      this.createdAt = value.createdAt();
      return in(value);
    }

    /**
     * @param value the thread, by ID
     * @return this builder
     */
    public PostBuilder inThread(ThreadId value) {
      this.thread = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public PostBuilder inCommunity(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value its thread's audience
     * @return this builder
     */
    public PostBuilder forAudience(Audience value) {
      this.audience = value;
      return this;
    }

    /**
     * @param value the top-level post it answers
     * @return this builder
     */
    public PostBuilder replyingTo(PostId value) {
      this.inReplyTo = Optional.of(value);
      return this;
    }

    /**
     * @param value who wrote it
     * @return this builder
     */
    public PostBuilder by(MemberId value) {
      this.author = value;
      return this;
    }

    /**
     * @param markdown the Markdown source
     * @param rendered its sanitized HTML
     * @return this builder
     */
    public PostBuilder saying(String markdown, String rendered) {
      this.body = markdown;
      this.html = rendered;
      return this;
    }

    /**
     * @param values whom it mentions
     * @return this builder
     */
    public PostBuilder mentioning(Set<MemberId> values) {
      this.mentions = values;
      return this;
    }

    /**
     * @param value the CoP component it was classified in when written (default KNOW_HOW)
     * @return this builder
     */
    public PostBuilder classifiedAs(CopComponent value) {
      this.component = value;
      return this;
    }

    /**
     * @param value when it was written
     * @return this builder
     */
    public PostBuilder writtenAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    /**
     * @param at when it was last edited
     * @param revisionNumber its revision since
     * @return this builder
     */
    public PostBuilder editedAt(Instant at, int revisionNumber) {
      this.editedAt = Optional.of(at);
      this.revision = revisionNumber;
      return this;
    }

    /**
     * @param value published, held or hidden
     * @return this builder
     */
    public PostBuilder inState(PostState value) {
      this.state = value;
      return this;
    }

    /**
     * @param value why a moderator hid or changed it
     * @return this builder
     */
    public PostBuilder withStatementOfReasons(String value) {
      this.statementOfReasons = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public PostBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the post */
    public Post build() {
      return new Post(
          id, thread, community, audience, component, inReplyTo, author, body, html, mentions, createdAt, editedAt, revision,
          state,
          statementOfReasons, version);
    }
  }

  /** Builds {@link PostRevision} values; every setter returns the builder. */
  public static final class RevisionBuilder {

    private PostId post = PostId.random();
    private int revision = 1;
    private String body = "Algú té un model d'acta de mediació penal?";
    private MemberId editedBy = aPerson();
    private Instant editedAt = T0;
    private String reason = "";

    private RevisionBuilder() {}

    /**
     * @param value the post
     * @return this builder
     */
    public RevisionBuilder of(PostId value) {
      this.post = value;
      return this;
    }

    /**
     * @param value the revision number, 1 for the first text
     * @return this builder
     */
    public RevisionBuilder number(int value) {
      this.revision = value;
      return this;
    }

    /**
     * @param value the Markdown source of that revision
     * @return this builder
     */
    public RevisionBuilder saying(String value) {
      this.body = value;
      return this;
    }

    /**
     * @param value who wrote it
     * @return this builder
     */
    public RevisionBuilder by(MemberId value) {
      this.editedBy = value;
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public RevisionBuilder at(Instant value) {
      this.editedAt = value;
      return this;
    }

    /**
     * @param value why it was edited
     * @return this builder
     */
    public RevisionBuilder because(String value) {
      this.reason = value;
      return this;
    }

    /** @return the revision */
    public PostRevision build() {
      return new PostRevision(post, revision, body, editedBy, editedAt, reason);
    }
  }
}
