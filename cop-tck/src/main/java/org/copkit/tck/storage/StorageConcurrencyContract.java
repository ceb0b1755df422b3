package org.copkit.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.community.CommunityFixtures.aCommunity;
import static org.copkit.tck.community.CommunityFixtures.aJoinRequest;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.community.CommunityFixtures.anInvitation;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.moderation.ModerationFixtures.aFlag;
import static org.copkit.tck.moderation.ModerationFixtures.aPolicy;
import static org.copkit.tck.moderation.ModerationFixtures.aPostSubject;
import static org.copkit.tck.moderation.ModerationFixtures.aReviewItem;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequest.RequestStatus;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every port under real concurrency: each uniqueness and one-open rule, and each
 * optimistic version, holds when {@link #threads()} transactions write at the same moment, round
 * after round ({@link #rounds()}).
 *
 * <ul>
 *   <li><b>One holder per key.</b> Racers each add a record that claims the same key (a pending join
 *       request of one person to one community, an open invitation, an open review item of one
 *       subject, one person's open flag on one subject, one membership, one reaction): exactly one
 *       wins, every other one gets {@link ConflictException.Kind#DUPLICATE DUPLICATE} (or {@link
 *       ConflictException.Kind#STALE_VERSION STALE_VERSION} when the database sacrificed its
 *       transaction in a deadlock, which the core retries), and the record
 *       kept is the winner's. A port that checks and then inserts without a unique key (or a lock
 *       held to the end of the transaction) lets two through.
 *   <li><b>One update per version.</b> Racers each update the same record at the version they all
 *       read: exactly one wins, every other one gets {@link ConflictException.Kind#STALE_VERSION
 *       STALE_VERSION}, and the stored record is the winner's.
 *   <li><b>Rolled-back claims.</b> The same races with every other racer rolling its transaction back
 *       after writing: a key or a version held by a transaction that rolls back is never refused to
 *       one that commits, and nothing of it stays. A storage that locks each call rather than each
 *       transaction, or that lets other transactions see uncommitted writes, fails these.
 * </ul>
 *
 * <p>Extend it once and implement {@link #storage()}. What a SQL adapter needs for each rule is in
 * {@code docs/adapters.md}.
 */
public abstract class StorageConcurrencyContract extends StorageContract {

  /** For subclasses. */
  protected StorageConcurrencyContract() {}

  /**
   * How many rounds each race runs; each round starts from new records. The default makes every
   * race fail reliably on a two-core machine against a storage that checks and then inserts.
   *
   * @return the rounds, 20 unless overridden
   */
  protected int rounds() {
    return 20;
  }

  /**
   * How many transactions race in each round. Keep it at most the size of the storage's connection
   * pool.
   *
   * @return the racers, 8 unless overridden
   */
  protected int threads() {
    return 8;
  }

  @Nested
  class OnePendingJoinRequestPerPersonAndCommunity {

    private final MemberId ana = MemberId.of("ana");

    @Test
    void letsOneOfManyRequestsThrough() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesARequestBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<CommunityId> communities = perRound(CommunityId::random);
      raceForOneKey(
          "JoinRequests.add: one pending request per person and community",
          withRollbacks,
          (round, racer) -> {
            store().joinRequests().add(aJoinRequest().to(communities.get(round)).by(ana).withMessage(racer).build());
            return true;
          },
          round -> store().joinRequests().pending(communities.get(round), PageRequest.first(50)).items().stream()
              .map(JoinRequest::message).toList());
    }
  }

  @Nested
  class OnePendingInvitationPerPersonAndCommunity {

    private final MemberId bea = MemberId.of("bea");

    @Test
    void letsOneOfManyInvitationsThrough() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesAnInvitationBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<CommunityId> communities = perRound(CommunityId::random);
      raceForOneKey(
          "Invitations.add: one pending invitation per person and community",
          withRollbacks,
          (round, racer) -> {
            store().invitations().add(anInvitation().to(communities.get(round)).of(bea).withMessage(racer).build());
            return true;
          },
          round -> store().invitations().pending(communities.get(round), PageRequest.first(50)).items().stream()
              .map(Invitation::message).toList());
    }
  }

  @Nested
  class OneOpenReviewItemPerSubjectAndCommunity {

    private final CommunityId community = CommunityId.random();

    @Test
    void letsOneOfManyItemsThrough() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesAnItemBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<ModerationSubject> subjects = perRound(() -> aPostSubject());
      raceForOneKey(
          "ReviewItems.add: one open review item per subject and community",
          withRollbacks,
          (round, racer) -> {
            store().reviewItems().add(aReviewItem().in(community).on(subjects.get(round)).heldBecause(racer).build());
            return true;
          },
          round -> store().reviewItems().findOpen(community, subjects.get(round)).stream()
              .map(i -> i.heldBecause().orElse("")).toList());
    }
  }

  @Nested
  class OneOpenFlagPerFlaggerAndSubject {

    private final CommunityId community = CommunityId.random();
    private final MemberId cai = MemberId.of("cai");

    @Test
    void letsOneOfManyFlagsThrough() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesAFlagBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<ModerationSubject> subjects = perRound(() -> aPostSubject());
      raceForOneKey(
          "Flags.add: one open flag per flagger, subject and community",
          withRollbacks,
          (round, racer) -> {
            store().flags().add(aFlag().in(community).on(subjects.get(round)).by(cai)
                .because(FlagReason.SPAM, racer).build());
            return true;
          },
          round -> store().flags().open(community, subjects.get(round)).stream().map(Flag::text).toList());
    }
  }

  @Nested
  class OneMembershipPerPersonAndCommunity {

    private final MemberId dani = MemberId.of("dani");

    @Test
    void letsOneOfManyJoinsThrough() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesAJoinBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<CommunityId> communities = perRound(CommunityId::random);
      raceForOneKey(
          "Memberships.add: one membership per person and community",
          withRollbacks,
          (round, racer) -> {
            store().memberships().add(
                aMembership().in(communities.get(round)).of(dani).joinedAt(secondsAfterT0(racerNumber(racer))).build());
            return true;
          },
          round -> store().memberships().find(communities.get(round), dani).stream()
              .map(m -> racerName((int) (m.joinedAt().getEpochSecond() - secondsAfterT0(0).getEpochSecond())))
              .toList());
    }
  }

  @Nested
  class OneReactionOfEachKindPerMemberAndPost {

    private final MemberId eli = MemberId.of("eli");

    @Test
    void countsOneOfManyEqualReactions() throws Exception {
      oneHolder(false);
    }

    @Test
    void neverRefusesAReactionBecauseOfOneRolledBack() throws Exception {
      oneHolder(true);
    }

    private void oneHolder(boolean withRollbacks) throws Exception {
      List<PostId> posts = perRound(PostId::random);
      raceForOneKey(
          "Reactions.add: one reaction of each kind per member and post",
          withRollbacks,
          (round, racer) -> store().reactions().add(posts.get(round), eli, Reaction.HELPFUL),
          round -> {
            long count = store().reactions().counts(List.of(posts.get(round)))
                .getOrDefault(posts.get(round), Map.of()).getOrDefault(Reaction.HELPFUL, 0L);
            return Collections.nCopies((int) count, UNTAGGED);
          });
    }
  }

  @Nested
  class OnePolicyPerCommunity {

    @Test
    void keepsOneOfManyFirstSettings() throws Exception {
      firstSettings(false);
    }

    @Test
    void neverKeepsSettingsOfARolledBackTransaction() throws Exception {
      firstSettings(true);
    }

    private void firstSettings(boolean withRollbacks) throws Exception {
      String rule = "ModerationPolicies.put: one row of settings per community";
      List<CommunityId> communities = perRound(CommunityId::random);
      List<Map<Integer, ModerationPolicy>> stored = perRound(ConcurrentHashMap::new);
      Race.rounds(rounds(), threads(),
          (round, racer) -> {
            ModerationPolicy policy = aPolicy().allowingFlagsPerDay(racer + 1).build();
            boolean kept = attempt(rule, LOST_A_CLAIM, rollsBack(withRollbacks, racer),
                () -> {
                  store().moderationPolicies().put(communities.get(round), policy);
                  return true;
                });
            if (kept) {
              stored.get(round).put(racer, policy);
            }
          },
          round -> {
            Optional<ModerationPolicy> found = inTransaction(() -> store().moderationPolicies().find(communities.get(round)));
            assertThat(stored.get(round)).as(rule + ": at least one racer that commits must succeed").isNotEmpty();
            assertThat(found).as(rule + ": the settings kept are those of a racer that committed")
                .hasValueSatisfying(policy -> assertThat(stored.get(round).values()).contains(policy));
          });
    }
  }

  @Nested
  class OneUpdatePerVersion {

    @Test
    void ofACommunity() throws Exception {
      versions(false);
    }

    @Test
    void ofACommunityWithRollbacks() throws Exception {
      versions(true);
    }

    private void versions(boolean withRollbacks) throws Exception {
      raceForOneVersion(
          "Communities.update", withRollbacks,
          () -> aCommunity().build(),
          c -> store().communities().add(c),
          (c, racer) -> c.withDetails(new CommunityDetails(racer, c.domain(), c.purpose(), c.visibility())),
          c -> store().communities().update(c),
          c -> store().communities().find(c.id()));
    }

    @Test
    void ofAMembership() throws Exception {
      raceForOneVersion(
          "Memberships.update", false,
          () -> aMembership().build(),
          m -> store().memberships().add(m),
          (m, racer) -> m.withTier(Tier.values()[racerNumber(racer) % Tier.values().length]),
          m -> store().memberships().update(m),
          m -> store().memberships().find(m.community(), m.member()));
    }

    @Test
    void ofAJoinRequest() throws Exception {
      raceForOneVersion(
          "JoinRequests.update", false,
          () -> aJoinRequest().build(),
          r -> store().joinRequests().add(r),
          (r, racer) -> r.withStatus(new RequestStatus.Declined(MemberId.of(racer), secondsAfterT0(1), racer)),
          r -> store().joinRequests().update(r),
          r -> store().joinRequests().find(r.id()));
    }

    @Test
    void ofAnInvitation() throws Exception {
      raceForOneVersion(
          "Invitations.update", false,
          () -> anInvitation().build(),
          i -> store().invitations().add(i),
          (i, racer) -> i.withStatus(new InvitationStatus.Revoked(MemberId.of(racer), secondsAfterT0(1))),
          i -> store().invitations().update(i),
          i -> store().invitations().find(i.id()));
    }

    @Test
    void ofAReviewItem() throws Exception {
      raceForOneVersion(
          "ReviewItems.update", false,
          () -> aReviewItem().build(),
          i -> store().reviewItems().add(i),
          (i, racer) -> i.withFlag(racerNumber(racer) + 1.0),
          i -> store().reviewItems().update(i),
          i -> store().reviewItems().find(i.id()));
    }

    @Test
    void ofAReviewItemWithRollbacks() throws Exception {
      raceForOneVersion(
          "ReviewItems.update", true,
          () -> aReviewItem().build(),
          i -> store().reviewItems().add(i),
          (i, racer) -> i.withFlag(racerNumber(racer) + 1.0),
          i -> store().reviewItems().update(i),
          i -> store().reviewItems().find(i.id()));
    }

    @Test
    void ofAFlag() throws Exception {
      raceForOneVersion(
          "Flags.update", false,
          () -> aFlag().build(),
          f -> store().flags().add(f),
          (f, racer) -> f.withOutcome(racerNumber(racer) % 2 == 0 ? Flag.Outcome.UPHELD : Flag.Outcome.DISMISSED),
          f -> store().flags().update(f),
          f -> store().flags().find(f.id()));
    }

    @Test
    void ofAThread() throws Exception {
      raceForOneVersion(
          "Threads.update", false,
          () -> aThread().build(),
          t -> store().threads().add(t),
          (t, racer) -> t.withReplyAt(secondsAfterT0(racerNumber(racer) + 1)),
          t -> store().threads().update(t),
          t -> store().threads().find(t.id()));
    }

    @Test
    void ofAPost() throws Exception {
      DiscussionThread thread = aThread().build();
      inTransaction(() -> store().threads().add(thread));
      raceForOneVersion(
          "Posts.update", false,
          () -> aPost().in(thread).build(),
          p -> store().posts().add(p),
          (p, racer) -> p.withState(PostState.HIDDEN, racer),
          p -> store().posts().update(p),
          p -> store().posts().find(p.id()));
    }
  }

  /** How often a racer that lost a deadlock tries its claim again (the core's unit of work: 16). */
  private static final int RETRIES_AFTER_DEADLOCK = 16;

  /**
   * What a racer may get when another one claimed the key first: DUPLICATE, or STALE_VERSION when
   * the database sacrificed its transaction to the other's (a deadlock), which the core retries.
   */
  private static final Set<ConflictException.Kind> LOST_A_CLAIM =
      EnumSet.of(ConflictException.Kind.DUPLICATE, ConflictException.Kind.STALE_VERSION);

  /** What a racer gets when another one updated the record first. */
  private static final Set<ConflictException.Kind> LOST_AN_UPDATE = EnumSet.of(ConflictException.Kind.STALE_VERSION);

  /** The tag of a record whose racer cannot be told (a reaction carries nothing of its own). */
  private static final String UNTAGGED = "(untagged)";

  /** Claims a round's key as a racer, in the current transaction. */
  @FunctionalInterface
  private interface Claim {
    /** @return whether the port took the claim (false: it answered that the key was taken) */
    boolean claim(int round, String racer);
  }

  /** Who holds a round's key, as the racers' names the records carry. */
  @FunctionalInterface
  private interface Holders {
    List<String> of(int round);
  }

  private void raceForOneKey(String rule, boolean withRollbacks, Claim claim, Holders holders) throws Exception {
    List<List<String>> winners = perRound(() -> Collections.synchronizedList(new ArrayList<>()));
    Race.rounds(rounds(), threads(),
        (round, racer) -> {
          String name = racerName(racer);
          if (attempt(rule, LOST_A_CLAIM, rollsBack(withRollbacks, racer),
              () -> claim.claim(round, name))) {
            winners.get(round).add(name);
          }
        },
        round -> {
          List<String> won = winners.get(round);
          assertThat(won)
              .as(rule + ": exactly one of " + threads() + " racers may win"
                  + (withRollbacks ? " among those that commit (every other one rolls back)" : "")
                  + ", every other one gets a conflict")
              .hasSize(1);
          List<String> held = inTransaction(() -> holders.of(round));
          if (held.contains(UNTAGGED)) {
            assertThat(held).as(rule + ": the winner's record alone is kept").hasSize(1);
          } else {
            assertThat(held).as(rule + ": the winner's record alone is kept, nothing of a rolled-back racer").isEqualTo(won);
          }
        });
  }

  private <T> void raceForOneVersion(
      String port,
      boolean withRollbacks,
      Supplier<T> record,
      Consumer<T> add,
      BiFunction<T, String, T> change,
      Function<T, T> update,
      Function<T, Optional<T>> find)
      throws Exception {
    String rule = port + ": of many updates at one version exactly one wins, every other one gets STALE_VERSION";
    List<T> originals = perRound(record);
    List<List<T>> winners = perRound(() -> Collections.synchronizedList(new ArrayList<>()));
    originals.forEach(original -> inTransaction(() -> add.accept(original)));
    Race.rounds(rounds(), threads(),
        (round, racer) -> {
          T changed = change.apply(originals.get(round), racerName(racer));
          List<T> returned = new ArrayList<>(1);
          if (attempt(rule, LOST_AN_UPDATE, rollsBack(withRollbacks, racer),
              () -> returned.add(update.apply(changed)))) {
            winners.get(round).add(returned.get(0));
          }
        },
        round -> {
          assertThat(winners.get(round))
              .as(rule + (withRollbacks ? " (among the racers that commit; every other one rolls back)" : ""))
              .hasSize(1);
          assertThat(inTransaction(() -> find.apply(originals.get(round))))
              .as(port + ": the stored record is the one the winning update returned")
              .contains(winners.get(round).get(0));
        });
  }

  /**
   * Runs a racer's write in a transaction of its own. A racer that claims a key and gets
   * STALE_VERSION lost a deadlock or a serialization failure, not the key: it tries again on a fresh
   * transaction, as the core's unit of work does, until it takes the key or is told it is taken.
   *
   * @return true when it committed and the port took the write; false when the port refused it
   *     with the expected conflict (or answered that it was taken), or when the racer rolled back
   */
  private boolean attempt(String rule, Set<ConflictException.Kind> expected, boolean rollsBack, Supplier<Boolean> write) {
    boolean claiming = expected.contains(ConflictException.Kind.DUPLICATE);
    for (int tries = 1; ; tries++) {
      try {
        return inTransaction(() -> {
          boolean took = write.get();
          if (rollsBack) {
            throw new RolledBack();
          }
          return took;
        });
      } catch (RolledBack e) {
        return false;
      } catch (ConflictException e) {
        if (!expected.contains(e.kind())) {
          throw new AssertionError(
              rule + ": a racer that loses must get " + String.join(" or ", expected.stream().map(Enum::name).toList())
                  + ", not " + e.kind() + " (" + e.getMessage() + ")", e);
        }
        if (!claiming || e.kind() != ConflictException.Kind.STALE_VERSION || tries >= RETRIES_AFTER_DEADLOCK) {
          return false;
        }
      }
    }
  }

  private static boolean rollsBack(boolean withRollbacks, int racer) {
    return withRollbacks && racer % 2 == 0;
  }

  private <T> List<T> perRound(Supplier<T> value) {
    List<T> values = new ArrayList<>();
    for (int round = 0; round < rounds(); round++) {
      values.add(value.get());
    }
    return values;
  }

  private static String racerName(int racer) {
    return "racer-" + racer;
  }

  private static int racerNumber(String racer) {
    return Integer.parseInt(racer.substring("racer-".length()));
  }

  /** Thrown by a racer to roll its transaction back after writing. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RolledBack() {
      super("rolled back on purpose by the race", null, false, false);
    }
  }
}
