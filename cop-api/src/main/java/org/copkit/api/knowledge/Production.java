package org.copkit.api.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Inbound use case: the production cycle of a community's outputs, which its e-moderator leads.
 *
 * <ol>
 *   <li><b>Draft</b>: the working group (CORE members, experts, e-moderators) writes the output, a
 *       knowledge item of kind {@link KnowledgeKind#OUTPUT} for the CORE audience, with {@link
 *       KnowledgeBase#edit} while it is a draft and only then.
 *   <li><b>In review</b>: an e-moderator names the reviewers (members of the working group who did
 *       not write it); each approves the revision under review or asks for changes with a comment.
 *       A change request sends it back to its draft; the community's {@link ReviewPolicy} says how
 *       many approvals it needs. Reviewers only review.
 *   <li><b>Published</b>: an approved output is published by an e-moderator: its item becomes
 *       readable by the whole community, and it can be diffused further to chosen other
 *       communities, the whole platform, or marked for diffusion outside the platform. Every
 *       diffusion is recorded.
 *   <li><b>Assessed</b>: an e-moderator records an assessment of the whole process.
 * </ol>
 *
 * <p>Every change is validated first (bad input changes nothing), authorized (deny by default), made
 * on the cycle's version (commands that name a {@code version} fail with a STALE_VERSION conflict when
 * it moved; reviews and diffusions are applied to the latest version, so two reviewers approving at
 * once both count), audited, published as a domain event and, for the working group's and the
 * community's feeds, as an activity of the PRODUCTION component. An output of a community the actor
 * may not read, or a draft of a working group they are not part of, is a {@link
 * org.copkit.api.shared.NotFoundException} exactly as an ID never used.
 *
 * <p>The production cycle of an archived community is read-only: each of these changes is refused
 * with a {@link org.copkit.api.shared.ConflictException} RULE there, and an output is not diffused
 * to an archived community either.
 */
public interface Production {

  /**
   * Starts a draft: a new output item (revision 1, CORE audience) and its cycle.
   *
   * @param actor who writes it: a member of the working group
   * @param command what it says
   * @return the output in {@link OutputStage.Draft}
   */
  Output startDraft(MemberId actor, StartDraft command);

  /**
   * @param actor an e-moderator of the output's community (or an administrator)
   * @param command the reviewers
   * @return the cycle in {@link OutputStage.InReview} of the item's latest revision
   * @throws org.copkit.api.shared.ConflictException RULE when it is not a draft, or its community is
   *     archived
   */
  OutputCycle requestReview(MemberId actor, RequestReview command);

  /**
   * @param actor one of the named reviewers
   * @param command the verdict
   * @return the cycle with the review: still in review, or back in draft after a change request
   * @throws org.copkit.api.shared.ConflictException RULE when it is not in review, the reviewer
   *     reviewed this round already, or its community is archived; STALE_VERSION when the revision
   *     under review is not the one named
   */
  OutputCycle review(MemberId actor, ReviewOutput command);

  /**
   * Publishes an approved output to its community: its item's audience becomes the whole
   * community, and the diffusion to the community is recorded.
   *
   * @param actor an e-moderator of the output's community (or an administrator)
   * @param command which output
   * @return the cycle in {@link OutputStage.Published}
   * @throws org.copkit.api.shared.ConflictException RULE when it is not in review with the approvals
   *     it needs
   */
  OutputCycle publish(MemberId actor, Publish command);

  /**
   * Diffuses a published output further, recording each target.
   *
   * @param actor an e-moderator of the output's community (or an administrator)
   * @param command where to
   * @return the cycle with the diffusions recorded
   * @throws org.copkit.api.shared.ConflictException RULE when it is not published, or its community
   *     or a community it is diffused to is archived; DUPLICATE when it reached a community or the
   *     platform already
   */
  OutputCycle diffuse(MemberId actor, Diffuse command);

  /**
   * @param actor an e-moderator of the output's community (or an administrator)
   * @param command the assessment
   * @return the cycle in {@link OutputStage.Assessed}
   * @throws org.copkit.api.shared.ConflictException RULE when it is not published, or assessed
   *     already, or its community is archived
   */
  OutputCycle assess(MemberId actor, Assess command);

  /**
   * @param actor an e-moderator of the community (or an administrator)
   * @param command the policy
   * @return the community's policy now; reviews already requested keep theirs
   */
  ReviewPolicy configure(MemberId actor, ConfigureReview command);

  /**
   * Command: start a draft.
   *
   * @param community the community
   * @param content what it says
   * @param note a change note, possibly empty
   */
  record StartDraft(CommunityId community, KnowledgeContent content, String note) {

    /** Validates the fields. */
    public StartDraft {
      Validation.required("community", community);
      Validation.required("content", content);
      note = Validation.optionalText("note", note, KnowledgeRevision.MAX_NOTE);
    }
  }

  /**
   * Command: send a draft to review.
   *
   * @param output the output
   * @param version the cycle's version as the e-moderator saw it
   * @param reviewers who reviews it: active members of the working group who wrote none of it, from
   *     the approvals needed to {@value OutputStage.InReview#MAX_REVIEWERS}
   */
  record RequestReview(KnowledgeItemId output, long version, Set<MemberId> reviewers) {

    /** Validates the fields and copies the reviewers. */
    public RequestReview {
      Validation.required("output", output);
      Validation.notNegative("version", version);
      Validation.noNulls("reviewers", reviewers);
      if (reviewers.isEmpty() || reviewers.size() > OutputStage.InReview.MAX_REVIEWERS) {
        throw new InvalidInputException("reviewers", "must name 1 to " + OutputStage.InReview.MAX_REVIEWERS + " reviewers");
      }
      reviewers = Set.copyOf(new LinkedHashSet<>(reviewers));
    }
  }

  /**
   * Command: review the revision under review.
   *
   * @param output the output
   * @param revision the number of the revision the reviewer read: the one under review
   * @param verdict approve, or ask for changes
   * @param comment why; required for a change request, at most {@value Review#MAX_COMMENT} characters
   */
  record ReviewOutput(KnowledgeItemId output, int revision, Review.Verdict verdict, String comment) {

    /** Validates the fields. */
    public ReviewOutput {
      Validation.required("output", output);
      Validation.between("revision", revision, 1, Integer.MAX_VALUE);
      Validation.required("verdict", verdict);
      comment = Review.checkedComment(verdict, comment);
    }
  }

  /**
   * Command: publish an approved output to its community.
   *
   * @param output the output
   * @param version the cycle's version as the e-moderator saw it
   * @param note a note for the record, possibly empty, at most {@value Diffusion#MAX_NOTE} characters
   */
  record Publish(KnowledgeItemId output, long version, String note) {

    /** Validates the fields. */
    public Publish {
      Validation.required("output", output);
      Validation.notNegative("version", version);
      note = Validation.optionalText("note", note, Diffusion.MAX_NOTE);
    }
  }

  /**
   * Command: diffuse a published output further.
   *
   * @param output the output
   * @param targets where to, 1 to {@value #MAX_TARGETS} distinct targets
   * @param note a note for the record, possibly empty, at most {@value Diffusion#MAX_NOTE} characters
   */
  record Diffuse(KnowledgeItemId output, List<Diffusion.Target> targets, String note) {

    /** The most targets of one command. */
    public static final int MAX_TARGETS = 50;

    /** Validates the fields and copies the targets. */
    public Diffuse {
      Validation.required("output", output);
      Validation.noNulls("targets", targets);
      if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
        throw new InvalidInputException("targets", "must name 1 to " + MAX_TARGETS + " targets");
      }
      if (Set.copyOf(targets).size() != targets.size()) {
        throw new InvalidInputException("targets", "must not name a target twice");
      }
      targets = List.copyOf(targets);
      note = Validation.optionalText("note", note, Diffusion.MAX_NOTE);
    }
  }

  /**
   * Command: assess the whole process of a published output.
   *
   * @param output the output
   * @param version the cycle's version as the e-moderator saw it
   * @param achieved what was achieved
   * @param reach how far it reached
   * @param lessons the lessons learnt
   */
  record Assess(KnowledgeItemId output, long version, String achieved, String reach, String lessons) {

    /** Validates the fields. */
    public Assess {
      Validation.required("output", output);
      Validation.notNegative("version", version);
      achieved = Validation.text("achieved", achieved, Assessment.MAX_TEXT);
      reach = Validation.text("reach", reach, Assessment.MAX_TEXT);
      lessons = Validation.text("lessons", lessons, Assessment.MAX_TEXT);
    }
  }

  /**
   * Command: how many approvals a community's outputs need.
   *
   * @param community the community
   * @param approvalsNeeded from 1 to {@value ReviewPolicy#MAX_APPROVALS}
   */
  record ConfigureReview(CommunityId community, int approvalsNeeded) {

    /** Validates the fields. */
    public ConfigureReview {
      Validation.required("community", community);
      Validation.between("approvalsNeeded", approvalsNeeded, 1, ReviewPolicy.MAX_APPROVALS);
    }
  }
}
