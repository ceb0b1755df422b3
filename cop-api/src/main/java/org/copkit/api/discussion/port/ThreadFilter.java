package org.copkit.api.discussion.port;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Which threads {@link Threads#list} returns, and in which order.
 *
 * @param community the community
 * @param order NEWEST: created, newest first; ACTIVE: last activity, newest first; UNANSWERED:
 *     questions without an accepted answer only, created, oldest first
 * @param audiences only threads for these audiences; never empty
 * @param states only threads whose opening post is in one of these states; never empty
 * @param orAuthoredBy when present, also the threads this person opened, whatever their state
 * @param about when present, only the threads about this competence
 */
public record ThreadFilter(
    CommunityId community, ThreadOrder order, Set<Audience> audiences, Set<PostState> states,
    Optional<MemberId> orAuthoredBy, Optional<CompetenceRef> about) {

  /** Validates and copies the fields. */
  public ThreadFilter {
    Validation.required("community", community);
    Validation.required("order", order);
    audiences = Set.copyOf(Validation.noNulls("audiences", audiences));
    states = Set.copyOf(Validation.noNulls("states", states));
    if (audiences.isEmpty() || states.isEmpty()) {
      throw new InvalidInputException(audiences.isEmpty() ? "audiences" : "states", "must not be empty");
    }
    Validation.required("orAuthoredBy", orAuthoredBy);
    Validation.required("about", about);
  }

  /**
   * Threads whatever they are about.
   *
   * @param community the community
   * @param order the order, and whether unanswered questions only
   * @param audiences only threads for these audiences; never empty
   * @param states only threads whose opening post is in one of these states; never empty
   * @param orAuthoredBy when present, also the threads this person opened, whatever their state
   */
  public ThreadFilter(CommunityId community, ThreadOrder order, Set<Audience> audiences, Set<PostState> states,
      Optional<MemberId> orAuthoredBy) {
    this(community, order, audiences, states, orAuthoredBy, Optional.empty());
  }

  /**
   * The rule, for adapters that filter in memory; SQL adapters express the same.
   *
   * @param thread a thread of the community
   * @return whether it passes
   */
  public boolean accepts(DiscussionThread thread) {
    return thread.community().equals(community)
        && audiences.contains(thread.audience())
        && (states.contains(thread.state()) || orAuthoredBy.filter(thread.author()::equals).isPresent())
        && about.filter(competence -> !thread.competences().contains(competence)).isEmpty()
        && (order != ThreadOrder.UNANSWERED || (thread.kind() == ThreadKind.QUESTION && thread.acceptedAnswer().isEmpty()));
  }
}
