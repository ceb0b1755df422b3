package org.copkit.api.expertise;

import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * Query: a question being written, not yet posted.
 *
 * @param community where it will be asked
 * @param title its title, possibly empty while being written, at most {@value
 *     DiscussionThread#MAX_TITLE} characters
 * @param body its body, possibly empty, at most {@value Post#MAX_BODY} characters
 * @param tags its tags, normalized as {@link Tags} does, at most {@value DiscussionThread#MAX_TAGS}
 * @param audience who will read it: the whole community, or its working group only
 * @param limit the most suggestions wanted, from 1 to {@value #MAX_LIMIT}
 */
public record QuestionDraft(CommunityId community, String title, String body, Set<String> tags, Audience audience,
    int limit) {

  /** The most suggestions one query returns. */
  public static final int MAX_LIMIT = 100;

  /** Validates and normalizes the fields. */
  public QuestionDraft {
    Validation.required("community", community);
    title = Validation.optionalText("title", title, DiscussionThread.MAX_TITLE);
    body = Validation.optionalText("body", body, Post.MAX_BODY);
    tags = Tags.normalize("tags", tags, DiscussionThread.MAX_TAGS, DiscussionThread.MAX_TAG);
    Validation.required("audience", audience);
    Validation.between("limit", limit, 1, MAX_LIMIT);
  }

  /**
   * A question for the whole community, asking for ten suggestions.
   *
   * @param community where it will be asked
   * @param title its title
   * @param body its body
   * @param tags its tags
   * @return the draft
   */
  public static QuestionDraft of(CommunityId community, String title, String body, Set<String> tags) {
    return new QuestionDraft(community, title, body, tags, Audience.COMMUNITY, 10);
  }

  /**
   * @param most the most suggestions wanted
   * @return this draft asking for that many
   */
  public QuestionDraft withLimit(int most) {
    return new QuestionDraft(community, title, body, tags, audience, most);
  }
}
