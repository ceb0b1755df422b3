package org.copkit.core.shared;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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
   * @param notified whether the member was notified of it at once on some channel
   * @param toldOn the channels they were told on at once; none with {@code notified} (recorded by an
   *     earlier version) means every channel
   */
  record Routed(CommunityId community, ThreadId question, Instant at, boolean notified, Set<String> toldOn) {

    /** Copies the channels. */
    public Routed {
      toldOn = Set.copyOf(toldOn);
    }

    /**
     * @param channels the channels of one digest
     * @return whether the member was told of it at once on them (then that digest does not repeat it)
     */
    public boolean toldOn(Set<String> channels) {
      return notified && (toldOn.isEmpty() || channels.stream().anyMatch(toldOn::contains));
    }
  }

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
