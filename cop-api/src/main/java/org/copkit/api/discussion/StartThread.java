package org.copkit.api.discussion;

import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * Command: open a thread with its first post.
 *
 * @param community where
 * @param kind discussion, question or announcement (e-moderators only)
 * @param audience every member, or the working group only (CORE members only may choose it)
 * @param title the title
 * @param body the opening post, in Markdown
 * @param tags its topics
 * @param competences the competences it is about, at most {@value DiscussionThread#MAX_COMPETENCES},
 *     each of a framework the platform knows (DigComp 2.2 or the host's)
 */
public record StartThread(CommunityId community, ThreadKind kind, Audience audience, String title, String body,
    Set<String> tags, Set<CompetenceRef> competences) {

  /** Validates the fields. */
  public StartThread {
    Validation.required("community", community);
    Validation.required("kind", kind);
    Validation.required("audience", audience);
    title = Validation.name("title", title, DiscussionThread.MAX_TITLE);
    body = Validation.text("body", body, Post.MAX_BODY);
    tags = Tags.normalize("tags", tags, DiscussionThread.MAX_TAGS, DiscussionThread.MAX_TAG);
    competences = DiscussionThread.competences("competences", competences);
  }

  /**
   * A thread about no competence.
   *
   * @param community where
   * @param kind discussion, question or announcement (e-moderators only)
   * @param audience every member, or the working group only (CORE members only may choose it)
   * @param title the title
   * @param body the opening post, in Markdown
   * @param tags its topics
   */
  public StartThread(CommunityId community, ThreadKind kind, Audience audience, String title, String body,
      Set<String> tags) {
    this(community, kind, audience, title, body, tags, Set.of());
  }

  /**
   * @param about the competences it is about
   * @return the same thread, about those competences
   */
  public StartThread withCompetences(Set<CompetenceRef> about) {
    return new StartThread(community, kind, audience, title, body, tags, about);
  }

  /**
   * A discussion for every member, without tags.
   *
   * @param community where
   * @param title the title
   * @param body the opening post
   * @return the command
   */
  public static StartThread discussion(CommunityId community, String title, String body) {
    return new StartThread(community, ThreadKind.DISCUSSION, Audience.COMMUNITY, title, body, Set.of());
  }

  /**
   * A question for every member.
   *
   * @param community where
   * @param title the question
   * @param body the details
   * @param tags its topics
   * @return the command
   */
  public static StartThread question(CommunityId community, String title, String body, Set<String> tags) {
    return new StartThread(community, ThreadKind.QUESTION, Audience.COMMUNITY, title, body, tags);
  }
}
