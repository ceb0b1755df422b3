package org.copkit.api.discussion;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A post in a thread: the opening post, a top-level reply (in a question, an answer), or a reply
 * nested under the opening post or a top-level reply (in a question, a comment): one level of
 * nesting, as in a forum or a question-and-answer site.
 *
 * @param id its ID
 * @param thread its thread
 * @param community the thread's community
 * @param audience the thread's audience: every member, or the working group only
 * @param component the CoP component it serves, decided once when it was written by the platform's
 *     {@link org.copkit.api.analytics.spi.ActivityClassifier activity classifiers}: the feed and the
 *     participation reports read it from here
 * @param inReplyTo the top-level post it is nested under (the opening post or a top-level reply), or
 *     empty for the opening post and top-level replies
 * @param author who wrote it
 * <p>Bidirectional controls (see {@link Validation}): the {@code body} keeps the source as its
 * author wrote it, marks and controls included, so that an edit starts from the same text; the
 * {@code html} never holds the explicit controls (U+202A–U+202E, U+2066–U+2069), which the renderer
 * removes, so a right-to-left override cannot make {@code "exe.pdf"} read {@code "fdp.exe"} on
 * the page. Hosts show {@code html}, and show {@code body} only in an editor.
 *
 * @param body its Markdown source, 1 to {@value #MAX_BODY} characters, as written
 * @param html its body rendered to sanitized HTML, safe to insert in a page, without explicit
 *     bidirectional controls
 * @param mentions the members it mentions ({@code @id}) whom the directory knows
 * @param createdAt when it was written
 * @param editedAt when it was last edited, if ever
 * @param revision 1 for the first text, one more for each edit
 * @param state published, held or hidden
 * @param statementOfReasons why a moderator hid or changed it, shown to its author; empty otherwise
 * @param version the optimistic-locking version
 */
public record Post(
    PostId id,
    ThreadId thread,
    CommunityId community,
    Audience audience,
    CopComponent component,
    Optional<PostId> inReplyTo,
    MemberId author,
    String body,
    String html,
    Set<MemberId> mentions,
    Instant createdAt,
    Optional<Instant> editedAt,
    int revision,
    PostState state,
    String statementOfReasons,
    long version) {

  /** The longest body accepted. */
  public static final int MAX_BODY = 20_000;
  /** The longest rendered HTML accepted: far more than any body of {@value #MAX_BODY} renders to. */
  public static final int MAX_HTML = 1_000_000;

  /** Validates the fields. */
  public Post {
    Validation.required("id", id);
    Validation.required("thread", thread);
    Validation.required("community", community);
    Validation.required("audience", audience);
    Validation.required("component", component);
    Validation.required("inReplyTo", inReplyTo);
    Validation.required("author", author);
    body = Validation.text("body", body, MAX_BODY);
    if (Validation.required("html", html).length() > MAX_HTML) {
      throw new org.copkit.api.shared.InvalidInputException("html", "must be at most " + MAX_HTML + " characters");
    }
    mentions = Set.copyOf(Validation.noNulls("mentions", mentions));
    Validation.required("createdAt", createdAt);
    Validation.required("editedAt", editedAt);
    Validation.between("revision", revision, 1, Integer.MAX_VALUE);
    Validation.required("state", state);
    statementOfReasons = Validation.optionalText("statementOfReasons", statementOfReasons, 2000);
    Validation.notNegative("version", version);
  }

  /**
   * The first revision of a new post in a thread, never edited, with no statement of reasons, at
   * version 0; it takes the thread's community and audience.
   *
   * @param id its ID
   * @param thread the thread it is written in
   * @param component the CoP component it serves, as the platform classified it
   * @param inReplyTo the top-level post it is nested under, or empty
   * @param author who writes it
   * @param body its Markdown source
   * @param html its body rendered to sanitized HTML
   * @param mentions the members it mentions
   * @param state published or held
   * @param at when it is written
   * @return the post
   */
  public static Post written(PostId id, DiscussionThread thread, CopComponent component, Optional<PostId> inReplyTo, MemberId author, String body,
      String html, Set<MemberId> mentions, PostState state, Instant at) {
    Validation.required("thread", thread);
    return new Post(id, thread.id(), thread.community(), thread.audience(), component, inReplyTo, author, body, html, mentions, at,
        Optional.empty(), 1, state, "", 0);
  }

  /** @return whether everyone who may read the thread sees it */
  public boolean isPublished() {
    return state == PostState.PUBLISHED;
  }

  /**
   * @param next the new state
   * @param reasons the statement of reasons shown to the author, possibly empty
   * @return a copy in that state
   */
  public Post withState(PostState next, String reasons) {
    return new Post(id, thread, community, audience, component, inReplyTo, author, body, html, mentions, createdAt, editedAt, revision,
        next, reasons, version);
  }

  /**
   * @param text the new Markdown source
   * @param rendered its sanitized HTML
   * @param mentioned the members it mentions
   * @param at when it was edited
   * @return the next revision
   */
  public Post edited(String text, String rendered, Set<MemberId> mentioned, Instant at) {
    return new Post(id, thread, community, audience, component, inReplyTo, author, text, rendered, mentioned, createdAt, Optional.of(at),
        revision + 1, state, statementOfReasons, version);
  }

  /**
   * @param target the community its thread moved to
   * @return a copy in that community
   */
  public Post movedTo(CommunityId target) {
    return new Post(id, thread, target, audience, component, inReplyTo, author, body, html, mentions, createdAt, editedAt, revision,
        state, statementOfReasons, version);
  }

  /**
   * @param mentioned the members it mentions
   * @return a copy mentioning them, in the same revision
   */
  public Post withMentions(Set<MemberId> mentioned) {
    return new Post(id, thread, community, audience, component, inReplyTo, author, body, html, mentioned, createdAt, editedAt, revision,
        state, statementOfReasons, version);
  }

  /**
   * @param next the optimistic-locking version a store gives it
   * @return a copy at that version
   */
  public Post withVersion(long next) {
    return new Post(id, thread, community, audience, component, inReplyTo, author, body, html, mentions, createdAt, editedAt, revision,
        state, statementOfReasons, next);
  }
}
