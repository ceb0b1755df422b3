package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Assessment;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Review;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_output_cycle}: an {@link OutputCycle}'s stage and its fields, with the cycle's
 * optimistic version. Co-authors and reviewers, reviews and diffusions are rows of their own.
 * {@code round} and {@code revision} are those of the stage: a draft's past rounds; the round and
 * revision under review; the round and revision published.
 */
@Entity(name = "CopOutputCycle")
@Table(name = "cop_output_cycle")
class CycleRow {

  @Id
  @Column(name = "output_id", length = 36)
  private String outputId;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "stage", nullable = false, length = 16)
  private String stage;

  @Column(name = "stage_round", nullable = false)
  private int round;

  @Column(name = "stage_revision", nullable = false)
  private int revision;

  @Column(name = "approvals_needed", nullable = false)
  private int approvalsNeeded;

  @Column(name = "requested_by", length = MemberId.MAX_LENGTH)
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "published_by", length = MemberId.MAX_LENGTH)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "achieved", length = Assessment.MAX_TEXT)
  private String achieved;

  @Column(name = "reach", length = Assessment.MAX_TEXT)
  private String reach;

  @Column(name = "lessons", length = Assessment.MAX_TEXT)
  private String lessons;

  @Column(name = "assessed_by", length = MemberId.MAX_LENGTH)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "started_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected CycleRow() {}

  static CycleRow fromDomain(OutputCycle cycle) {
    CycleRow row = new CycleRow();
    row.outputId = cycle.output().toString();
    row.communityId = cycle.community().toString();
    row.startedBy = cycle.startedBy().value();
    row.startedAt = cycle.startedAt();
    row.setStage(cycle.stage());
    return row;
  }

  /**
   * Writes the stage's fields, clearing those it has not.
   *
   * @return whether any column changed
   */
  boolean setStage(OutputStage next) {
    List<Object> before = columns();
    stage = next.kind().name();
    round = 0;
    revision = 0;
    approvalsNeeded = 0;
    requestedBy = null;
    requestedAt = null;
    publishedBy = null;
    publishedAt = null;
    achieved = null;
    reach = null;
    lessons = null;
    assessedBy = null;
    assessedAt = null;
    if (next instanceof OutputStage.Draft draft) {
      round = draft.rounds();
    } else if (next instanceof OutputStage.InReview review) {
      round = review.round();
      revision = review.revision();
      approvalsNeeded = review.approvalsNeeded();
      requestedBy = review.requestedBy().value();
      requestedAt = review.requestedAt();
    } else if (next instanceof OutputStage.Published published) {
      publication(published.publication());
    } else if (next instanceof OutputStage.Assessed assessed) {
      publication(assessed.publication());
      Assessment assessment = assessed.assessment();
      achieved = assessment.achieved();
      reach = assessment.reach();
      lessons = assessment.lessons();
      assessedBy = assessment.by().value();
      assessedAt = assessment.at();
    }
    return !before.equals(columns());
  }

  private List<Object> columns() {
    return java.util.Arrays.asList(stage, round, revision, approvalsNeeded, requestedBy, requestedAt, publishedBy,
        publishedAt, achieved, reach, lessons, assessedBy, assessedAt);
  }

  private void publication(OutputStage.Publication publication) {
    round = publication.round();
    revision = publication.revision();
    publishedBy = publication.by().value();
    publishedAt = publication.at();
  }

  String outputId() {
    return outputId;
  }

  long version() {
    return version;
  }

  OutputCycle toDomain(Set<MemberId> coAuthors, Set<MemberId> reviewers, List<Review> reviews, List<Diffusion> diffusions) {
    OutputStage.Kind kind = OutputStage.Kind.valueOf(stage);
    OutputStage current = switch (kind) {
      case DRAFT -> new OutputStage.Draft(round);
      case IN_REVIEW -> new OutputStage.InReview(round, revision, reviewers, approvalsNeeded, MemberId.of(requestedBy),
          requestedAt);
      case PUBLISHED -> new OutputStage.Published(publication());
      case ASSESSED -> new OutputStage.Assessed(publication(),
          new Assessment(achieved, reach, lessons, MemberId.of(assessedBy), assessedAt));
    };
    return new OutputCycle(KnowledgeItemId.of(outputId), CommunityId.of(communityId), current, coAuthors, reviews,
        diffusions, MemberId.of(startedBy), startedAt, version);
  }

  private OutputStage.Publication publication() {
    return new OutputStage.Publication(round, revision, MemberId.of(publishedBy), publishedAt);
  }
}
