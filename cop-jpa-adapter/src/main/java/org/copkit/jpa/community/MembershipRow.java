package org.copkit.jpa.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_membership}: one {@link Membership}, keyed by community and member. The roles
 * are two boolean columns ({@link Role#MEMBER} is implied), so that "members holding a role" is a
 * plain indexed query.
 */
@Entity(name = "CopMembership")
@Table(name = "cop_membership")
@IdClass(MembershipRow.Key.class)
class MembershipRow {

  @Id
  @Column(name = "community_id", length = 36)
  private String communityId;

  @Id
  @Column(name = "member_id", length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "tier", nullable = false, length = 16)
  private String tier;

  @Column(name = "is_e_moderator", nullable = false)
  private boolean eModerator;

  @Column(name = "is_expert", nullable = false)
  private boolean expert;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected MembershipRow() {}

  static MembershipRow fromDomain(Membership membership) {
    MembershipRow row = new MembershipRow();
    row.communityId = membership.community().toString();
    row.memberId = membership.member().value();
    row.joinedAt = membership.joinedAt();
    row.version = membership.version();
    row.copyChanges(membership);
    return row;
  }

  /** Copies the tier and the roles; the version is left to JPA. */
  void copyChanges(Membership membership) {
    tier = membership.tier().name();
    eModerator = membership.has(Role.E_MODERATOR);
    expert = membership.has(Role.EXPERT);
  }

  Membership toDomain() {
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    if (eModerator) {
      roles.add(Role.E_MODERATOR);
    }
    if (expert) {
      roles.add(Role.EXPERT);
    }
    return new Membership(CommunityId.of(communityId), MemberId.of(memberId), Tier.valueOf(tier), roles, joinedAt, version);
  }

  long version() {
    return version;
  }

  /** The primary key: community and member. */
  static final class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String communityId;
    private String memberId;

    /** For JPA. */
    Key() {}

    Key(CommunityId community, MemberId member) {
      this.communityId = community.toString();
      this.memberId = member.value();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && communityId.equals(key.communityId) && memberId.equals(key.memberId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(communityId, memberId);
    }
  }
}
