package org.copkit.api.moderation;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** Use case: what moderators read. */
public interface ModerationQueries {

  /**
   * A community's review queue: pending items, heaviest flags first, oldest first within a weight.
   * E-moderators of the community and administrators.
   *
   * @param actor who reads
   * @param community the community
   * @param page which page
   * @return the page
   */
  Page<ReviewItem> queue(MemberId actor, CommunityId community, PageRequest page);

  /**
   * Items escalated to the administrators, oldest first. Administrators only.
   *
   * @param actor who reads
   * @param page which page
   * @return the page
   */
  Page<ReviewItem> escalated(MemberId actor, PageRequest page);

  /**
   * The flags of a review item, oldest first. E-moderators of its community and administrators.
   *
   * @param actor who reads
   * @param item the item
   * @return the flags
   */
  List<Flag> flags(MemberId actor, ReviewItemId item);

  /**
   * The settings in force in a community. Anyone who may see the community.
   *
   * @param actor who reads
   * @param community the community
   * @return the settings
   */
  ModerationPolicy policy(MemberId actor, CommunityId community);

  /**
   * Which of the platform's moderation rules run in a community.
   *
   * @param actor an e-moderator of the community, or an administrator
   * @param community the community
   * @return every rule's name, in the order rules run, with whether it runs there
   */
  java.util.Map<String, Boolean> ruleSwitches(MemberId actor, CommunityId community);
}
