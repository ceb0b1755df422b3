package org.copkit.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every command and query against every relation an actor can have to a community, for each
 * visibility, and asserts the outcome the rules promise. Each cell runs on a fresh platform.
 *
 * <p>Outcomes: {@code A} allowed, {@code D} access denied, {@code H} hidden (not found, exactly as
 * a missing community or record), {@code C} conflict (the actor may act, but the state forbids
 * it: already a member, say). Columns follow {@link Relation}'s order: ADMIN, E_MODERATOR, CORE,
 * PARTICIPANT, OBSERVER, INVITED, REQUESTED, OUTSIDER. Rows are OPEN / CLOSED / SECRET.
 */
class AuthorizationMatrixTest {

  /** How the acting person relates to the community. */
  enum Relation {
    ADMIN, E_MODERATOR, CORE, PARTICIPANT, OBSERVER, INVITED, REQUESTED, OUTSIDER
  }

  /** One operation and its expected outcomes per visibility, as rows of eight letters. */
  private record Rule(String operation, String open, String closed, String secret, Operation action) {
    char expected(Visibility visibility, Relation relation) {
      String row = switch (visibility) {
        case OPEN -> open;
        case CLOSED -> closed;
        case SECRET -> secret;
      };
      return row.charAt(relation.ordinal());
    }
  }

  @FunctionalInterface
  private interface Operation {
    void run(Scene scene, MemberId actor);
  }

  private static final List<Rule> RULES =
      List.of(
          //                                ADM EMO COR PAR OBS INV REQ OUT
          new Rule("view the community",     "AAAAAAAA", "AAAAAAAA", "AAAAAAHH",
              (s, a) -> s.platform.communityQueries().community(a, s.community)),
          new Rule("find it in the list",    "AAAAAAAA", "AAAAAAAA", "AAAAAHHH",
              (s, a) -> {
                boolean listed = s.platform.communityQueries().communities(a, CommunitySearch.all(PageRequest.first(50)))
                    .items().stream().anyMatch(c -> c.id().equals(s.community));
                if (!listed) {
                  throw new NotFoundException("community", s.community.toString());
                }
              }),
          new Rule("read the stage history", "AAAAAAAA", "AAAAAAAA", "AAAAAAHH",
              (s, a) -> s.platform.communityQueries().stageHistory(a, s.community)),
          new Rule("list members",           "AAAAAAAA", "AAAAADDD", "AAAAADHH",
              (s, a) -> s.platform.communityQueries().members(a, MemberSearch.all(s.community, PageRequest.first(50)))),
          new Rule("read pending requests",  "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.communityQueries().pendingRequests(a, s.community, PageRequest.first(10))),
          new Rule("read pending invitations", "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.communityQueries().pendingInvitations(a, s.community, PageRequest.first(10))),
          new Rule("read the audit trail",   "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.communityQueries().auditTrail(a, s.community, PageRequest.first(10))),
          new Rule("update the details",     "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> {
                Community c = s.platform.communityQueries().community(s.founder, s.community);
                s.platform.lifecycle().update(a, new UpdateCommunity(c.id(), c.version(),
                    new CommunityDetails("Renamed", c.domain(), c.purpose(), c.visibility())));
              }),
          new Rule("put it to sleep",        "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.lifecycle().changeStage(a, new ChangeStage(s.community, Stage.DORMANT, "quiet"))),
          new Rule("record activity",        "AAAADDDD", "AAAADDDD", "AAAADDHH",
              (s, a) -> s.platform.lifecycle().recordActivity(a, s.community)),
          new Rule("invite a person",        "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.joining().invite(a, new Invite(s.community, s.newcomer, Tier.PARTICIPANT, ""))),
          // as a request, an invitation exists for its e-moderators and its invitee only
          new Rule("revoke an invitation",   "AAHHHDHH", "AAHHHDHH", "AAHHHDHH",
              (s, a) -> s.platform.joining().revoke(a, s.invitation.id())),
          new Rule("approve a request",      "AAHHHHHH", "AAHHHHHH", "AAHHHHHH",
              (s, a) -> s.platform.joining().approve(a, new ApproveRequest(s.applicantRequest.id(), Tier.PARTICIPANT))),
          new Rule("decline a request",      "AAHHHHHH", "AAHHHHHH", "AAHHHHHH",
              (s, a) -> s.platform.joining().decline(a, new DeclineRequest(s.applicantRequest.id(), "not now"))),
          new Rule("withdraw a request",     "ADHHHHAH", "ADHHHHAH", "ADHHHHHH",
              (s, a) -> s.platform.joining().withdraw(a, s.requestedRequest.id())),
          new Rule("remove a member",        "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.memberAdministration().remove(a, new RemoveMember(s.community, s.target, "spam"))),
          new Rule("change a member's tier", "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.memberAdministration().changeTier(a, new ChangeTier(s.community, s.target, Tier.CORE, ""))),
          new Rule("grant a role",           "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.memberAdministration().grantRole(a, new ChangeRole(s.community, s.target, Role.EXPERT))),
          new Rule("revoke a role",          "AADDDDDD", "AADDDDDD", "AADDDDHH",
              (s, a) -> s.platform.memberAdministration().revokeRole(a, new ChangeRole(s.community, s.target, Role.EXPERT))),
          new Rule("join",                   "ACCCCAAA", "ACCCCACA", "DCCCCAHH",
              (s, a) -> {
                JoinOutcome outcome = s.platform.joining().join(a, s.community, "");
                assertThat(outcome).isNotNull();
              }),
          new Rule("accept the invitation",  "HHHHHAHH", "HHHHHAHH", "HHHHHAHH",
              (s, a) -> s.platform.joining().accept(a, s.invitation.id())),
          new Rule("leave",                  "HAAAAHHH", "HAAAAHHH", "HAAAAHHH",
              (s, a) -> s.platform.joining().leave(a, s.community)));

  @TestFactory
  Stream<DynamicTest> everyOperationForEveryRelationAndVisibility() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : RULES) {
      for (Visibility visibility : Visibility.values()) {
        for (Relation relation : Relation.values()) {
          char expected = rule.expected(visibility, relation);
          tests.add(
              DynamicTest.dynamicTest(
                  rule.operation() + " · " + visibility + " · " + relation + " → " + expected,
                  () -> assertOutcome(rule, visibility, relation, expected)));
        }
      }
    }
    return tests.stream();
  }

  private static void assertOutcome(Rule rule, Visibility visibility, Relation relation, char expected) {
    Scene scene = new Scene(visibility);
    MemberId actor = scene.actors.get(relation);
    char actual;
    try {
      rule.action().run(scene, actor);
      actual = 'A';
    } catch (AccessDeniedException e) {
      actual = 'D';
    } catch (NotFoundException e) {
      actual = 'H';
    } catch (ConflictException e) {
      actual = 'C';
    }
    if (actual != expected) {
      fail(rule.operation() + " by " + relation + " in a " + visibility + " community: expected " + expected
          + " but was " + actual);
    }
  }

  /**
   * A community with one person of every relation, a member to act upon, pending requests and a
   * pending invitation. Created CLOSED (so that requests can exist) and then given its visibility.
   */
  private static final class Scene {
    final MemberId founder = MemberId.of("founder");
    final MemberId target = MemberId.of("target");
    final MemberId applicant = MemberId.of("applicant");
    final MemberId newcomer = MemberId.of("newcomer");
    final Map<Relation, MemberId> actors = new EnumMap<>(Relation.class);
    final CopPlatform platform;
    final CommunityId community;
    final Invitation invitation;
    final JoinRequest applicantRequest;
    final JoinRequest requestedRequest;

    Scene(Visibility visibility) {
      InMemoryDirectory directory = InMemoryDirectory.of(
          person(founder), person(target), person(applicant), person(newcomer));
      for (Relation relation : Relation.values()) {
        MemberId id = MemberId.of(relation.name().toLowerCase());
        actors.put(relation, id);
        directory.put(new Person(id, relation.name(), "Unit", true, relation == Relation.ADMIN));
      }
      platform = CopPlatform.builder().directory(directory).build();
      Community created = platform.lifecycle()
          .create(founder, new CommunityDetails("Justícia restaurativa", "Restorative justice", "", Visibility.CLOSED));
      community = created.id();
      admit(actors.get(Relation.E_MODERATOR), Tier.CORE);
      platform.memberAdministration()
          .grantRole(founder, new ChangeRole(community, actors.get(Relation.E_MODERATOR), Role.E_MODERATOR));
      admit(actors.get(Relation.CORE), Tier.CORE);
      admit(actors.get(Relation.PARTICIPANT), Tier.PARTICIPANT);
      admit(actors.get(Relation.OBSERVER), Tier.OBSERVER);
      admit(target, Tier.PARTICIPANT);
      platform.memberAdministration().grantRole(founder, new ChangeRole(community, target, Role.EXPERT));
      invitation = platform.joining().invite(founder, new Invite(community, actors.get(Relation.INVITED), Tier.PARTICIPANT, ""));
      requestedRequest = requested(platform.joining().join(actors.get(Relation.REQUESTED), community, "please"));
      applicantRequest = requested(platform.joining().join(applicant, community, "me too"));
      Community current = platform.communityQueries().community(founder, community);
      platform.lifecycle().update(founder, new UpdateCommunity(community, current.version(),
          new CommunityDetails(current.name(), current.domain(), current.purpose(), visibility)));
    }

    private void admit(MemberId member, Tier tier) {
      Invitation invited = platform.joining().invite(founder, new Invite(community, member, tier, ""));
      platform.joining().accept(member, invited.id());
    }

    private static JoinRequest requested(JoinOutcome outcome) {
      return ((JoinOutcome.Requested) outcome).request();
    }

    private static Person person(MemberId id) {
      return Person.active(id, id.value(), "Unit");
    }
  }
}
