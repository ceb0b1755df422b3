package org.copkit.api.moderation;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * Use case: keeping a community's conversation healthy. Members flag; e-moderators decide the
 * items of their community's review queue, with a statement of reasons for the author, and mute
 * members; administrators decide what e-moderators escalate. Every decision is audited and the
 * author is notified.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default.
 */
public interface Moderation {

  /**
   * Flags a post, a thread or a member. One open flag per member and subject. When the subject's
   * flags weigh more than the community's threshold, it is hidden until a moderator decides.
   *
   * @param actor who flags: a member who may write in the community and can see the subject
   * @param command what and why
   * @return the flag, with its weight
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the actor's flag on it is open
   * @throws org.copkit.api.shared.RateLimitedException when the actor flagged too much today
   */
  Flag flag(MemberId actor, RaiseFlag command);

  /**
   * Decides a review item, exactly once. E-moderators of its community decide pending items;
   * administrators decide escalated ones (and may decide any).
   *
   * @param actor who decides
   * @param command the item, the version read and the decision
   * @return the item, decided or escalated
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when someone decided it since
   *     the version read, RULE when it is already decided
   */
  ReviewItem decide(MemberId actor, Decide command);

  /**
   * Mutes a member in a community: they may read but not post, react or flag until it ends.
   *
   * @param actor an e-moderator of the community, or an administrator
   * @param command who, for how long and why
   * @return the mute
   */
  Mute mute(MemberId actor, MuteMember command);

  /**
   * Sets a community's own moderation settings, replacing the platform's defaults there.
   *
   * @param actor an e-moderator of the community, or an administrator
   * @param community the community
   * @param policy the settings
   * @return the settings now in force
   */
  ModerationPolicy configure(MemberId actor, CommunityId community, ModerationPolicy policy);

  /**
   * Turns a moderation rule on or off in a community, audited. Every rule runs until its
   * community's e-moderators turn it off, except those the host made always-on, which cannot be.
   *
   * @param actor an e-moderator of the community, or an administrator
   * @param community the community
   * @param rule the rule's name, one of the platform's rules
   * @param on whether it runs there
   * @return the switch now in force
   * @throws org.copkit.api.shared.InvalidInputException when the platform has no such rule
   * @throws org.copkit.api.shared.ConflictException when the host made the rule always-on
   */
  RuleSwitch switchRule(MemberId actor, CommunityId community, String rule, boolean on);
}
