package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Review;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_output_review}: one {@link Review}, immutable. The key is the output's ID, a
 * space and the review's place in the cycle's list, from 0.
 */
@Entity(name = "CopOutputReview")
@Table(name = "cop_output_review")
class ReviewRow {

  @Id
  @Column(name = "review_key", length = 48)
  private String key;

  @Column(name = "output_id", nullable = false, length = 36)
  private String outputId;

  @Column(name = "seq_number", nullable = false)
  private int number;

  @Column(name = "reviewer", nullable = false, length = MemberId.MAX_LENGTH)
  private String reviewer;

  @Column(name = "review_round", nullable = false)
  private int round;

  @Column(name = "revision_number", nullable = false)
  private int revision;

  @Column(name = "verdict", nullable = false, length = 16)
  private String verdict;

  @Column(name = "review_comment", nullable = false, length = Review.MAX_COMMENT)
  private String comment;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  /** For JPA. */
  protected ReviewRow() {}

  static ReviewRow of(KnowledgeItemId output, int number, Review review) {
    ReviewRow row = new ReviewRow();
    row.key = output + " " + number;
    row.outputId = output.toString();
    row.number = number;
    row.reviewer = review.reviewer().value();
    row.round = review.round();
    row.revision = review.revision();
    row.verdict = review.verdict().name();
    row.comment = review.comment();
    row.reviewedAt = review.at();
    return row;
  }

  Review toDomain() {
    return new Review(MemberId.of(reviewer), round, revision, Review.Verdict.valueOf(verdict), comment, reviewedAt);
  }
}
