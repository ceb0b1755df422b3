package org.copkit.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_completion}: one {@link Completion}; the key is the unit and the member. */
@Entity(name = "CopCompletion")
@Table(name = "cop_completion")
class CompletionRow {

  /** The unit's ID, a space, the member's ID. */
  @Id
  @Column(name = "completion_key", length = 36 + 1 + MemberId.MAX_LENGTH)
  private String key;

  @Column(name = "unit_id", nullable = false, length = 36)
  private String unitId;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  @Column(name = "source", nullable = false, length = org.copkit.api.learning.LmsCompletion.MAX_LMS)
  private String source;

  /** For JPA. */
  protected CompletionRow() {}

  static String key(LearningUnitId unit, MemberId member) {
    return unit + " " + member.value();
  }

  static CompletionRow fromDomain(Completion completion) {
    CompletionRow row = new CompletionRow();
    row.key = key(completion.unit(), completion.member());
    row.unitId = completion.unit().toString();
    row.communityId = completion.community().toString();
    row.memberId = completion.member().value();
    row.completedAt = completion.completedAt();
    row.source = completion.source();
    return row;
  }

  Completion toDomain() {
    return new Completion(LearningUnitId.of(unitId), CommunityId.of(communityId), MemberId.of(memberId), completedAt,
        source);
  }
}
