package org.copkit.api.expertise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: route a posted question to the members best placed to answer it, within an
 * attention budget per member: at most {@code routingBudgetPerWeek} routed questions per ISO week
 * (UTC), none while they are away, muted in the community or hidden from suggestions, and never
 * one question twice. The budget and the once-per-question rule hold across every node (the
 * storage decides them). A routed question that one of its routed members answers credits whoever
 * routed it.
 */
public interface QuestionRouting {

  /**
   * Routes the question to the best suggested members that the budget allows, best first.
   *
   * @param actor the question's asker, or an e-moderator of its community, or an administrator
   * @param command which question, and to how many members
   * @return who it was routed to, and who was passed over and why
   * @throws org.copkit.api.shared.NotFoundException when the question does not exist for the actor
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may read it but is none of
   *     those above
   * @throws org.copkit.api.shared.InvalidInputException naming {@code question} when the thread is
   *     not a question
   */
  Routing route(MemberId actor, RouteQuestion command);

  /**
   * Marks the member away until an instant (nothing is routed to them before it), or back.
   *
   * @param member who: only themselves
   * @param until when they are back, or empty when they are back now
   */
  void setAway(MemberId member, Optional<Instant> until);

  /**
   * What routing has earned in a community: per member who routed questions, how many they routed
   * and how many of those a routed member answered.
   *
   * @param moderator an e-moderator of the community, or an administrator
   * @param community the community
   * @return one entry per router, most answered first
   */
  List<RoutingCredit> credits(MemberId moderator, CommunityId community);
}
