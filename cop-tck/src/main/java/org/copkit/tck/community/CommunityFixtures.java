package org.copkit.tck.community;

import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequest.RequestStatus;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.MemberId;

/**
 * Valid communities, memberships, join requests, invitations and stage changes, built with
 * readable defaults that a test overrides only where it matters:
 *
 * <pre>{@code
 * Community secret = CommunityFixtures.aCommunity().withVisibility(Visibility.SECRET).build();
 * Membership ana = CommunityFixtures.aMembership().in(secret.id()).of(anaId).withTier(Tier.CORE).build();
 * }</pre>
 *
 * <p>Every builder starts with a new random ID and a new person where one is needed, so two
 * records built without overrides never collide. Instants are {@link
 * org.copkit.tck.shared.SharedFixtures#T0} unless set.
 */
public final class CommunityFixtures {

  private CommunityFixtures() {}

  /** @return a builder of an OPEN, ACTIVE community at version 0 */
  public static CommunityBuilder aCommunity() {
    return new CommunityBuilder();
  }

  /** @return a builder of a PARTICIPANT membership with the MEMBER role only, at version 0 */
  public static MembershipBuilder aMembership() {
    return new MembershipBuilder();
  }

  /**
   * A person in a community: what at most one open join request or invitation is about.
   *
   * @param community the community
   * @param person the person
   */
  public record PersonIn(CommunityId community, MemberId person) {}

  /** @return a new person in a new community */
  public static PersonIn aPersonInACommunity() {
    return new PersonIn(CommunityId.random(), aPerson());
  }

  /** @return a builder of a pending join request at version 0 */
  public static JoinRequestBuilder aJoinRequest() {
    return new JoinRequestBuilder();
  }

  /** @return a builder of a pending invitation to the PARTICIPANT tier at version 0 */
  public static InvitationBuilder anInvitation() {
    return new InvitationBuilder();
  }

  /** @return a builder of the creation step (no stage before, PROPOSED after) of a new community */
  public static StageChangeBuilder aStageChange() {
    return new StageChangeBuilder();
  }

  /** Builds {@link Community} values; every setter returns the builder. */
  public static final class CommunityBuilder {

    private CommunityId id = CommunityId.random();
    private String name = "Mediació penal";
    private String domain = "Justícia restaurativa";
    private String purpose = "Share what works in victim–offender mediation.";
    private Visibility visibility = Visibility.OPEN;
    private Stage stage = Stage.ACTIVE;
    private MemberId createdBy = aPerson();
    private Instant createdAt = T0;
    private Instant lastActivityAt = T0;
    private long version;

    private CommunityBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public CommunityBuilder withId(CommunityId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the name
     * @return this builder
     */
    public CommunityBuilder withName(String value) {
      this.name = value;
      return this;
    }

    /**
     * @param value the domain
     * @return this builder
     */
    public CommunityBuilder withDomain(String value) {
      this.domain = value;
      return this;
    }

    /**
     * @param value the purpose
     * @return this builder
     */
    public CommunityBuilder withPurpose(String value) {
      this.purpose = value;
      return this;
    }

    /**
     * @param value the visibility
     * @return this builder
     */
    public CommunityBuilder withVisibility(Visibility value) {
      this.visibility = value;
      return this;
    }

    /**
     * @param value the stage
     * @return this builder
     */
    public CommunityBuilder inStage(Stage value) {
      this.stage = value;
      return this;
    }

    /**
     * @param value the founder
     * @return this builder
     */
    public CommunityBuilder createdBy(MemberId value) {
      this.createdBy = value;
      return this;
    }

    /**
     * Sets the creation and, unless set after this, the last activity.
     *
     * @param value when it was created
     * @return this builder
     */
    public CommunityBuilder createdAt(Instant value) {
      this.createdAt = value;
      this.lastActivityAt = value;
      return this;
    }

    /**
     * @param value the last activity
     * @return this builder
     */
    public CommunityBuilder lastActiveAt(Instant value) {
      this.lastActivityAt = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public CommunityBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the community */
    public Community build() {
      return new Community(
          id, name, domain, purpose, visibility, stage, createdBy, createdAt, lastActivityAt, version);
    }
  }

  /** Builds {@link Membership} values; every setter returns the builder. */
  public static final class MembershipBuilder {

    private CommunityId community = CommunityId.random();
    private MemberId member = aPerson();
    private Tier tier = Tier.PARTICIPANT;
    private Set<Role> roles = EnumSet.of(Role.MEMBER);
    private Instant joinedAt = T0;
    private long version;

    private MembershipBuilder() {}

    /**
     * @param value the community
     * @return this builder
     */
    public MembershipBuilder in(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value the member
     * @return this builder
     */
    public MembershipBuilder of(MemberId value) {
      this.member = value;
      return this;
    }

    /**
     * @param value the tier
     * @return this builder
     */
    public MembershipBuilder withTier(Tier value) {
      this.tier = value;
      return this;
    }

    /**
     * Sets the roles; MEMBER is always added. An e-moderator is moved to the CORE tier.
     *
     * @param first a role
     * @param more more roles
     * @return this builder
     */
    public MembershipBuilder withRoles(Role first, Role... more) {
      this.roles = EnumSet.of(first, more);
      if (roles.contains(Role.E_MODERATOR)) {
        this.tier = Tier.CORE;
      }
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public MembershipBuilder joinedAt(Instant value) {
      this.joinedAt = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public MembershipBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the membership */
    public Membership build() {
      return new Membership(community, member, tier, roles, joinedAt, version);
    }
  }

  /** Builds {@link JoinRequest} values; every setter returns the builder. */
  public static final class JoinRequestBuilder {

    private JoinRequestId id = JoinRequestId.random();
    private CommunityId community = CommunityId.random();
    private MemberId requester = aPerson();
    private String message = "M'agradaria participar-hi.";
    private Instant requestedAt = T0;
    private RequestStatus status = new RequestStatus.Pending();
    private long version;

    private JoinRequestBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public JoinRequestBuilder withId(JoinRequestId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public JoinRequestBuilder to(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value who asks
     * @return this builder
     */
    public JoinRequestBuilder by(MemberId value) {
      this.requester = value;
      return this;
    }

    /**
     * @param value what they say
     * @return this builder
     */
    public JoinRequestBuilder withMessage(String value) {
      this.message = value;
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public JoinRequestBuilder requestedAt(Instant value) {
      this.requestedAt = value;
      return this;
    }

    /**
     * @param value where it stands
     * @return this builder
     */
    public JoinRequestBuilder withStatus(RequestStatus value) {
      this.status = value;
      return this;
    }

    /** @return the request */
    public JoinRequest build() {
      return new JoinRequest(id, community, requester, message, requestedAt, status, version);
    }
  }

  /** Builds {@link Invitation} values; every setter returns the builder. */
  public static final class InvitationBuilder {

    private InvitationId id = InvitationId.random();
    private CommunityId community = CommunityId.random();
    private MemberId invitee = aPerson();
    private MemberId invitedBy = aPerson();
    private Tier tier = Tier.PARTICIPANT;
    private String message = "Et convidem a la comunitat.";
    private Instant invitedAt = T0;
    private InvitationStatus status = new InvitationStatus.Pending();
    private long version;

    private InvitationBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public InvitationBuilder withId(InvitationId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public InvitationBuilder to(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value who is invited
     * @return this builder
     */
    public InvitationBuilder of(MemberId value) {
      this.invitee = value;
      return this;
    }

    /**
     * @param value who invites
     * @return this builder
     */
    public InvitationBuilder by(MemberId value) {
      this.invitedBy = value;
      return this;
    }

    /**
     * @param value the tier offered
     * @return this builder
     */
    public InvitationBuilder toTier(Tier value) {
      this.tier = value;
      return this;
    }

    /**
     * @param value what the inviter says
     * @return this builder
     */
    public InvitationBuilder withMessage(String value) {
      this.message = value;
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public InvitationBuilder invitedAt(Instant value) {
      this.invitedAt = value;
      return this;
    }

    /**
     * @param value where it stands
     * @return this builder
     */
    public InvitationBuilder withStatus(InvitationStatus value) {
      this.status = value;
      return this;
    }

    /** @return the invitation */
    public Invitation build() {
      return new Invitation(id, community, invitee, invitedBy, tier, message, invitedAt, status, version);
    }
  }

  /** Builds {@link StageChange} values; every setter returns the builder. */
  public static final class StageChangeBuilder {

    private CommunityId community = CommunityId.random();
    private Optional<Stage> from = Optional.empty();
    private Stage to = Stage.PROPOSED;
    private Optional<MemberId> actor = Optional.empty();
    private String reason = "Proposta inicial";
    private Instant at = T0;

    private StageChangeBuilder() {}

    /**
     * @param value the community
     * @return this builder
     */
    public StageChangeBuilder of(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param before the stage before
     * @param after the stage after
     * @return this builder
     */
    public StageChangeBuilder from(Stage before, Stage after) {
      this.from = Optional.of(before);
      this.to = after;
      return this;
    }

    /**
     * @param value who made the change
     * @return this builder
     */
    public StageChangeBuilder by(MemberId value) {
      this.actor = Optional.of(value);
      return this;
    }

    /**
     * @param value why
     * @return this builder
     */
    public StageChangeBuilder because(String value) {
      this.reason = value;
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public StageChangeBuilder at(Instant value) {
      this.at = value;
      return this;
    }

    /** @return the step */
    public StageChange build() {
      return new StageChange(community, from, to, actor, reason, at);
    }
  }
}
