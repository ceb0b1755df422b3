package org.copkit.jpa.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_flag}: one {@link Flag}, its subject stored as its {@linkplain
 * ModerationSubject#key() key}. The {@code open_key} is set while the flag is OPEN.
 */
@Entity(name = "CopFlag")
@Table(name = "cop_flag")
class FlagRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "community_id", nullable = false, length = 36)
  private String communityId;

  @Column(name = "subject", nullable = false, length = OpenKey.MAX_SUBJECT)
  private String subject;

  @Column(name = "flagger", nullable = false, length = MemberId.MAX_LENGTH)
  private String flagger;

  @Column(name = "reason", nullable = false, length = 16)
  private String reason;

  @Column(name = "explanation", nullable = false, length = 1000)
  private String explanation;

  @Column(name = "weight", nullable = false)
  private double weight;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "open_key", length = OpenKey.MAX_FLAG)
  private String openKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected FlagRow() {}

  static FlagRow fromDomain(Flag flag) {
    FlagRow row = new FlagRow();
    row.id = flag.id().toString();
    row.version = flag.version();
    row.copyChanges(flag);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(Flag flag) {
    communityId = flag.community().toString();
    subject = flag.subject().key();
    flagger = flag.flagger().value();
    reason = flag.reason().name();
    explanation = flag.text();
    weight = flag.weight();
    raisedAt = flag.raisedAt();
    outcome = flag.outcome().name();
    openKey = flag.outcome() == Flag.Outcome.OPEN ? OpenKey.ofFlag(flag.community(), flag.flagger(), flag.subject()) : null;
  }

  Flag toDomain() {
    return new Flag(
        FlagId.of(id),
        CommunityId.of(communityId),
        ModerationSubject.parse(subject),
        MemberId.of(flagger),
        FlagReason.valueOf(reason),
        explanation,
        weight,
        raisedAt,
        Flag.Outcome.valueOf(outcome),
        version);
  }

  long version() {
    return version;
  }
}
