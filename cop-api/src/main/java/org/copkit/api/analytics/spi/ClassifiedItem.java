package org.copkit.api.analytics.spi;

import java.util.Set;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * What an {@link ActivityClassifier} is shown of a contribution when it is written: its type, the
 * community it is written in, and its thread's title and tags (a reply is shown its thread's). Enough
 * to write a rule such as "threads tagged {@code protocol} are production", not the body: a
 * classifier decides by what the thread is about, not by what one reply says.
 *
 * @param type the kind of thread, the post's role in it, and the thread's audience
 * @param community the community it is written in
 * @param title its thread's title, 1 to {@value DiscussionThread#MAX_TITLE} characters, as written
 * @param tags its thread's tags, in their {@linkplain Tags normal form} (lower case, trimmed), at most
 *     {@value DiscussionThread#MAX_TAGS}
 */
public record ClassifiedItem(ActivityType type, CommunityId community, String title, Set<String> tags) {

  /** Validates the fields, normalizes and copies the tags. */
  public ClassifiedItem {
    Validation.required("type", type);
    Validation.required("community", community);
    title = Validation.name("title", title, DiscussionThread.MAX_TITLE);
    tags = Tags.normalize("tags", tags, DiscussionThread.MAX_TAGS, DiscussionThread.MAX_TAG);
  }

  /**
   * @param tag a tag, in any case and any Unicode form
   * @return whether the thread carries it (a tag no thread can carry, such as a blank one, never)
   */
  public boolean isTagged(String tag) {
    try {
      return tags.contains(Tags.normalize("tag", tag, DiscussionThread.MAX_TAG));
    } catch (InvalidInputException notATag) {
      return false;
    }
  }
}
