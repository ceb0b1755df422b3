package org.copkit.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copkit.api.shared.AuditAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Membership;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommunityUseCasesTest {

  private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  private final MemberId ana = MemberId.of("ana");
  private final MemberId berta = MemberId.of("berta");
  private final MemberId carles = MemberId.of("carles");
  private final MemberId admin = MemberId.of("admin");
  private final MemberId gone = MemberId.of("gone");
  private final InMemoryDirectory directory =
      InMemoryDirectory.of(
          Person.active(ana, "Ana Puig", "Mediation service"),
          Person.active(berta, "Berta Soler", "Courts of Girona"),
          Person.active(carles, "Carles Vidal", "Prisons"),
          new Person(admin, "Admin", "IT", true, true),
          new Person(gone, "Former colleague", "", false, false));
  private final InMemoryEventLog events = new InMemoryEventLog();
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final CopPlatform platform = platform(true);

  private CopPlatform platform(boolean autoActivate) {
    return CopPlatform.builder()
        .directory(directory)
        .storage(storage)
        .eventPublisher(events)
        .clock(clock)
        .autoActivate(autoActivate)
        .dormancyAfter(Duration.ofDays(30))
        .build();
  }

  private Community create(Visibility visibility) {
    return platform.lifecycle().create(ana, new CommunityDetails("Mediació", "Criminal mediation", "Share cases", visibility));
  }

  private Membership membership(CommunityId community, MemberId member) {
    return storage.memberships().find(community, member).orElseThrow();
  }

  private List<AuditAction> auditActions(CommunityId community) {
    return platform.communityQueries().auditTrail(admin, community, PageRequest.first(200)).items().stream()
        .map(AuditEntry::action).toList();
  }

  @Nested
  class Founding {

    @Test
    void theFounderBecomesTheFirstEModeratorInTheCoreAndTheCommunityIsActivatedByPolicy() {
      Community community = create(Visibility.OPEN);

      assertThat(community.stage()).isEqualTo(Stage.ACTIVE);
      assertThat(community.createdAt()).isEqualTo(clock.instant());
      Membership founder = membership(community.id(), ana);
      assertThat(founder.tier()).isEqualTo(Tier.CORE);
      assertThat(founder.roles()).containsExactlyInAnyOrder(Role.E_MODERATOR, Role.MEMBER);
      assertThat(platform.communityQueries().stageHistory(ana, community.id()))
          .extracting(StageChange::from, StageChange::to, StageChange::actor)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Optional.empty(), Stage.PROPOSED, Optional.of(ana)),
              org.assertj.core.groups.Tuple.tuple(Optional.of(Stage.PROPOSED), Stage.ACTIVE, Optional.empty()));
      assertThat(events.events())
          .hasExactlyElementsOfTypes(
              CommunityEvent.CommunityCreated.class, CommunityEvent.MemberJoined.class, CommunityEvent.StageChanged.class);
    }

    @Test
    void withoutAutoActivationAProposalWaitsForAnAdministrator() {
      CopPlatform strict = platform(false);
      Community proposed = strict.lifecycle().create(ana, new CommunityDetails("Arxius", "Archives", "", Visibility.OPEN));
      assertThat(proposed.stage()).isEqualTo(Stage.PROPOSED);

      ChangeStage activate = new ChangeStage(proposed.id(), Stage.ACTIVE, "approved by the programme");
      assertThatThrownBy(() -> strict.lifecycle().changeStage(ana, activate)).isInstanceOf(AccessDeniedException.class);

      Community active = strict.lifecycle().changeStage(admin, activate);
      assertThat(active.stage()).isEqualTo(Stage.ACTIVE);
      assertThat(strict.communityQueries().stageHistory(ana, proposed.id()).get(1))
          .satisfies(
              change -> {
                assertThat(change.actor()).contains(admin);
                assertThat(change.reason()).isEqualTo("approved by the programme");
              });
      AuditEntry audited = strict.communityQueries().auditTrail(admin, proposed.id(), PageRequest.first(10)).items().get(1);
      assertThat(audited.asAdministrator()).isTrue();
      assertThat(audited.detail()).isEqualTo("PROPOSED -> ACTIVE");
    }

    @Test
    void invalidDetailsNameTheFieldAndStoreNothing() {
      assertThatThrownBy(() -> new CommunityDetails(" ", "d", "", Visibility.OPEN))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.rule()).isEqualTo("must not be blank");
          });
      assertThatThrownBy(() -> new CommunityDetails("x".repeat(121), "d", "", Visibility.OPEN))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
      assertThatThrownBy(() -> new CommunityDetails("n", "d", "", null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visibility"));
      assertThatThrownBy(() -> platform.lifecycle().create(ana, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("details"));
      assertThatThrownBy(() -> platform.lifecycle().create(null, new CommunityDetails("n", "d", "", Visibility.OPEN)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("actor"));

      assertThat(platform.communityQueries().communities(admin, CommunitySearch.all(PageRequest.first(10))).total()).isZero();
      assertThat(events.events()).isEmpty();
    }

    @Test
    void unknownAndInactivePeopleCannotAct() {
      CommunityDetails details = new CommunityDetails("n", "d", "", Visibility.OPEN);
      assertThatThrownBy(() -> platform.lifecycle().create(MemberId.of("nobody"), details))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> platform.lifecycle().create(gone, details)).isInstanceOf(AccessDeniedException.class);
      assertThat(events.events()).isEmpty();
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
      Community community = create(Visibility.OPEN);
      platform.joining().join(berta, community.id(), "");
      CommunityDetails renamed = new CommunityDetails("Renamed", "d", "", Visibility.CLOSED);

      assertThatThrownBy(() -> platform.lifecycle().update(ana, new UpdateCommunity(community.id(), community.version(), renamed)))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));

      Community current = platform.communityQueries().community(ana, community.id());
      assertThat(current.name()).isEqualTo("Mediació");
      Community updated = platform.lifecycle().update(ana, new UpdateCommunity(community.id(), current.version(), renamed));
      assertThat(updated.name()).isEqualTo("Renamed");
      assertThat(updated.visibility()).isEqualTo(Visibility.CLOSED);
      assertThat(updated.version()).isEqualTo(current.version() + 1);
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void quietCommunitiesFadeToDormantAndWakeUpWithActivity() {
      Community quiet = create(Visibility.OPEN);
      clock.advance(Duration.ofDays(20));
      Community lively = create(Visibility.OPEN);
      clock.advance(Duration.ofDays(15));

      assertThatThrownBy(() -> platform.lifecycle().sweepDormant(ana)).isInstanceOf(AccessDeniedException.class);
      List<Community> dormant = platform.lifecycle().sweepDormant(admin);

      assertThat(dormant).extracting(Community::id).containsExactly(quiet.id());
      assertThat(platform.communityQueries().community(ana, lively.id()).stage()).isEqualTo(Stage.ACTIVE);
      StageChange faded = last(platform.communityQueries().stageHistory(ana, quiet.id()));
      assertThat(faded.to()).isEqualTo(Stage.DORMANT);
      assertThat(faded.reason()).startsWith("no activity since 2026-03-02T09:00:00Z");

      Community awake = platform.lifecycle().recordActivity(ana, quiet.id());
      assertThat(awake.stage()).isEqualTo(Stage.ACTIVE);
      assertThat(awake.lastActivityAt()).isEqualTo(clock.instant());
      assertThat(last(platform.communityQueries().stageHistory(ana, quiet.id())).reason()).isEqualTo("activity resumed");
    }

    @Test
    void lastActivityMovesWhenAMinuteOrMoreOldAndNotOnEveryWrite() {
      Community community = create(Visibility.OPEN);
      Instant created = community.lastActivityAt();

      clock.advance(Duration.ofSeconds(59));
      Community within = platform.lifecycle().recordActivity(ana, community.id());
      assertThat(within.lastActivityAt()).as("59 s later: left as it was").isEqualTo(created);
      assertThat(within.version()).as("and the row not written").isEqualTo(community.version());

      clock.advance(Duration.ofSeconds(1));
      assertThat(platform.lifecycle().recordActivity(ana, community.id()).lastActivityAt())
          .as("a minute later: moved to now").isEqualTo(clock.instant());
    }

    @Test
    void archivedIsFinalAndReadOnly() {
      Community community = create(Visibility.OPEN);
      platform.lifecycle().changeStage(ana, new ChangeStage(community.id(), Stage.ARCHIVED, "work is done"));

      assertThatThrownBy(() -> platform.lifecycle().changeStage(admin, new ChangeStage(community.id(), Stage.ACTIVE, "again")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThatThrownBy(() -> platform.joining().join(berta, community.id(), ""))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("archived"));
      assertThatThrownBy(() -> platform.lifecycle().recordActivity(ana, community.id())).isInstanceOf(ConflictException.class);
      assertThat(platform.communityQueries().community(berta, community.id()).stage()).isEqualTo(Stage.ARCHIVED);
    }

    @Test
    void impossibleTransitionsAreConflicts() {
      Community community = create(Visibility.OPEN);
      assertThatThrownBy(() -> platform.lifecycle().changeStage(ana, new ChangeStage(community.id(), Stage.PROPOSED, "back")))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("cannot move from ACTIVE to PROPOSED");
    }

    private StageChange last(List<StageChange> history) {
      return history.get(history.size() - 1);
    }
  }

  @Nested
  class Joining {

    @Test
    void joiningAnOpenCommunityMakesAParticipant() {
      Community community = create(Visibility.OPEN);
      JoinOutcome outcome = platform.joining().join(berta, community.id(), "");

      assertThat(outcome).isInstanceOfSatisfying(JoinOutcome.Joined.class,
          joined -> assertThat(joined.membership().tier()).isEqualTo(Tier.PARTICIPANT));
      assertThatThrownBy(() -> platform.joining().join(berta, community.id(), ""))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      assertThat(events.eventsOf(CommunityEvent.MemberJoined.class)).last()
          .satisfies(e -> assertThat(e.route()).isEqualTo(CommunityEvent.JoinRoute.OPEN));
    }

    @Test
    void aClosedCommunityTakesRequestsThatEModeratorsApproveOrDecline() {
      Community community = create(Visibility.CLOSED);
      JoinRequest byBerta = requested(platform.joining().join(berta, community.id(), "I work on this"));
      clock.advance(Duration.ofMinutes(1));
      JoinRequest byCarles = requested(platform.joining().join(carles, community.id(), ""));

      assertThat(platform.communityQueries().pendingRequests(ana, community.id(), PageRequest.first(10)).items())
          .extracting(JoinRequest::requester).containsExactly(berta, carles);
      assertThatThrownBy(() -> platform.joining().join(berta, community.id(), "again"))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));

      Membership approved = platform.joining().approve(ana, new ApproveRequest(byBerta.id(), Tier.CORE));
      assertThat(approved.tier()).isEqualTo(Tier.CORE);
      JoinRequest declined = platform.joining().decline(ana, new DeclineRequest(byCarles.id(), "for court staff only"));
      assertThat(declined.status()).isInstanceOfSatisfying(JoinRequest.RequestStatus.Declined.class,
          d -> assertThat(d.reason()).isEqualTo("for court staff only"));
      assertThat(platform.communityQueries().myRequests(carles)).singleElement()
          .satisfies(r -> assertThat(r.isPending()).isFalse());
      assertThatThrownBy(() -> platform.joining().approve(ana, new ApproveRequest(byCarles.id(), Tier.CORE)))
          .isInstanceOf(ConflictException.class).hasMessageContaining("no longer pending");
      assertThat(auditActions(community.id())).contains(AuditAction.JOIN_REQUESTED, AuditAction.JOIN_REQUEST_APPROVED, AuditAction.JOIN_REQUEST_DECLINED);
    }

    @Test
    void aSecretCommunityIsReachedOnlyByInvitation() {
      Community secret = create(Visibility.SECRET);
      assertThatThrownBy(() -> platform.joining().join(berta, secret.id(), "")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> platform.communityQueries().community(berta, secret.id()))
          .isInstanceOf(NotFoundException.class)
          .hasMessage(new NotFoundException("community", secret.id().toString()).getMessage());

      Invitation invitation = platform.joining().invite(ana, new Invite(secret.id(), berta, Tier.CORE, "Join the working group"));
      assertThat(platform.communityQueries().myInvitations(berta)).containsExactly(invitation);
      assertThat(platform.communityQueries().community(berta, secret.id()).name()).isEqualTo("Mediació");

      Membership joined = platform.joining().accept(berta, invitation.id());
      assertThat(joined.tier()).isEqualTo(Tier.CORE);
      assertThat(platform.communityQueries().myInvitations(berta)).isEmpty();
      assertThat(platform.communityQueries().communities(berta, CommunitySearch.all(PageRequest.first(10))).items())
          .extracting(Community::id).containsExactly(secret.id());
      assertThat(platform.communityQueries().communities(carles, CommunitySearch.all(PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void invitationsCanBeDeclinedOrRevokedAndNeedAKnownActivePerson() {
      Community community = create(Visibility.CLOSED);
      assertThatThrownBy(() -> platform.joining().invite(ana, new Invite(community.id(), MemberId.of("ghost"), Tier.CORE, "")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("invitee");
            assertThat(e.rule()).contains("directory");
          });
      assertThatThrownBy(() -> platform.joining().invite(ana, new Invite(community.id(), gone, Tier.CORE, "")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("must name an active person"));

      Invitation toBerta = platform.joining().invite(ana, new Invite(community.id(), berta, Tier.PARTICIPANT, ""));
      Invitation declined = platform.joining().declineInvitation(berta, toBerta.id());
      assertThat(declined.status()).isInstanceOf(Invitation.InvitationStatus.Declined.class);
      Invitation toCarles = platform.joining().invite(ana, new Invite(community.id(), carles, Tier.PARTICIPANT, ""));
      assertThatThrownBy(() -> platform.joining().accept(berta, toCarles.id())).isInstanceOf(NotFoundException.class);
      platform.joining().revoke(ana, toCarles.id());
      assertThatThrownBy(() -> platform.joining().accept(carles, toCarles.id())).isInstanceOf(ConflictException.class);
      assertThat(platform.communityQueries().pendingInvitations(ana, community.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anInvitationNoLongerPendingCannotBeRevokedAndRevokingOneAnswersItRevoked() {
      Community community = create(Visibility.CLOSED);
      Invitation toBerta = platform.joining().invite(ana, new Invite(community.id(), berta, Tier.PARTICIPANT, ""));
      platform.joining().accept(berta, toBerta.id());
      Invitation toCarles = platform.joining().invite(ana, new Invite(community.id(), carles, Tier.PARTICIPANT, ""));

      assertThatThrownBy(() -> platform.joining().revoke(ana, toBerta.id()))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("no longer pending"));
      assertThat(storage.invitations().find(toBerta.id()).orElseThrow().status())
          .isInstanceOf(Invitation.InvitationStatus.Accepted.class);
      assertThat(platform.joining().revoke(ana, toCarles.id()).status())
          .isInstanceOf(Invitation.InvitationStatus.Revoked.class);
    }

    @Test
    void aRequesterWhoIsInvitedJoinsAndTheirRequestIsClosed() {
      Community community = create(Visibility.CLOSED);
      JoinRequest request = requested(platform.joining().join(berta, community.id(), ""));
      platform.joining().invite(ana, new Invite(community.id(), berta, Tier.CORE, ""));

      JoinOutcome outcome = platform.joining().join(berta, community.id(), "");

      assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
      assertThat(storage.joinRequests().find(request.id()).orElseThrow().isPending()).isFalse();
    }

    @Test
    void theLastEModeratorCannotLeaveUntilAnotherIsNamed() {
      Community community = create(Visibility.OPEN);
      platform.joining().join(berta, community.id(), "");

      assertThatThrownBy(() -> platform.joining().leave(ana, community.id()))
          .isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE);
            assertThat(e.getMessage()).contains("last e-moderator");
          });
      platform.memberAdministration().grantRole(ana, new ChangeRole(community.id(), berta, Role.E_MODERATOR));
      platform.joining().leave(ana, community.id());

      assertThat(storage.memberships().find(community.id(), ana)).isEmpty();
      assertThat(membership(community.id(), berta).isEModerator()).isTrue();
    }

    private JoinRequest requested(JoinOutcome outcome) {
      assertThat(outcome).isInstanceOf(JoinOutcome.Requested.class);
      return ((JoinOutcome.Requested) outcome).request();
    }
  }

  @Nested
  class MemberAdministration {

    @Test
    void promotingDemotingAndRolesFollowTheRules() {
      Community community = create(Visibility.OPEN);
      platform.joining().join(berta, community.id(), "");

      Membership core = platform.memberAdministration().changeTier(ana, new ChangeTier(community.id(), berta, Tier.CORE, "drafts the guide"));
      assertThat(core.tier()).isEqualTo(Tier.CORE);
      Membership expert = platform.memberAdministration().grantRole(ana, new ChangeRole(community.id(), berta, Role.EXPERT));
      assertThat(expert.roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.MEMBER);

      assertThatThrownBy(() -> platform.memberAdministration().changeTier(ana, new ChangeTier(community.id(), ana, Tier.PARTICIPANT, "")))
          .isInstanceOf(ConflictException.class).hasMessageContaining("revoke the E_MODERATOR role first");
      assertThatThrownBy(() -> platform.memberAdministration().revokeRole(ana, new ChangeRole(community.id(), ana, Role.E_MODERATOR)))
          .isInstanceOf(ConflictException.class).hasMessageContaining("last e-moderator");
      assertThatThrownBy(() -> new ChangeRole(community.id(), berta, Role.MEMBER))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("role"));

      platform.memberAdministration().changeTier(ana, new ChangeTier(community.id(), berta, Tier.PARTICIPANT, ""));
      Membership moderator = platform.memberAdministration().grantRole(ana, new ChangeRole(community.id(), berta, Role.E_MODERATOR));
      assertThat(moderator.tier()).as("an e-moderator is moved to CORE").isEqualTo(Tier.CORE);
      platform.memberAdministration().revokeRole(berta, new ChangeRole(community.id(), ana, Role.E_MODERATOR));
      assertThat(membership(community.id(), ana).roles()).containsExactly(Role.MEMBER);
      assertThat(events.eventsOf(CommunityEvent.TierChanged.class)).extracting(CommunityEvent.TierChanged::to)
          .containsExactly(Tier.CORE, Tier.PARTICIPANT, Tier.CORE);
    }

    @Test
    void removingAMemberIsAuditedWithTheReasonAndMarksAdministratorPowers() {
      Community community = create(Visibility.OPEN);
      platform.joining().join(berta, community.id(), "");
      platform.joining().join(carles, community.id(), "");

      platform.memberAdministration().remove(ana, new RemoveMember(community.id(), berta, "left the department"));
      platform.memberAdministration().remove(admin, new RemoveMember(community.id(), carles, "duplicate account"));

      List<AuditEntry> removals = platform.communityQueries().auditTrail(ana, community.id(), PageRequest.first(50)).items()
          .stream().filter(e -> e.action() == AuditAction.MEMBER_REMOVED).toList();
      assertThat(removals).extracting(AuditEntry::subject, AuditEntry::reason, AuditEntry::asAdministrator)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Optional.of(berta), "left the department", false),
              org.assertj.core.groups.Tuple.tuple(Optional.of(carles), "duplicate account", true));
      assertThat(events.eventsOf(CommunityEvent.MemberRemoved.class)).hasSize(2);
      assertThatThrownBy(() -> platform.memberAdministration().remove(ana, new RemoveMember(community.id(), berta, "again")))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Queries {

    @Test
    void membersArePagedAndFilterableByTierAndRole() {
      Community community = create(Visibility.OPEN);
      for (MemberId member : List.of(berta, carles)) {
        clock.advance(Duration.ofMinutes(1));
        platform.joining().join(member, community.id(), "");
      }
      platform.memberAdministration().grantRole(ana, new ChangeRole(community.id(), carles, Role.EXPERT));

      var firstPage = platform.communityQueries().members(berta, MemberSearch.all(community.id(), PageRequest.first(2)));
      assertThat(firstPage.items()).extracting(Membership::member).containsExactly(ana, berta);
      assertThat(firstPage.total()).isEqualTo(3);
      assertThat(firstPage.hasNext()).isTrue();
      assertThat(platform.communityQueries().members(berta, new MemberSearch(community.id(), Optional.of(Tier.PARTICIPANT),
          Optional.empty(), PageRequest.first(10))).items()).extracting(Membership::member).containsExactly(berta, carles);
      assertThat(platform.communityQueries().members(berta, new MemberSearch(community.id(), Optional.empty(),
          Optional.of(Role.EXPERT), PageRequest.first(10))).items()).extracting(Membership::member).containsExactly(carles);
      assertThat(platform.communityQueries().memberships(carles, carles)).hasSize(1);
      assertThatThrownBy(() -> platform.communityQueries().memberships(berta, carles)).isInstanceOf(AccessDeniedException.class);
      assertThat(platform.communityQueries().memberships(admin, carles)).hasSize(1);
    }

    @Test
    void communitiesAreFilteredByVisibilityAndStage() {
      Community open = create(Visibility.OPEN);
      clock.advance(Duration.ofSeconds(1));
      Community closed = create(Visibility.CLOSED);
      clock.advance(Duration.ofSeconds(1));
      create(Visibility.SECRET);
      platform.lifecycle().changeStage(ana, new ChangeStage(closed.id(), Stage.DORMANT, "summer"));

      assertThat(platform.communityQueries().communities(berta, CommunitySearch.all(PageRequest.first(10))).items())
          .extracting(Community::id).containsExactly(open.id(), closed.id());
      assertThat(platform.communityQueries().communities(admin, CommunitySearch.all(PageRequest.first(10))).total()).isEqualTo(3);
      assertThat(platform.communityQueries().communities(berta,
          new CommunitySearch(java.util.Set.of(), java.util.Set.of(Stage.DORMANT), PageRequest.first(10))).items())
          .extracting(Community::id).containsExactly(closed.id());
      assertThat(platform.communityQueries().communities(berta,
          new CommunitySearch(java.util.Set.of(Visibility.OPEN), java.util.Set.of(), PageRequest.first(10))).items())
          .extracting(Community::id).containsExactly(open.id());
    }

    @Test
    void aCommunityThatDoesNotExistIsNotFound() {
      assertThatThrownBy(() -> platform.communityQueries().community(ana, CommunityId.random()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> CommunityId.of("not-a-uuid"))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("communityId"));
      assertThatThrownBy(() -> PageRequest.first(201))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }
  }

  @Test
  void theBuilderNamesWhatItRejects() {
    assertThatThrownBy(() -> CopPlatform.builder().build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("directory"));
    assertThatThrownBy(() -> CopPlatform.builder().clock(null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("clock"));
    assertThatThrownBy(() -> CopPlatform.builder().dormancyAfter(Duration.ZERO))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("PT0S"));
  }
}
