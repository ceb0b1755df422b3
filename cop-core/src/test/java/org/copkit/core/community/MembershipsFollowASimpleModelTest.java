package org.copkit.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Membership;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;

/**
 * After any sequence of joins, leaves, removals, tier changes, role grants and revocations and
 * archivals, a community's memberships are those of a model a few lines long: OPEN communities
 * admit PARTICIPANTs, e-moderators are CORE and the last one stays, nothing changes once archived.
 * Every call the model refuses is refused, and every call it accepts succeeds.
 */
class MembershipsFollowASimpleModelTest {

  private static final MemberId FOUNDER = MemberId.of("founder");
  private static final MemberId ADMINISTRATOR = MemberId.of("administrator");
  private static final List<MemberId> PEOPLE =
      List.of(FOUNDER, MemberId.of("p1"), MemberId.of("p2"), MemberId.of("p3"), MemberId.of("p4"));

  enum Kind { JOIN, LEAVE, REMOVE, CHANGE_TIER, GRANT, REVOKE, ARCHIVE }

  record Step(Kind kind, MemberId person, Tier tier, Role role) {}

  /** The model: who belongs, in which tier, with which roles, and whether the community is archived. */
  private static final class Model {
    final Map<MemberId, Tier> tiers = new HashMap<>();
    final Map<MemberId, Set<Role>> roles = new HashMap<>();
    boolean archived;

    long eModerators() {
      return roles.values().stream().filter(r -> r.contains(Role.E_MODERATOR)).count();
    }

    /** @return whether the step is accepted, applying it if so */
    boolean apply(Step step) {
      MemberId p = step.person();
      boolean member = tiers.containsKey(p);
      if (archived) {
        return false;
      }
      switch (step.kind()) {
        case JOIN -> {
          if (member) {
            return false;
          }
          tiers.put(p, Tier.PARTICIPANT);
          roles.put(p, EnumSet.of(Role.MEMBER));
        }
        case LEAVE, REMOVE -> {
          if (!member || roles.get(p).contains(Role.E_MODERATOR) && eModerators() == 1) {
            return false;
          }
          tiers.remove(p);
          roles.remove(p);
        }
        case CHANGE_TIER -> {
          if (!member || tiers.get(p) != step.tier() && roles.get(p).contains(Role.E_MODERATOR)) {
            return false;
          }
          tiers.put(p, step.tier());
        }
        case GRANT -> {
          if (!member) {
            return false;
          }
          if (roles.get(p).add(step.role()) && step.role() == Role.E_MODERATOR) {
            tiers.put(p, Tier.CORE);
          }
        }
        case REVOKE -> {
          if (!member || step.role() == Role.E_MODERATOR && roles.get(p).contains(Role.E_MODERATOR) && eModerators() == 1) {
            return false;
          }
          roles.get(p).remove(step.role());
        }
        case ARCHIVE -> archived = true;
      }
      return true;
    }

    Map<MemberId, String> view() {
      Map<MemberId, String> view = new TreeMap<>(java.util.Comparator.comparing(MemberId::value));
      tiers.forEach((member, tier) -> view.put(member, tier + " " + new java.util.TreeSet<>(roles.get(member))));
      return view;
    }
  }

  @Property(tries = 150)
  void membershipsAfterAnySequenceAreTheModels(@ForAll("steps") List<Step> steps) {
    InMemoryStorage storage = InMemoryStorage.create();
    InMemoryDirectory directory = InMemoryDirectory.of(new Person(ADMINISTRATOR, "Administrator", "IT", true, true));
    PEOPLE.forEach(person -> directory.put(Person.active(person, person.value(), "Mediació")));
    CopPlatform platform = CopPlatform.builder().directory(directory).storage(storage).build();
    Community community = platform.lifecycle().create(FOUNDER, new CommunityDetails("Mediació", "Mediació penal", "", Visibility.OPEN));
    if (community.stage() == Stage.PROPOSED) {
      community = platform.lifecycle().changeStage(ADMINISTRATOR, new ChangeStage(community.id(), Stage.ACTIVE, "endavant"));
    }
    Model model = new Model();
    for (Membership founder : storage.memberships().list(community.id(), Optional.empty(), Optional.empty(), PageRequest.first(10)).items()) {
      model.tiers.put(founder.member(), founder.tier());
      model.roles.put(founder.member(), EnumSet.copyOf(founder.roles()));
    }
    assertThat(model.eModerators()).isEqualTo(1);

    for (Step step : steps) {
      boolean expected = model.apply(step);
      boolean accepted = run(platform, community, step);

      assertThat(accepted).as(step + " accepted").isEqualTo(expected);
      assertThat(view(storage, community)).as("after " + step).isEqualTo(model.view());
    }
  }

  private static boolean run(CopPlatform platform, Community community, Step step) {
    try {
      switch (step.kind()) {
        case JOIN -> platform.joining().join(step.person(), community.id(), "");
        case LEAVE -> platform.joining().leave(step.person(), community.id());
        case REMOVE -> platform.memberAdministration().remove(ADMINISTRATOR, new RemoveMember(community.id(), step.person(), "fora"));
        case CHANGE_TIER -> platform.memberAdministration()
            .changeTier(ADMINISTRATOR, new ChangeTier(community.id(), step.person(), step.tier(), ""));
        case GRANT -> platform.memberAdministration().grantRole(ADMINISTRATOR, new ChangeRole(community.id(), step.person(), step.role()));
        case REVOKE -> platform.memberAdministration().revokeRole(ADMINISTRATOR, new ChangeRole(community.id(), step.person(), step.role()));
        case ARCHIVE -> platform.lifecycle().changeStage(ADMINISTRATOR, new ChangeStage(community.id(), Stage.ARCHIVED, "fet"));
      }
      return true;
    } catch (CopException refused) {
      return false;
    }
  }

  private static Map<MemberId, String> view(InMemoryStorage storage, Community community) {
    Map<MemberId, String> view = new TreeMap<>(java.util.Comparator.comparing(MemberId::value));
    for (Membership m : storage.memberships().list(community.id(), Optional.empty(), Optional.empty(), PageRequest.first(50)).items()) {
      view.put(m.member(), m.tier() + " " + new java.util.TreeSet<>(m.roles()));
    }
    return view;
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.JOIN)), net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.LEAVE)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.REMOVE)), net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.CHANGE_TIER)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.GRANT)), net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.REVOKE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.ARCHIVE)));
    Arbitrary<Step> step = Combinators.combine(kinds, Arbitraries.of(PEOPLE), Arbitraries.of(Tier.class),
        Arbitraries.of(Role.E_MODERATOR, Role.EXPERT)).as(Step::new);
    return step.list().ofMaxSize(30);
  }
}
