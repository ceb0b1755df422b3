package org.copkit.api.discussion;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * A thread in a community: a discussion, a question or an announcement, opened by its first post.
 *
 * @param id its ID
 * @param community the community it lives in
 * @param kind discussion, question or announcement
 * @param audience every member, or the working group only
 * @param title its title, 1 to {@value #MAX_TITLE} characters
 * @param author who opened it
 * @param openingPost the post that opened it
 * @param tags its topics: at most {@value #MAX_TAGS}, each 1 to {@value #MAX_TAG} characters,
 *     in their {@linkplain org.copkit.api.shared.Tags normal form}
 * @param competences the competences it is about, at most {@value #MAX_COMPETENCES}: an answer
 *     accepted in it is evidence of them in its author's e-portfolio
 * @param createdAt when it was opened
 * @param lastActivityAt the last published post in it
 * @param status open, locked or closed
 * @param state the opening post's state: everyone sees the thread only once it is published
 * @param pinned whether it stays on top of the community's list
 * @param acceptedAnswer the accepted answer of a question
 * @param replies how many published replies it has
 * @param version the optimistic-locking version
 */
public record DiscussionThread(
    ThreadId id,
    CommunityId community,
    ThreadKind kind,
    Audience audience,
    String title,
    MemberId author,
    PostId openingPost,
    Set<String> tags,
    Set<CompetenceRef> competences,
    Instant createdAt,
    Instant lastActivityAt,
    ThreadStatus status,
    PostState state,
    boolean pinned,
    Optional<PostId> acceptedAnswer,
    int replies,
    long version) {

  /** The longest title accepted. */
  public static final int MAX_TITLE = 200;
  /** The most tags a thread carries. */
  public static final int MAX_TAGS = 10;
  /** The longest tag accepted. */
  public static final int MAX_TAG = 40;
  /** The most competences a thread is about. */
  public static final int MAX_COMPETENCES = 10;

  /** Validates the fields and normalizes the tags. */
  public DiscussionThread {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("kind", kind);
    Validation.required("audience", audience);
    title = Validation.name("title", title, MAX_TITLE);
    Validation.required("author", author);
    Validation.required("openingPost", openingPost);
    tags = Tags.normalize("tags", tags, MAX_TAGS, MAX_TAG);
    competences = competences("competences", competences);
    Validation.required("createdAt", createdAt);
    Validation.required("lastActivityAt", lastActivityAt);
    Validation.required("status", status);
    Validation.required("state", state);
    Validation.required("acceptedAnswer", acceptedAnswer);
    Validation.notNegative("replies", replies);
    Validation.notNegative("version", version);
  }

  /**
   * A thread just opened: open, unpinned, without replies or accepted answer, last active when it
   * was opened, at version 0.
   *
   * @param id its ID
   * @param community the community it lives in
   * @param kind discussion, question or announcement
   * @param audience every member, or the working group only
   * @param title its title
   * @param tags its topics
   * @param author who opens it
   * @param openingPost the post that opens it
   * @param state the opening post's state
   * @param at when it is opened
   * @return the thread
   */
  public static DiscussionThread opened(ThreadId id, CommunityId community, ThreadKind kind, Audience audience, String title,
      Set<String> tags, MemberId author, PostId openingPost, PostState state, Instant at) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, Set.of(), at, at,
        new ThreadStatus.Open(), state, false, Optional.empty(), 0, 0);
  }

  /**
   * Checks the competences a thread is about: each given once at most, and no more than {@value
   * #MAX_COMPETENCES} (whether the platform knows them is checked where they are set).
   *
   * @param field the field that names them
   * @param competences the competences
   * @return them, copied
   * @throws InvalidInputException naming the field when there are too many or one is null
   */
  public static Set<CompetenceRef> competences(String field, Set<CompetenceRef> competences) {
    Set<CompetenceRef> copy = Set.copyOf(Validation.noNulls(field, competences));
    if (copy.size() > MAX_COMPETENCES) {
      throw new InvalidInputException(field, "must name at most " + MAX_COMPETENCES + " competences");
    }
    return copy;
  }

  /**
   * @param next the competences it is about
   * @return a copy about those competences
   */
  public DiscussionThread withCompetences(Set<CompetenceRef> next) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, next, createdAt,
        lastActivityAt, status, state, pinned, acceptedAnswer, replies, version);
  }

  /** @return whether it is a question without an accepted answer */
  public boolean isUnanswered() {
    return kind == ThreadKind.QUESTION && acceptedAnswer.isEmpty();
  }

  /**
   * @param next the new status
   * @return a copy with that status
   */
  public DiscussionThread withStatus(ThreadStatus next) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, next, state, pinned, acceptedAnswer, replies, version);
  }

  /**
   * @param next whether it is pinned
   * @return a copy pinned or not
   */
  public DiscussionThread withPinned(boolean next) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, state, next, acceptedAnswer, replies, version);
  }

  /**
   * @param answer the accepted answer
   * @return a copy with that answer accepted
   */
  public DiscussionThread withAcceptedAnswer(PostId answer) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, state, pinned, Optional.of(answer), replies, version);
  }

  /**
   * @param at when the reply was published
   * @return a copy with one more reply, active at {@code at}
   */
  public DiscussionThread withReplyAt(Instant at) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        at.isAfter(lastActivityAt) ? at : lastActivityAt, status, state, pinned, acceptedAnswer, replies + 1, version);
  }

  /**
   * @param next the opening post's new state
   * @return a copy in that state
   */
  public DiscussionThread withState(PostState next) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, next, pinned, acceptedAnswer, replies, version);
  }

  /**
   * @return a copy with one published reply fewer (a reply was hidden)
   */
  public DiscussionThread withReplyWithdrawn() {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, state, pinned, acceptedAnswer, Math.max(0, replies - 1), version);
  }

  /**
   * @param target the community it moves to
   * @return a copy in another community
   */
  public DiscussionThread movedTo(CommunityId target) {
    return new DiscussionThread(id, target, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, state, pinned, acceptedAnswer, replies, version);
  }

  /**
   * @param next the optimistic-locking version a store gives it
   * @return a copy at that version
   */
  public DiscussionThread withVersion(long next) {
    return new DiscussionThread(id, community, kind, audience, title, author, openingPost, tags, competences, createdAt,
        lastActivityAt, status, state, pinned, acceptedAnswer, replies, next);
  }
}
