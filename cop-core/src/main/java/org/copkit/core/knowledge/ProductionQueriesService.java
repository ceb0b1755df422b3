package org.copkit.core.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.ProductionQueries;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;

/** {@link ProductionQueries}: reading outputs and their cycles. */
final class ProductionQueriesService implements ProductionQueries {

  private static final Set<OutputStage.Kind> PUBLISHED = EnumSet.of(OutputStage.Kind.PUBLISHED, OutputStage.Kind.ASSESSED);

  private final ProductionWork work;

  ProductionQueriesService(ProductionWork work) {
    this.work = work;
  }

  @Override
  public Output output(MemberId readerId, KnowledgeItemId id) {
    return work.query(() -> {
      ProductionWork.Seen seen = work.output(work.communities.actor(readerId), id);
      return new Output(seen.item(), seen.cycle());
    });
  }

  @Override
  public Page<OutputCycle> ofCommunity(MemberId readerId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      Standing standing = readable(readerId, community, "read the outputs of community ");
      Set<OutputStage.Kind> stages = standing.sees(Audience.CORE) ? EnumSet.allOf(OutputStage.Kind.class) : PUBLISHED;
      return work.storage.outputCycles().inCommunity(community, stages, page);
    });
  }

  @Override
  public Page<OutputCycle> coAuthoredBy(MemberId readerId, MemberId contributor, PageRequest page) {
    Validation.required("contributor", contributor);
    Validation.required("page", page);
    return work.query(() -> {
      Actor actor = work.communities.actor(readerId);
      List<OutputCycle> visible = work.storage.outputCycles().coAuthoredBy(contributor).stream()
          .filter(cycle -> sees(actor, cycle))
          .toList();
      return Page.of(visible, page);
    });
  }

  @Override
  public Page<OutputCycle> diffusedTo(MemberId readerId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      readable(readerId, community, "read the outputs diffused to community ");
      return work.storage.outputCycles().diffusedTo(community, page);
    });
  }

  @Override
  public ReviewPolicy reviewPolicy(MemberId readerId, CommunityId community) {
    Validation.required("community", community);
    return work.query(() -> {
      readable(readerId, community, "read the review policy of community ");
      return work.storage.reviewPolicies().find(community).orElseGet(() -> ReviewPolicy.defaultFor(community));
    });
  }

  private Standing readable(MemberId readerId, CommunityId community, String action) {
    Actor actor = work.communities.actor(readerId);
    Standing standing = work.communities.standing(actor, community);
    if (!standing.canRead()) {
      throw new AccessDeniedException(readerId, action + community + ": only its members do");
    }
    return standing;
  }

  /** Whether the actor may read the cycle's output: as {@link ProductionWork#output} decides. */
  private boolean sees(Actor actor, OutputCycle cycle) {
    try {
      Standing standing = work.communities.standing(actor, cycle.community());
      return standing.sees(cycle.isPublished() ? Audience.COMMUNITY : Audience.CORE) || work.reaches(actor, cycle);
    } catch (NotFoundException hidden) {
      return false;
    }
  }
}
