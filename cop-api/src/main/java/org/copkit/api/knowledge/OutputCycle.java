package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * The production cycle of one output: its stage, who wrote it, every review and every diffusion.
 * Keyed by the output's knowledge item; changed only through {@link Production}, each change on
 * the version it was read at.
 *
 * @param output the output's knowledge item (of kind {@link KnowledgeKind#OUTPUT})
 * @param community the community whose working group produces it
 * @param stage where it stands
 * @param coAuthors who wrote its revisions so far (its contributors)
 * @param reviews every review, in the order given
 * @param diffusions every diffusion, in the order recorded
 * @param startedBy who started the draft
 * @param startedAt when
 * @param version the optimistic version, 0 when first stored
 */
public record OutputCycle(KnowledgeItemId output, CommunityId community, OutputStage stage, Set<MemberId> coAuthors,
    List<Review> reviews, List<Diffusion> diffusions, MemberId startedBy, Instant startedAt, long version) {

  /** Validates the fields and copies the collections. */
  public OutputCycle {
    Validation.required("output", output);
    Validation.required("community", community);
    Validation.required("stage", stage);
    coAuthors = Set.copyOf(new TreeSet<>(Validation.noNulls("coAuthors", coAuthors)));
    reviews = List.copyOf(Validation.noNulls("reviews", reviews));
    diffusions = List.copyOf(Validation.noNulls("diffusions", diffusions));
    Validation.required("startedBy", startedBy);
    Validation.required("startedAt", startedAt);
    Validation.notNegative("version", version);
  }

  /**
   * @param output the output's item
   * @param community its community
   * @param author who started it
   * @param at when
   * @return a new cycle in {@link OutputStage.Draft}, at version 0
   */
  public static OutputCycle started(KnowledgeItemId output, CommunityId community, MemberId author, Instant at) {
    return new OutputCycle(output, community, new OutputStage.Draft(0), Set.of(author), List.of(), List.of(), author, at, 0);
  }

  /** @return whether it has been published (and possibly assessed) */
  public boolean isPublished() {
    return stage instanceof OutputStage.Published || stage instanceof OutputStage.Assessed;
  }

  /**
   * @param round a review round
   * @return the reviews of that round, in the order given
   */
  public List<Review> reviewsOf(int round) {
    return reviews.stream().filter(r -> r.round() == round).toList();
  }

  /** @return how many reviewers approved the revision under review, in the current round; 0 outside a review */
  public int approvals() {
    if (!(stage instanceof OutputStage.InReview review)) {
      return 0;
    }
    return (int) reviewsOf(review.round()).stream().filter(r -> r.verdict() == Review.Verdict.APPROVE).count();
  }

  /**
   * @param target a target
   * @return whether the output was diffused there already
   */
  public boolean diffusedTo(Diffusion.Target target) {
    return diffusions.stream().anyMatch(d -> d.target().equals(target));
  }

  /**
   * @return the communities other than its own whose members may read it, because it was
   *     published and diffused there; empty before publication
   */
  public Set<CommunityId> diffusedCommunities() {
    if (!isPublished()) {
      return Set.of();
    }
    Set<CommunityId> communities = new TreeSet<>(java.util.Comparator.comparing(CommunityId::toString));
    for (Diffusion diffusion : diffusions) {
      if (diffusion.target() instanceof Diffusion.ToCommunity to && !to.community().equals(community)) {
        communities.add(to.community());
      }
    }
    return Set.copyOf(communities);
  }

  /** @return whether every person of the platform may read it: it was published and diffused to the platform */
  public boolean diffusedToPlatform() {
    return isPublished() && diffusions.stream().anyMatch(d -> d.target() instanceof Diffusion.ToPlatform);
  }

  /**
   * @param next its next stage
   * @return the cycle in that stage (same version: storage moves it on)
   */
  public OutputCycle moved(OutputStage next) {
    return new OutputCycle(output, community, next, coAuthors, reviews, diffusions, startedBy, startedAt, version);
  }

  /**
   * @param review a review
   * @return the cycle with the review added
   */
  public OutputCycle reviewed(Review review) {
    List<Review> all = new java.util.ArrayList<>(reviews);
    all.add(review);
    return new OutputCycle(output, community, stage, coAuthors, all, diffusions, startedBy, startedAt, version);
  }

  /**
   * @param diffusion a diffusion
   * @return the cycle with the diffusion recorded
   */
  public OutputCycle diffused(Diffusion diffusion) {
    List<Diffusion> all = new java.util.ArrayList<>(diffusions);
    all.add(diffusion);
    return new OutputCycle(output, community, stage, coAuthors, reviews, all, startedBy, startedAt, version);
  }

  /**
   * @param authors who wrote its revisions
   * @return the cycle with those co-authors
   */
  public OutputCycle writtenBy(Set<MemberId> authors) {
    return new OutputCycle(output, community, stage, authors, reviews, diffusions, startedBy, startedAt, version);
  }

  /**
   * @param next a version
   * @return the cycle at that version
   */
  public OutputCycle withVersion(long next) {
    return new OutputCycle(output, community, stage, coAuthors, reviews, diffusions, startedBy, startedAt, next);
  }
}
