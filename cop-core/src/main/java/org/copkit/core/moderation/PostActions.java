package org.copkit.core.moderation;

import org.copkit.api.discussion.Post;
import org.copkit.core.community.Standing;

/**
 * What moderation does to posts, carried out by the discussions feature, which knows what
 * publishing, hiding and editing a post entail (the thread's counters, revisions, mentions,
 * events). Moderation depends on this interface; discussions implement it. Wiring, not API.
 */
public interface PostActions {

  /**
   * Makes a held or hidden post visible to every reader, with everything publishing entails.
   *
   * @param moderator who approved it
   * @param post the post
   * @return the published post
   */
  Post publish(Standing moderator, Post post);

  /**
   * Hides a post from everyone but its author and the e-moderators.
   *
   * @param moderator who hid it, or the member whose flag crossed the threshold
   * @param post the post
   * @param statementOfReasons why, shown to the author
   * @return the hidden post
   */
  Post hide(Standing moderator, Post post, String statementOfReasons);

  /**
   * Replaces a post's text with a moderator's revision and publishes it.
   *
   * @param moderator who edited it
   * @param post the post
   * @param body the new Markdown text
   * @param statementOfReasons why, shown to the author
   * @return the edited, published post
   */
  Post editAndPublish(Standing moderator, Post post, String body, String statementOfReasons);
}
