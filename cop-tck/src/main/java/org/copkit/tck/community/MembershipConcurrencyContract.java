package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: the membership rules hold when 16 threads change one community at once. Runs the real
 * use cases on the storage under test, so it proves that the storage's transactions and version
 * checks serialize concurrent changes (no duplicate membership, no lost update, never fewer than
 * one e-moderator), and that a stale update is rejected.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)}.
 */
@ExtendWith(ReadableFailures.class)
public abstract class MembershipConcurrencyContract {

  /** How many threads act at once. */
  protected static final int THREADS = 16;

  /**
   * The use cases under test.
   *
   * @param lifecycle founding and lifecycle
   * @param joining joining and leaving
   * @param administration member administration
   * @param queries reading
   */
  public record UseCases(
      CommunityLifecycle lifecycle, Joining joining, MemberAdministration administration, CommunityQueries queries) {}

  /**
   * Builds the use cases on a fresh, empty storage, with communities activated at once.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private UseCases platform;
  private final MemberId founder = person("founder");
  private final MemberId administrator = administrator();

  private MemberId administrator() {
    MemberId id = MemberId.of("administrator");
    people.put(id, new Person(id, "Administrator", "IT", true, true));
    return id;
  }

  private MemberId person(String id) {
    MemberId memberId = MemberId.of(id);
    people.put(memberId, Person.active(memberId, "Person " + id, "Unit"));
    return memberId;
  }

  @BeforeEach
  void buildPlatform() {
    IntStream.range(0, 64).forEach(i -> person("p" + i));
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
  }

  private Community openCommunity() {
    return platform.lifecycle()
        .create(founder, new CommunityDetails("Mediació", "Criminal mediation", "", Visibility.OPEN));
  }

  @Test
  void sixteenThreadsJoiningAsFourPeopleCreateFourMemberships() throws Exception {
    Community community = openCommunity();
    AtomicInteger joined = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();

    Race.run(THREADS,
        thread -> {
          try {
            platform.joining().join(MemberId.of("p" + thread % 4), community.id(), "");
            joined.incrementAndGet();
          } catch (ConflictException e) {
            assertThat(e.kind()).as("a join that loses: " + e.getMessage()).isEqualTo(ConflictException.Kind.DUPLICATE);
            duplicates.incrementAndGet();
          }
        });

    assertThat(joined).as("Joining.join: one membership per person, however many join at once (4 people)").hasValue(4);
    assertThat(duplicates).as("Joining.join: every other join of the same person is a DUPLICATE").hasValue(THREADS - 4);
    assertThat(allMembers(community)).extracting(Membership::member).doesNotHaveDuplicates().hasSize(5);
  }

  @Test
  void sixteenEModeratorsLeavingAtOnceLeaveOneBehind() throws Exception {
    Community community = openCommunity();
    List<MemberId> moderators = new ArrayList<>(List.of(founder));
    for (int i = 1; i < THREADS; i++) {
      MemberId moderator = MemberId.of("p" + i);
      platform.joining().join(moderator, community.id(), "");
      platform.administration().grantRole(founder, new ChangeRole(community.id(), moderator, Role.E_MODERATOR));
      moderators.add(moderator);
    }
    AtomicInteger refused = new AtomicInteger();

    Race.run(THREADS,
        thread -> {
          try {
            platform.joining().leave(moderators.get(thread), community.id());
          } catch (ConflictException e) {
            assertThat(e.kind()).as("a leave that loses: " + e.getMessage()).isEqualTo(ConflictException.Kind.RULE);
            refused.incrementAndGet();
          }
        });

    assertThat(refused).as("Joining.leave: the last e-moderator may not leave, however many leave at once").hasValue(1);
    assertThat(allMembers(community)).singleElement().satisfies(m -> assertThat(m.isEModerator()).isTrue());
  }

  @Test
  void mixedJoinsLeavesPromotionsAndRoleChangesKeepEveryRuleAndLoseNoUpdate() throws Exception {
    Community community = openCommunity();
    List<MemberId> pool = IntStream.range(0, 8).mapToObj(i -> MemberId.of("p" + i)).toList();
    AtomicInteger refusals = new AtomicInteger();

    Race.run(THREADS,
        thread -> {
          Random random = new Random(thread);
          for (int step = 0; step < 12; step++) {
            MemberId member = pool.get(random.nextInt(pool.size()));
            try {
              switch (random.nextInt(6)) {
                case 0, 1 -> platform.joining().join(member, community.id(), "");
                case 2 -> platform.joining().leave(member, community.id());
                case 3 -> platform.administration()
                    .changeTier(founder, new ChangeTier(community.id(), member, Tier.values()[random.nextInt(3)], ""));
                case 4 -> platform.administration()
                    .grantRole(founder, new ChangeRole(community.id(), member, Role.E_MODERATOR));
                default -> platform.administration()
                    .revokeRole(member, new ChangeRole(community.id(), founder, Role.E_MODERATOR));
              }
            } catch (CopException refused) {
              // Expected refusals: already a member, not a member, the last e-moderator, a member
              // who is not (or no longer) an e-moderator revoking a role.
              refusals.incrementAndGet();
            }
          }
        });

    List<Membership> members = allMembers(community);
    assertThat(members).extracting(Membership::member).doesNotHaveDuplicates();
    assertThat(members).filteredOn(Membership::isEModerator).isNotEmpty().allMatch(m -> m.tier() == Tier.CORE);
    Map<AuditAction, Long> actions = auditedActions(community);
    long admitted = actions.getOrDefault(AuditAction.MEMBER_JOINED, 0L) + 1; // the founder joined by creating it
    long departed = actions.getOrDefault(AuditAction.MEMBER_LEFT, 0L);
    assertThat(members).hasSize((int) (admitted - departed));
    assertThat(admitted).as("some joins succeeded").isGreaterThan(1);
    assertThat(refusals).as("some steps were refused by the rules").hasPositiveValue();
  }

  @Test
  void aStaleUpdateIsRejectedAndTheFirstWriterWins() {
    Community read = openCommunity();
    Community byFirst = platform.queries().community(founder, read.id());
    Community bySecond = platform.queries().community(founder, read.id());

    platform.lifecycle()
        .update(founder, new UpdateCommunity(read.id(), byFirst.version(),
            new CommunityDetails("First", read.domain(), read.purpose(), read.visibility())));

    assertThatThrownBy(
            () -> platform.lifecycle()
                .update(founder, new UpdateCommunity(read.id(), bySecond.version(),
                    new CommunityDetails("Second", read.domain(), read.purpose(), read.visibility()))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
    assertThat(platform.queries().community(founder, read.id()).name()).isEqualTo("First");
  }

  private List<Membership> allMembers(Community community) {
    List<Membership> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    Page<Membership> page;
    do {
      page = platform.queries().members(administrator, MemberSearch.all(community.id(), request));
      all.addAll(page.items());
      request = request.next();
    } while (page.hasNext());
    return all;
  }

  private Map<AuditAction, Long> auditedActions(Community community) {
    Map<AuditAction, Long> counts = new ConcurrentHashMap<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    Page<AuditEntry> page;
    do {
      page = platform.queries().auditTrail(administrator, community.id(), request);
      page.items().forEach(e -> counts.merge(e.action(), 1L, Long::sum));
      request = request.next();
    } while (page.hasNext());
    return counts;
  }
}
