package org.copkit.examples.stackexchange;

import java.time.Instant;
import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;

/**
 * A community made from a dump, with the platform that holds it.
 *
 * @param platform the platform the import built; its clock stays at {@code lastActivity}
 * @param community the community
 * @param administrator a platform administrator who is not a member: the site's own "Community"
 *     account (Id -1), which stands in for deleted authors and may read every figure
 * @param firstActivity the earliest date in the dump, such as its first account's
 * @param lastActivity the latest date in the dump
 * @param summary what became of every row
 * @param questions the thread each imported question became, by the question's Id in the dump
 */
public record ImportedCommunity(CopPlatform platform, CommunityId community, MemberId administrator,
    Instant firstActivity, Instant lastActivity, ImportSummary summary, Map<Long, ThreadId> questions) {

  /** Copies the questions. */
  public ImportedCommunity {
    questions = Map.copyOf(questions);
  }
}
