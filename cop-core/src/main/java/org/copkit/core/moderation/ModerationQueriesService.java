package org.copkit.core.moderation;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;

final class ModerationQueriesService implements ModerationQueries {

  private final ModerationWork work;

  private final RuleSet rules;

  ModerationQueriesService(ModerationWork work, RuleSet rules) {
    this.work = work;
    this.rules = rules;
  }

  @Override
  public java.util.Map<String, Boolean> ruleSwitches(MemberId actor, CommunityId community) {
    return work.query(() -> {
      work.communities.moderating(work.communities.actor(actor), community, "read the moderation rules' switches");
      return rules.running(work.storage.ruleSwitches(), community);
    });
  }

  @Override
  public Page<ReviewItem> queue(MemberId actor, CommunityId community, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      work.communities.moderating(work.communities.actor(actor), community, "read the review queue");
      return work.storage.reviewItems().pending(community, page);
    });
  }

  @Override
  public Page<ReviewItem> escalated(MemberId actorId, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      if (!actor.isAdministrator()) {
        throw new AccessDeniedException(actor.id(), "read the items escalated to the administrators");
      }
      return work.storage.reviewItems().escalated(page);
    });
  }

  @Override
  public List<Flag> flags(MemberId actor, ReviewItemId itemId) {
    Validation.required("item", itemId);
    return work.query(() -> {
      Actor reader = work.communities.actor(actor);
      ReviewItem item = work.storage.reviewItems().find(itemId)
          .orElseThrow(() -> new NotFoundException("review item", itemId.toString()));
      work.communities.moderatingAt(reader, item.community(), "review item", itemId);
      return work.storage.flags().open(item.community(), item.subject());
    });
  }

  @Override
  public ModerationPolicy policy(MemberId actor, CommunityId community) {
    return work.query(() -> {
      work.communities.standing(work.communities.actor(actor), community);
      return work.policy(community);
    });
  }
}
