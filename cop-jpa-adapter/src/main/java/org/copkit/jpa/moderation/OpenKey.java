package org.copkit.jpa.moderation;

import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.MemberId;

/**
 * The value of an {@code open_key} column: set while a flag is OPEN, or while a review item is
 * pending or escalated, and NULL afterwards. A unique index on the column lets the database itself,
 * under any concurrency, hold the rules "one open flag per flagger and subject in a community" and
 * "one open review item per subject in a community"; NULLs do not collide in H2, PostgreSQL or
 * MariaDB.
 *
 * <p>Each key reads back into its parts in one way only: a community ID has a fixed length, and a
 * flagger's ID, which may hold any character, is preceded by its length.
 */
final class OpenKey {

  /** The longest subject key: {@code member:} (7 characters) and the longest member ID. */
  static final int MAX_SUBJECT = 7 + MemberId.MAX_LENGTH;

  /** A UUID, a separator and the longest subject key. */
  static final int MAX_REVIEW_ITEM = 36 + 1 + MAX_SUBJECT;

  /**
   * A UUID, a separator, the longest member ID after its length (3 digits) and a colon, a separator
   * and the longest subject key.
   */
  static final int MAX_FLAG = 36 + 1 + 3 + 1 + MemberId.MAX_LENGTH + 1 + MAX_SUBJECT;

  private OpenKey() {}

  static String ofFlag(CommunityId community, MemberId flagger, ModerationSubject subject) {
    return community + "/" + flagger.value().length() + ":" + flagger.value() + "/" + subject.key();
  }

  static String ofReviewItem(CommunityId community, ModerationSubject subject) {
    return community + "/" + subject.key();
  }
}
