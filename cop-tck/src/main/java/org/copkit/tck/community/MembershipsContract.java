package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Memberships}: one membership per person and community with optimistic
 * locking, the member list with its tier and role filters, role counts and a person's memberships.
 *
 * <p>Member IDs are case-sensitive and compare as Java strings do ({@code "Bea"} before {@code
 * "ana"}); community IDs compare as their canonical text.
 */
public abstract class MembershipsContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private Memberships memberships;

  /** For subclasses. */
  protected MembershipsContract() {}

  @BeforeEach
  final void openPorts() {
    memberships = eachCallInATransaction(Memberships.class, CopStorage::memberships);
  }

  @Nested
  class AddFindAndRemove {

    @Test
    void findsAMembershipWithEveryFieldAsAdded() {
      Membership membership =
          aMembership().in(community).withRoles(Role.E_MODERATOR, Role.EXPERT).joinedAt(secondsAfterT0(42)).atVersion(3).build();

      memberships.add(membership);

      assertThat(memberships.find(community, membership.member())).contains(membership);
    }

    @Test
    void keepsEveryTierAndEveryCombinationOfRoles() {
      List<Membership> all = new ArrayList<>();
      for (Tier tier : Tier.values()) {
        all.add(aMembership().in(community).withTier(tier).build());
        all.add(aMembership().in(community).withTier(tier).withRoles(Role.EXPERT).build());
      }
      all.add(aMembership().in(community).withRoles(Role.E_MODERATOR).build());
      all.add(aMembership().in(community).withRoles(Role.E_MODERATOR, Role.EXPERT).build());

      all.forEach(memberships::add);

      all.forEach(membership -> assertThat(memberships.find(community, membership.member())).contains(membership));
    }

    @Test
    void findsNothingForAPersonWhoDoesNotBelong() {
      Membership membership = aMembership().in(community).build();
      memberships.add(membership);

      assertThat(memberships.find(community, aPerson())).isEmpty();
      assertThat(memberships.find(CommunityId.random(), membership.member())).isEmpty();
    }

    @Test
    void rejectsASecondMembershipOfTheSamePersonAndKeepsTheFirst() {
      Membership first = aMembership().in(community).build();
      memberships.add(first);

      assertConflict(
          Kind.DUPLICATE, () -> memberships.add(aMembership().in(community).of(first.member()).withTier(Tier.CORE).build()));

      assertThat(memberships.find(community, first.member())).contains(first);
    }

    @Test
    void letsAPersonBelongToSeveralCommunities() {
      MemberId ana = aPerson();
      Membership here = aMembership().in(community).of(ana).build();
      Membership there = aMembership().of(ana).build();

      memberships.add(here);
      memberships.add(there);

      assertThat(memberships.find(here.community(), ana)).contains(here);
      assertThat(memberships.find(there.community(), ana)).contains(there);
    }

    @Test
    void tellsApartPeopleWhoseIdsDifferOnlyInCase() {
      Membership lower = aMembership().in(community).of(MemberId.of("ana")).withTier(Tier.CORE).build();
      Membership upper = aMembership().in(community).of(MemberId.of("Ana")).withTier(Tier.OBSERVER).build();

      memberships.add(lower);
      memberships.add(upper);

      assertThat(memberships.find(community, MemberId.of("ana"))).as("member IDs compare with their case").contains(lower);
      assertThat(memberships.find(community, MemberId.of("Ana"))).as("member IDs compare with their case").contains(upper);
    }

    @Test
    void tellsApartPeopleWhoseIdsDifferOnlyInAccents() {
      Membership accented = aMembership().in(community).of(MemberId.of("Núria")).withTier(Tier.CORE).build();
      Membership plain = aMembership().in(community).of(MemberId.of("Nuria")).withTier(Tier.OBSERVER).build();

      memberships.add(accented);
      memberships.add(plain);

      assertThat(memberships.find(community, MemberId.of("Núria"))).as("member IDs compare with their accents").contains(accented);
      assertThat(memberships.find(community, MemberId.of("Nuria"))).as("member IDs compare with their accents").contains(plain);
    }

    @Test
    void keepsIdsOfTheLongestLengthAccepted() {
      Membership membership = aMembership().in(community).of(MemberId.of("ç".repeat(MemberId.MAX_LENGTH))).build();

      memberships.add(membership);

      assertThat(memberships.find(community, membership.member())).contains(membership);
    }

    @Test
    void removesAMembership() {
      Membership leaving = aMembership().in(community).build();
      Membership staying = aMembership().in(community).build();
      memberships.add(leaving);
      memberships.add(staying);

      memberships.remove(community, leaving.member());

      assertThat(memberships.find(community, leaving.member())).isEmpty();
      assertThat(memberships.find(community, staying.member())).contains(staying);
    }

    @Test
    void removesNothingWhenThePersonDoesNotBelong() {
      Membership staying = aMembership().in(community).build();
      memberships.add(staying);

      memberships.remove(community, aPerson());

      assertThat(memberships.find(community, staying.member())).contains(staying);
    }

    @Test
    void letsAPersonJoinAgainAfterLeaving() {
      Membership before = aMembership().in(community).build();
      memberships.add(before);
      memberships.remove(community, before.member());
      Membership again = aMembership().in(community).of(before.member()).joinedAt(secondsAfterT0(9)).build();

      memberships.add(again);

      assertThat(memberships.find(community, before.member())).contains(again);
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheChangesAndReturnsTheMembershipAtTheNextVersion() {
      Membership stored = aMembership().in(community).build();
      memberships.add(stored);
      Membership changed = stored.withTier(Tier.CORE).withRoles(EnumSet.of(Role.E_MODERATOR, Role.EXPERT));

      Membership updated = memberships.update(changed);

      assertThat(updated).isEqualTo(atVersion(changed, 1));
      assertThat(memberships.find(community, stored.member())).contains(updated);
    }

    @Test
    void takesRolesAway() {
      Membership stored = aMembership().in(community).withRoles(Role.E_MODERATOR, Role.EXPERT).build();
      memberships.add(stored);

      Membership updated = memberships.update(stored.withRoles(EnumSet.of(Role.MEMBER)).withTier(Tier.OBSERVER));

      assertThat(memberships.find(community, stored.member()))
          .hasValueSatisfying(
              found -> {
                assertThat(found).isEqualTo(updated);
                assertThat(found.roles()).containsExactly(Role.MEMBER);
                assertThat(found.tier()).isEqualTo(Tier.OBSERVER);
              });
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      Membership stored = aMembership().in(community).atVersion(2).build();
      memberships.add(stored);

      Membership once = memberships.update(stored.withTier(Tier.CORE));
      Membership twice = memberships.update(once.withTier(Tier.OBSERVER));

      assertThat(once.version()).isEqualTo(3);
      assertThat(twice.version()).isEqualTo(4);
    }

    @Test
    void raisesTheVersionEvenWhenNothingChanged() {
      Membership stored = aMembership().in(community).build();
      memberships.add(stored);

      assertThat(memberships.update(stored)).isEqualTo(atVersion(stored, 1));
      assertThat(memberships.find(community, stored.member())).contains(atVersion(stored, 1));
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      Membership read = aMembership().in(community).build();
      memberships.add(read);
      Membership current = memberships.update(read.withTier(Tier.CORE));

      assertConflict(Kind.STALE_VERSION, () -> memberships.update(read.withTier(Tier.OBSERVER)));

      assertThat(memberships.find(community, read.member())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      Membership stored = aMembership().in(community).build();
      memberships.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> memberships.update(atVersion(stored.withTier(Tier.CORE), 1)));

      assertThat(memberships.find(community, stored.member())).contains(stored);
    }

    @Test
    void rejectsAMembershipThatDoesNotExist() {
      Membership removed = aMembership().in(community).build();
      memberships.add(removed);
      memberships.remove(community, removed.member());

      assertThatThrownBy(() -> memberships.update(removed.withTier(Tier.CORE))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> memberships.update(aMembership().build())).isInstanceOf(NotFoundException.class);
      assertThat(memberships.find(community, removed.member())).isEmpty();
    }
  }

  @Nested
  class MemberList {

    @Test
    void listsInTheOrderJoinedWithTiesBrokenByMemberId() {
      Membership last = aMembership().in(community).joinedAt(secondsAfterT0(3)).build();
      Membership ana = aMembership().in(community).of(MemberId.of("ana")).joinedAt(secondsAfterT0(2)).build();
      Membership bea = aMembership().in(community).of(MemberId.of("Bea")).joinedAt(secondsAfterT0(2)).build();
      Membership carla = aMembership().in(community).of(MemberId.of("carla")).joinedAt(secondsAfterT0(2)).build();
      Membership first = aMembership().in(community).joinedAt(secondsAfterT0(1)).build();
      List.of(last, carla, ana, bea, first).forEach(memberships::add);

      assertThat(list(Optional.empty(), Optional.empty(), PageRequest.first(10)).items())
          .containsExactly(first, bea, ana, carla, last);
    }

    @Test
    void listsOnlyTheMembersOfTheCommunityAsked() {
      Membership mine = aMembership().in(community).build();
      memberships.add(mine);
      memberships.add(aMembership().build());

      Page<Membership> page = list(Optional.empty(), Optional.empty(), PageRequest.first(10));

      assertThat(page.items()).containsExactly(mine);
      assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void keepsOnlyTheTierAsked() {
      Membership core = aMembership().in(community).withTier(Tier.CORE).joinedAt(secondsAfterT0(1)).build();
      Membership participant = aMembership().in(community).withTier(Tier.PARTICIPANT).joinedAt(secondsAfterT0(2)).build();
      Membership observer = aMembership().in(community).withTier(Tier.OBSERVER).joinedAt(secondsAfterT0(3)).build();
      Membership coreExpert = aMembership().in(community).withTier(Tier.CORE).withRoles(Role.EXPERT).joinedAt(secondsAfterT0(4)).build();
      List.of(core, participant, observer, coreExpert).forEach(memberships::add);

      Page<Membership> page = list(Optional.of(Tier.CORE), Optional.empty(), PageRequest.first(10));

      assertThat(page.items()).containsExactly(core, coreExpert);
      assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void keepsOnlyTheRoleAsked() {
      Membership moderator = aMembership().in(community).withRoles(Role.E_MODERATOR).joinedAt(secondsAfterT0(1)).build();
      Membership expert = aMembership().in(community).withRoles(Role.EXPERT).joinedAt(secondsAfterT0(2)).build();
      Membership both = aMembership().in(community).withRoles(Role.E_MODERATOR, Role.EXPERT).joinedAt(secondsAfterT0(3)).build();
      Membership plain = aMembership().in(community).joinedAt(secondsAfterT0(4)).build();
      List.of(moderator, expert, both, plain).forEach(memberships::add);

      assertThat(list(Optional.empty(), Optional.of(Role.E_MODERATOR), PageRequest.first(10)).items())
          .containsExactly(moderator, both);
      assertThat(list(Optional.empty(), Optional.of(Role.EXPERT), PageRequest.first(10)).items()).containsExactly(expert, both);
      assertThat(list(Optional.empty(), Optional.of(Role.MEMBER), PageRequest.first(10)).items())
          .containsExactly(moderator, expert, both, plain);
    }

    @Test
    void keepsOnlyMembersOfTheTierAndTheRoleAsked() {
      Membership coreExpert = aMembership().in(community).withTier(Tier.CORE).withRoles(Role.EXPERT).joinedAt(secondsAfterT0(1)).build();
      Membership participantExpert =
          aMembership().in(community).withTier(Tier.PARTICIPANT).withRoles(Role.EXPERT).joinedAt(secondsAfterT0(2)).build();
      Membership coreMember = aMembership().in(community).withTier(Tier.CORE).joinedAt(secondsAfterT0(3)).build();
      List.of(coreExpert, participantExpert, coreMember).forEach(memberships::add);

      Page<Membership> page = list(Optional.of(Tier.CORE), Optional.of(Role.EXPERT), PageRequest.first(10));

      assertThat(page.items()).containsExactly(coreExpert);
      assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void cutsTheListIntoPages() {
      List<Membership> all = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        all.add(aMembership().in(community).withTier(Tier.CORE).joinedAt(secondsAfterT0(i)).build());
      }
      all.add(aMembership().in(community).withTier(Tier.OBSERVER).joinedAt(secondsAfterT0(2)).build());
      all.forEach(memberships::add);

      Page<Membership> first = list(Optional.of(Tier.CORE), Optional.empty(), PageRequest.first(2));
      Page<Membership> last = list(Optional.of(Tier.CORE), Optional.empty(), new PageRequest(2, 2));
      Page<Membership> beyond = list(Optional.of(Tier.CORE), Optional.empty(), new PageRequest(3, 2));

      assertThat(first.items()).containsExactly(all.get(0), all.get(1));
      assertThat(first.hasNext()).isTrue();
      assertThat(last.items()).containsExactly(all.get(4));
      assertThat(last.hasNext()).isFalse();
      assertThat(beyond.items()).isEmpty();
      assertThat(List.of(first, last, beyond)).extracting(Page::total).containsOnly(5L);
    }

    private Page<Membership> list(Optional<Tier> tier, Optional<Role> role, PageRequest page) {
      return memberships.list(community, tier, role, page);
    }
  }

  @Nested
  class RoleCounts {

    @Test
    void countsTheMembersHoldingEachRole() {
      memberships.add(aMembership().in(community).withRoles(Role.E_MODERATOR).build());
      memberships.add(aMembership().in(community).withRoles(Role.E_MODERATOR, Role.EXPERT).build());
      memberships.add(aMembership().in(community).withRoles(Role.EXPERT).build());
      memberships.add(aMembership().in(community).build());
      memberships.add(aMembership().withRoles(Role.E_MODERATOR, Role.EXPERT).build());

      assertThat(memberships.countWithRole(community, Role.E_MODERATOR)).isEqualTo(2);
      assertThat(memberships.countWithRole(community, Role.EXPERT)).isEqualTo(2);
      assertThat(memberships.countWithRole(community, Role.MEMBER)).isEqualTo(4);
    }

    @Test
    void countsNobodyInACommunityWithoutMembers() {
      assertThat(memberships.countWithRole(community, Role.MEMBER)).isZero();
    }

    @Test
    void followsRoleChanges() {
      Membership moderator = aMembership().in(community).withRoles(Role.E_MODERATOR).build();
      memberships.add(moderator);

      memberships.update(moderator.withRoles(EnumSet.of(Role.MEMBER)));

      assertThat(memberships.countWithRole(community, Role.E_MODERATOR)).isZero();
      assertThat(memberships.countWithRole(community, Role.MEMBER)).isEqualTo(1);
    }
  }

  @Nested
  class MembershipsOfAPerson {

    @Test
    void listsThemInTheOrderJoinedWithTiesBrokenByCommunityId() {
      MemberId ana = aPerson();
      Membership latest = aMembership().of(ana).joinedAt(secondsAfterT0(3)).build();
      Membership tieHigh = aMembership().of(ana).in(CommunitiesContract.HIGH_ID).joinedAt(secondsAfterT0(2)).build();
      Membership tieLow = aMembership().of(ana).in(CommunitiesContract.LOW_ID).joinedAt(secondsAfterT0(2)).build();
      Membership earliest = aMembership().of(ana).joinedAt(secondsAfterT0(1)).build();
      List.of(latest, tieHigh, tieLow, earliest).forEach(memberships::add);
      memberships.add(aMembership().in(CommunitiesContract.LOW_ID).build());

      assertThat(memberships.ofMember(ana)).containsExactly(earliest, tieLow, tieHigh, latest);
    }

    @Test
    void listsNothingForSomeoneWhoBelongsNowhere() {
      memberships.add(aMembership().build());

      assertThat(memberships.ofMember(aPerson())).isEmpty();
    }

    @Test
    void listsSeveralPeoplesMembershipsAtOnceEachAsForOnePerson() {
      MemberId ana = aPerson();
      MemberId bea = aPerson();
      MemberId nowhere = aPerson();
      memberships.add(aMembership().of(ana).in(CommunitiesContract.HIGH_ID).joinedAt(secondsAfterT0(2)).build());
      memberships.add(aMembership().of(ana).in(CommunitiesContract.LOW_ID).joinedAt(secondsAfterT0(2)).build());
      memberships.add(aMembership().of(ana).joinedAt(secondsAfterT0(1)).build());
      memberships.add(aMembership().of(bea).joinedAt(secondsAfterT0(5)).build());
      memberships.add(aMembership().build());

      java.util.Map<MemberId, List<Membership>> found = memberships.ofMembers(List.of(ana, bea, nowhere));

      assertThat(found).containsOnlyKeys(ana, bea);
      assertThat(found.get(ana)).containsExactlyElementsOf(memberships.ofMember(ana));
      assertThat(found.get(bea)).containsExactlyElementsOf(memberships.ofMember(bea));
      assertThat(memberships.ofMembers(List.of())).isEmpty();
      java.util.List<MemberId> tooMany = java.util.stream.Stream.generate(org.copkit.tck.shared.SharedFixtures::aPerson).limit(1001).toList();
      assertThatThrownBy(() -> memberships.ofMembers(tooMany))
          .isInstanceOf(org.copkit.api.shared.InvalidInputException.class);
    }
  }

  private static Membership atVersion(Membership membership, long version) {
    return new Membership(
        membership.community(), membership.member(), membership.tier(), membership.roles(), membership.joinedAt(), version);
  }
}
