package org.copkit.jpa.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationPolicy;

/**
 * A row of {@code cop_moderation_policy}: one community's own {@link ModerationPolicy}. The newcomer
 * period is kept in whole seconds; a fraction of a second is dropped. A new policy replaces the old
 * one whole, so the row carries no version: the last to write wins.
 */
@Entity(name = "CopModerationPolicy")
@Table(name = "cop_moderation_policy")
class ModerationPolicyRow {

  @Id
  @Column(name = "community_id", length = 36)
  private String communityId;

  @Column(name = "pre_moderated_posts", nullable = false)
  private int preModeratedPosts;

  @Column(name = "auto_hide_weight", nullable = false)
  private double autoHideWeight;

  @Column(name = "newcomer_period_seconds", nullable = false)
  private long newcomerPeriodSeconds;

  @Column(name = "newcomer_threads", nullable = false)
  private int newcomerThreads;

  @Column(name = "newcomer_replies", nullable = false)
  private int newcomerReplies;

  @Column(name = "flags_per_day", nullable = false)
  private int flagsPerDay;

  @Column(name = "newcomer_links", nullable = false)
  private int newcomerLinks;

  /** For JPA. */
  protected ModerationPolicyRow() {}

  ModerationPolicyRow(CommunityId community, ModerationPolicy policy) {
    this.communityId = community.toString();
    copyChanges(policy);
  }

  /** Copies every setting. */
  void copyChanges(ModerationPolicy policy) {
    preModeratedPosts = policy.preModeratedPosts();
    autoHideWeight = policy.autoHideWeight();
    newcomerPeriodSeconds = policy.newcomerPeriod().toSeconds();
    newcomerThreads = policy.newcomerThreads();
    newcomerReplies = policy.newcomerReplies();
    flagsPerDay = policy.flagsPerDay();
    newcomerLinks = policy.newcomerLinks();
  }

  ModerationPolicy toDomain() {
    return new ModerationPolicy(
        preModeratedPosts,
        autoHideWeight,
        Duration.ofSeconds(newcomerPeriodSeconds),
        newcomerThreads,
        newcomerReplies,
        flagsPerDay,
        newcomerLinks);
  }
}
