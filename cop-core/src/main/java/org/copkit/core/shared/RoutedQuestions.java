package org.copkit.core.shared;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;

/**
 * What routing knows that a digest gathers: the questions routed to a member, and whether they
 * are away. As far as the node has caught up with the change log. Wiring between features, never
 * reaching hosts.
 */
public interface RoutedQuestions {

  /** Nothing routed, nobody away: for assemblies built without expertise. */
  RoutedQuestions NONE = new RoutedQuestions() {
    @Override
    public List<Routed> routedTo(MemberId member, Instant from, Instant to) {
      return List.of();
    }

    @Override
    public boolean away(MemberId member, Instant now) {
      return false;
    }
  };

  /**
   * A question routed to a member.
   *
   * @param community its community
   * @param question the question
   * @param at when it was routed
   * @param notified whether the member was notified of it at once (then no digest repeats it)
   */
  record Routed(CommunityId community, ThreadId question, Instant at, boolean notified) {}

  /**
   * @param member a member
   * @param from the first instant
   * @param to the instant after the last
   * @return the questions routed to them in {@code [from, to)}, oldest first
   */
  List<Routed> routedTo(MemberId member, Instant from, Instant to);

  /**
   * @param member a member
   * @param now the instant
   * @return whether they said they are away then
   */
  boolean away(MemberId member, Instant now);
}
