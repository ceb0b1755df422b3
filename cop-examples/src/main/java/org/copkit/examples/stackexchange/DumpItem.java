package org.copkit.examples.stackexchange;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * A row of {@code Posts.xml} or {@code Comments.xml} in the compact form the import holds while it
 * sorts them by date: bodies already turned into Markdown, everything else a number or an instant.
 */
sealed interface DumpItem {

  /** Oldest first; at the same instant, a post before what refers to it; then by ID. */
  Comparator<DumpItem> CHRONOLOGICAL = Comparator.comparing(DumpItem::createdAt)
      .thenComparingInt(DumpItem::rank)
      .thenComparingLong(DumpItem::id);

  /** @return the row's ID in its file */
  long id();

  /** @return when it was written */
  Instant createdAt();

  private int rank() {
    if (this instanceof Question) {
      return 0;
    }
    return this instanceof Answer ? 1 : 2;
  }

  /**
   * A question (PostTypeId 1).
   *
   * @param id its post ID
   * @param owner its author, absent when the account was deleted
   * @param createdAt when it was asked
   * @param title its title
   * @param body its body, in Markdown
   * @param tags its tags, as the dump spells them
   * @param acceptedAnswer the ID of its accepted answer, if any
   */
  record Question(long id, OptionalLong owner, Instant createdAt, String title, String body, List<String> tags,
      OptionalLong acceptedAnswer) implements DumpItem {}

  /**
   * An answer (PostTypeId 2).
   *
   * @param id its post ID
   * @param question the question it answers
   * @param owner its author, absent when the account was deleted
   * @param createdAt when it was written
   * @param body its body, in Markdown
   */
  record Answer(long id, long question, OptionalLong owner, Instant createdAt, String body) implements DumpItem {}

  /**
   * A comment on a question or an answer.
   *
   * @param id its comment ID
   * @param post the post it comments on
   * @param author its author, absent when the account was deleted
   * @param createdAt when it was written
   * @param text its text, in the comments' mini-Markdown
   */
  record Comment(long id, long post, OptionalLong author, Instant createdAt, String text) implements DumpItem {}

  /**
   * Any other post: tag wikis, moderator nominations, wiki placeholders. Not a contribution; kept only
   * to be counted.
   *
   * @param id its post ID
   * @param type its PostTypeId
   * @param createdAt when it was written
   */
  record OtherPost(long id, int type, Instant createdAt) implements DumpItem {}
}
