package org.copkit.api.knowledge;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Where an output stands in its production cycle: {@link Draft} (the working group writes it) →
 * {@link InReview} (named reviewers approve it or ask for changes; a change request sends it back to
 * {@link Draft}) → {@link Published} (diffused) → {@link Assessed}. Sealed: these four and no other.
 */
public sealed interface OutputStage {

  /** @return which of the four stages it is */
  Kind kind();

  /** The four stages, for filters. Stores keep the constant's name as text. */
  enum Kind {
    /** {@link Draft}. */
    DRAFT,
    /** {@link InReview}. */
    IN_REVIEW,
    /** {@link Published}. */
    PUBLISHED,
    /** {@link Assessed}. */
    ASSESSED
  }

  /**
   * The working group writes the output (its item's audience is the working group's); nobody
   * reviews it yet.
   *
   * @param rounds how many review rounds it went through so far (each ended with a change request)
   */
  record Draft(int rounds) implements OutputStage {

    /** Validates the fields. */
    public Draft {
      Validation.notNegative("rounds", rounds);
    }

    @Override
    public Kind kind() {
      return Kind.DRAFT;
    }
  }

  /**
   * Reviewers named by an e-moderator review one revision of the output: it is approved once
   * {@code approvalsNeeded} of them approved that revision; a change request sends it back to {@link
   * Draft}.
   *
   * @param round the review round, from 1
   * @param revision the number of the item's revision under review
   * @param reviewers who reviews it, at least {@code approvalsNeeded}, at most {@value #MAX_REVIEWERS}
   * @param approvalsNeeded how many approvals publish it: the community's {@link ReviewPolicy} when
   *     the review was requested
   * @param requestedBy the e-moderator who asked for it
   * @param requestedAt when
   */
  record InReview(int round, int revision, Set<MemberId> reviewers, int approvalsNeeded, MemberId requestedBy,
      Instant requestedAt) implements OutputStage {

    /** The most reviewers of one round. */
    public static final int MAX_REVIEWERS = 20;

    /** Validates the fields and copies the reviewers. */
    public InReview {
      Validation.between("round", round, 1, Integer.MAX_VALUE);
      Validation.between("revision", revision, 1, Integer.MAX_VALUE);
      Validation.noNulls("reviewers", reviewers);
      Validation.between("approvalsNeeded", approvalsNeeded, 1, ReviewPolicy.MAX_APPROVALS);
      if (reviewers.size() < approvalsNeeded || reviewers.size() > MAX_REVIEWERS) {
        throw new InvalidInputException("reviewers",
            "must name from " + approvalsNeeded + " (the approvals needed) to " + MAX_REVIEWERS + " reviewers");
      }
      reviewers = Set.copyOf(new TreeSet<>(reviewers));
      Validation.required("requestedBy", requestedBy);
      Validation.required("requestedAt", requestedAt);
    }

    @Override
    public Kind kind() {
      return Kind.IN_REVIEW;
    }
  }

  /**
   * Published: its item is readable by the whole community, and by whoever it was diffused to.
   *
   * @param publication what was published, by whom, when
   */
  record Published(Publication publication) implements OutputStage {

    /** Validates the fields. */
    public Published {
      Validation.required("publication", publication);
    }

    @Override
    public Kind kind() {
      return Kind.PUBLISHED;
    }
  }

  /**
   * Published, and the whole process assessed by an e-moderator. Still diffused further at will.
   *
   * @param publication what was published, by whom, when
   * @param assessment the assessment
   */
  record Assessed(Publication publication, Assessment assessment) implements OutputStage {

    /** Validates the fields. */
    public Assessed {
      Validation.required("publication", publication);
      Validation.required("assessment", assessment);
    }

    @Override
    public Kind kind() {
      return Kind.ASSESSED;
    }
  }

  /**
   * The publication of an output.
   *
   * @param round the review round that approved it
   * @param revision the number of the item's revision published
   * @param by the e-moderator who published it
   * @param at when
   */
  record Publication(int round, int revision, MemberId by, Instant at) {

    /** Validates the fields. */
    public Publication {
      Validation.between("round", round, 1, Integer.MAX_VALUE);
      Validation.between("revision", revision, 1, Integer.MAX_VALUE);
      Validation.required("by", by);
      Validation.required("at", at);
    }
  }
}
