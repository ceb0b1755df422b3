package org.copkit.jpa.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_thread}: one {@link DiscussionThread}. The sealed status is a {@code status}
 * name plus the columns that Locked and Closed carry ({@code status_by}, {@code status_at}, {@code
 * status_reason}), NULL while the thread is open. The tags are one column, in ascending order,
 * separated by a space, which a tag cannot contain; no query looks into them. The competences are
 * one column too, their references in ascending order, each between spaces ({@code " a b "}, empty
 * for none), so that a list of the threads about one competence looks for {@code " ref "} in it.
 */
@Entity(name = "CopThread")
@Table(name = "cop_thread")
class ThreadRow {

  /** The names in the {@code status} column. */
  private static final String OPEN = "OPEN";

  private static final String LOCKED = "LOCKED";
  private static final String CLOSED = "CLOSED";

  private static final String TAG_SEPARATOR = " ";

  /** Every tag at its longest, with a separator between two. */
  static final int MAX_TAGS = DiscussionThread.MAX_TAGS * (DiscussionThread.MAX_TAG + 1) - 1;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "audience", nullable = false, length = 16)
  private String audience;

  @Column(name = "title", nullable = false, length = DiscussionThread.MAX_TITLE)
  private String title;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "opening_post_id", nullable = false, length = 36)
  private String openingPost;

  @Column(name = "tags", nullable = false, length = MAX_TAGS)
  private String tags;

  @Column(name = "competences", nullable = false, length = 1000)
  private String competences;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "status_by", length = MemberId.MAX_LENGTH)
  private String statusBy;

  @Column(name = "status_at")
  private Instant statusAt;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "is_pinned", nullable = false)
  private boolean pinned;

  @Column(name = "accepted_answer_id", length = 36)
  private String acceptedAnswer;

  @Column(name = "replies", nullable = false)
  private int replies;

  /** Kept by {@link ThreadAnswers}, never written through the entity: read by the reports' queries. */
  @Column(name = "accepted_at", insertable = false, updatable = false)
  private Instant acceptedAt;

  /** Kept by {@link ThreadAnswers}, never written through the entity: read by the reports' queries. */
  @Column(name = "first_answered_at", insertable = false, updatable = false)
  private Instant firstAnsweredAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected ThreadRow() {}

  static ThreadRow fromDomain(DiscussionThread thread) {
    ThreadRow row = new ThreadRow();
    row.id = thread.id().toString();
    row.version = thread.version();
    row.copyChanges(thread);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(DiscussionThread thread) {
    communityId = thread.community().toString();
    kind = thread.kind().name();
    audience = thread.audience().name();
    title = thread.title();
    author = thread.author().value();
    openingPost = thread.openingPost().toString();
    tags = thread.tags().stream().sorted().collect(Collectors.joining(TAG_SEPARATOR));
    competences = thread.competences().isEmpty() ? ""
        : thread.competences().stream().map(CompetenceRef::toString).sorted()
            .collect(Collectors.joining(TAG_SEPARATOR, TAG_SEPARATOR, TAG_SEPARATOR));
    createdAt = thread.createdAt();
    lastActivityAt = thread.lastActivityAt();
    copyStatus(thread.status());
    state = thread.state().name();
    pinned = thread.pinned();
    acceptedAnswer = thread.acceptedAnswer().map(PostId::toString).orElse(null);
    replies = thread.replies();
  }

  private void copyStatus(ThreadStatus next) {
    statusBy = null;
    statusAt = null;
    statusReason = null;
    if (next instanceof ThreadStatus.Open) {
      status = OPEN;
    } else if (next instanceof ThreadStatus.Locked locked) {
      status = LOCKED;
      statusBy = locked.by().value();
      statusAt = locked.at();
      statusReason = locked.reason();
    } else if (next instanceof ThreadStatus.Closed closed) {
      status = CLOSED;
      statusBy = closed.by().value();
      statusAt = closed.at();
      statusReason = closed.reason();
    } else {
      throw new IllegalArgumentException("unknown thread status " + next);
    }
  }

  DiscussionThread toDomain() {
    return new DiscussionThread(
        ThreadId.of(id),
        CommunityId.of(communityId),
        ThreadKind.valueOf(kind),
        Audience.valueOf(audience),
        title,
        MemberId.of(author),
        PostId.of(openingPost),
        tags.isEmpty() ? Set.of() : Set.of(tags.split(TAG_SEPARATOR)),
        competences.isBlank() ? Set.of()
            : Stream.of(competences.strip().split(TAG_SEPARATOR)).map(CompetenceRef::of).collect(Collectors.toSet()),
        createdAt,
        lastActivityAt,
        statusToDomain(),
        PostState.valueOf(state),
        pinned,
        Optional.ofNullable(acceptedAnswer).map(PostId::of),
        replies,
        version);
  }

  private ThreadStatus statusToDomain() {
    return switch (status) {
      case OPEN -> new ThreadStatus.Open();
      case LOCKED -> new ThreadStatus.Locked(MemberId.of(statusBy), statusAt, statusReason);
      case CLOSED -> new ThreadStatus.Closed(MemberId.of(statusBy), statusAt, statusReason);
      default -> throw new IllegalStateException("thread " + id + " has an unknown status " + status);
    };
  }

  /**
   * @param competence a competence
   * @return what {@code like ... escape '!'} looks for in the column: the reference between spaces
   */
  static String containing(CompetenceRef competence) {
    return "% " + competence.toString().replace("!", "!!").replace("_", "!_").replace("%", "!%") + " %";
  }

  long version() {
    return version;
  }
}
