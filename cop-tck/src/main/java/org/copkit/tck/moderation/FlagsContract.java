package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.moderation.ModerationFixtures.aFlag;
import static org.copkit.tck.moderation.ModerationFixtures.aPostSubject;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.Flag.Outcome;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Flags}: every outcome, reason and kind of subject round-trips with its
 * weight, a flagger has at most one OPEN flag per subject and community (a second is a DUPLICATE
 * until the first is decided), updates are optimistically locked, a subject's open flags come
 * oldest first, and a flagger's counts span every community.
 *
 * <p>Where the port says "ties broken by ID", IDs compare as their canonical text ({@code
 * UUID.toString()}).
 */
public abstract class FlagsContract extends ModerationStorageContract {

  /** An ID that sorts first as text (and last in signed {@code UUID} order). */
  static final FlagId LOW_ID = FlagId.of("00000000-0000-4000-8000-000000000003");

  /** An ID that sorts last as text (and first in signed {@code UUID} order). */
  static final FlagId HIGH_ID = FlagId.of("f0000000-0000-4000-8000-000000000003");

  private final CommunityId community = CommunityId.random();
  private final ModerationSubject subject = aPostSubject();
  private final MemberId ana = aPerson();
  private Flags flags;

  /** For subclasses. */
  protected FlagsContract() {}

  @BeforeEach
  final void openPorts() {
    flags = eachCallInATransaction(Flags.class, ModerationStorage::flags);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAnOpenFlagWithEveryFieldAsAdded() {
      assertRoundTrip(
          aFlag()
              .in(community)
              .on(subject)
              .by(ana)
              .because(FlagReason.PERSONAL_DATA, CATALAN)
              .weighing(Flag.weightFor(3, 1))
              .raisedAt(secondsAfterT0(7))
              .build());
    }

    @Test
    void keepsEveryOutcome() {
      for (Outcome outcome : Outcome.values()) {
        assertRoundTrip(aFlag().withOutcome(outcome).build());
      }
    }

    @Test
    void keepsEveryKindOfSubject() {
      assertRoundTrip(aFlag().on(new ModerationSubject.OfPost(PostId.random())).build());
      assertRoundTrip(aFlag().on(new ModerationSubject.OfThread(ThreadId.random())).build());
      assertRoundTrip(aFlag().on(new ModerationSubject.OfMember(aPerson())).build());
    }

    @Test
    void keepsEveryReasonWithItsExplanation() {
      for (FlagReason reason : FlagReason.values()) {
        assertRoundTrip(aFlag().because(reason, reason == FlagReason.OTHER ? SPANISH : "").build());
      }
    }

    @Test
    void keepsTheLightestAndTheHeaviestWeights() {
      assertRoundTrip(aFlag().weighing(Flag.MIN_WEIGHT).build());
      assertRoundTrip(aFlag().weighing(Flag.MAX_WEIGHT).build());
    }

    @Test
    void keepsAnExplanationOfTheLongestLengthAccepted() {
      assertRoundTrip(aFlag().because(FlagReason.OTHER, textOfLength(1000)).build());
    }

    @Test
    void keepsTheVersionTheFlagCarries() {
      assertRoundTrip(aFlag().atVersion(7).build());
    }

    @Test
    void findsNothingForAnUnknownId() {
      flags.add(aFlag().build());

      assertThat(flags.find(FlagId.random())).isEmpty();
    }

    @Test
    void rejectsATakenIdAndKeepsTheFirst() {
      Flag first = aFlag().build();
      flags.add(first);

      assertConflict(Kind.DUPLICATE, () -> flags.add(aFlag().withId(first.id()).build()));

      assertThat(flags.find(first.id())).contains(first);
    }

    private void assertRoundTrip(Flag flag) {
      flags.add(flag);

      assertThat(flags.find(flag.id())).contains(flag);
    }
  }

  @Nested
  class OneOpenFlagPerFlaggerSubjectAndCommunity {

    @Test
    void rejectsASecondOpenFlagAndKeepsTheFirst() {
      Flag first = anasFlag().build();
      flags.add(first);
      Flag second = anasFlag().because(FlagReason.INAPPROPRIATE, "").raisedAt(secondsAfterT0(1)).build();

      assertConflict(Kind.DUPLICATE, () -> flags.add(second));

      assertThat(flags.find(second.id())).isEmpty();
      assertThat(flags.open(community, subject)).containsExactly(first);
    }

    @Test
    void acceptsANewFlagOnceTheFirstIsDecided() {
      for (Outcome decided : List.of(Outcome.UPHELD, Outcome.DISMISSED)) {
        ModerationSubject flagged = aPostSubject();
        Flag first = anasFlag().on(flagged).build();
        flags.add(first);
        flags.update(first.withOutcome(decided));
        Flag second = anasFlag().on(flagged).raisedAt(secondsAfterT0(1)).build();

        flags.add(second);

        assertThat(flags.open(community, flagged)).containsExactly(second);
      }
    }

    @Test
    void acceptsDecidedFlagsBesideTheOpenOne() {
      Flag open = anasFlag().build();
      Flag upheld = anasFlag().withOutcome(Outcome.UPHELD).build();
      Flag dismissed = anasFlag().withOutcome(Outcome.DISMISSED).build();

      List.of(open, upheld, dismissed).forEach(flags::add);

      List.of(open, upheld, dismissed).forEach(flag -> assertThat(flags.find(flag.id())).contains(flag));
    }

    @Test
    void acceptsOpenFlagsOfOtherFlaggersOnOtherSubjectsAndInOtherCommunities() {
      List<Flag> all =
          List.of(anasFlag().build(), anasFlag().by(aPerson()).build(), anasFlag().on(aPostSubject()).build(), anasFlag().in(CommunityId.random()).build());

      all.forEach(flags::add);

      all.forEach(flag -> assertThat(flags.find(flag.id())).contains(flag));
    }

    @Test
    void tellsApartFlaggersAndMembersFlaggedWhoseIdsDifferInCaseOrAccents() {
      List<String> ids = List.of("Núria", "Nuria", "nuria");
      List<Flag> byEach = ids.stream().map(id -> anasFlag().by(MemberId.of(id)).build()).toList();
      List<Flag> onEach = ids.stream().map(id -> anasFlag().on(new ModerationSubject.OfMember(MemberId.of(id))).build()).toList();

      byEach.forEach(flags::add);
      onEach.forEach(flags::add);

      assertThat(flags.open(community, subject)).as("flaggers' IDs compare with their case and accents")
          .containsExactlyInAnyOrderElementsOf(byEach);
      onEach.forEach(flag -> assertThat(flags.open(community, flag.subject()))
          .as("flagged members' IDs compare with their case and accents").containsExactly(flag));
      assertThat(flags.countRaisedSince(MemberId.of("Nuria"), T0.minusSeconds(3600))).isEqualTo(1);
    }

    @Test
    void tellsApartSubjectsOfDifferentKindsWithTheSameIdentifier() {
      UUID same = UUID.randomUUID();
      Flag onPost = anasFlag().on(new ModerationSubject.OfPost(new PostId(same))).build();
      Flag onThread = anasFlag().on(new ModerationSubject.OfThread(new ThreadId(same))).build();
      Flag onMember = anasFlag().on(new ModerationSubject.OfMember(MemberId.of(same.toString()))).build();

      List.of(onPost, onThread, onMember).forEach(flags::add);

      assertThat(flags.open(community, onPost.subject())).containsExactly(onPost);
      assertThat(flags.open(community, onThread.subject())).containsExactly(onThread);
      assertThat(flags.open(community, onMember.subject())).containsExactly(onMember);
    }

    private ModerationFixtures.FlagBuilder anasFlag() {
      return aFlag().in(community).on(subject).by(ana);
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheOutcomeAndReturnsTheFlagAtTheNextVersion() {
      Flag stored = aFlag().build();
      flags.add(stored);

      Flag updated = flags.update(stored.withOutcome(Outcome.UPHELD));

      assertThat(updated).isEqualTo(atVersion(stored.withOutcome(Outcome.UPHELD), 1));
      assertThat(flags.find(stored.id())).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      Flag stored = aFlag().build();
      flags.add(stored);

      Flag once = flags.update(stored);
      Flag twice = flags.update(once.withOutcome(Outcome.DISMISSED));

      assertThat(once.version()).isEqualTo(1);
      assertThat(twice.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      Flag read = aFlag().build();
      flags.add(read);
      Flag current = flags.update(read.withOutcome(Outcome.DISMISSED));

      assertConflict(Kind.STALE_VERSION, () -> flags.update(read.withOutcome(Outcome.UPHELD)));

      assertThat(flags.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      Flag stored = aFlag().build();
      flags.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> flags.update(atVersion(stored.withOutcome(Outcome.UPHELD), 2)));

      assertThat(flags.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownFlag() {
      Flag unknown = aFlag().build();

      assertThatThrownBy(() -> flags.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(flags.find(unknown.id())).isEmpty();
    }
  }

  @Nested
  class OpenFlagsOfASubject {

    @Test
    void listsThemOldestFirstWithTiesBrokenById() {
      Flag newest = onSubject().raisedAt(secondsAfterT0(3)).build();
      Flag tieHigh = onSubject().withId(HIGH_ID).raisedAt(secondsAfterT0(2)).build();
      Flag tieLow = onSubject().withId(LOW_ID).raisedAt(secondsAfterT0(2)).build();
      Flag oldest = onSubject().raisedAt(secondsAfterT0(1)).build();
      Flag upheld = onSubject().withOutcome(Outcome.UPHELD).raisedAt(secondsAfterT0(0)).build();
      Flag dismissed = onSubject().withOutcome(Outcome.DISMISSED).raisedAt(secondsAfterT0(0)).build();
      Flag onAnotherSubject = onSubject().on(aPostSubject()).build();
      Flag inAnotherCommunity = onSubject().in(CommunityId.random()).build();
      List.of(newest, tieHigh, upheld, oldest, dismissed, onAnotherSubject, tieLow, inAnotherCommunity).forEach(flags::add);

      assertThat(flags.open(community, subject)).containsExactly(oldest, tieLow, tieHigh, newest);
    }

    @Test
    void dropsAFlagOnceDecided() {
      Flag flag = onSubject().build();
      flags.add(flag);

      flags.update(flag.withOutcome(Outcome.DISMISSED));

      assertThat(flags.open(community, subject)).isEmpty();
    }

    @Test
    void listsNoneForASubjectNeverFlagged() {
      flags.add(onSubject().build());

      assertThat(flags.open(community, aPostSubject())).isEmpty();
    }

    private ModerationFixtures.FlagBuilder onSubject() {
      return aFlag().in(community).on(subject);
    }
  }

  @Nested
  class FlagsRaisedSince {

    @Test
    void countsThePersonsFlagsFromTheStartOfTheWindowOnInEveryCommunityWhateverTheOutcome() {
      List.of(
              aFlag().by(ana).raisedAt(secondsAfterT0(9)).build(),
              aFlag().by(ana).in(community).raisedAt(secondsAfterT0(10)).build(),
              aFlag().by(ana).raisedAt(secondsAfterT0(20)).build(),
              aFlag().by(ana).withOutcome(Outcome.UPHELD).raisedAt(secondsAfterT0(30)).build(),
              aFlag().raisedAt(secondsAfterT0(15)).build())
          .forEach(flags::add);

      assertThat(flags.countRaisedSince(ana, secondsAfterT0(10))).isEqualTo(3);
      assertThat(flags.countRaisedSince(ana, secondsAfterT0(31))).isZero();
    }

    @Test
    void countsNothingForSomeoneWhoNeverFlagged() {
      flags.add(aFlag().build());

      assertThat(flags.countRaisedSince(ana, T0)).isZero();
    }
  }

  @Nested
  class FlagsWithAnOutcome {

    @Test
    void countsThePersonsFlagsWithEachOutcomeInEveryCommunity() {
      List<Flag> all = new ArrayList<>();
      all.add(aFlag().by(ana).withOutcome(Outcome.UPHELD).build());
      all.add(aFlag().by(ana).withOutcome(Outcome.UPHELD).in(community).build());
      all.add(aFlag().by(ana).withOutcome(Outcome.DISMISSED).build());
      all.add(aFlag().by(ana).build());
      all.add(aFlag().withOutcome(Outcome.UPHELD).build());
      all.forEach(flags::add);

      assertThat(flags.countWithOutcome(ana, Outcome.UPHELD)).isEqualTo(2);
      assertThat(flags.countWithOutcome(ana, Outcome.DISMISSED)).isEqualTo(1);
      assertThat(flags.countWithOutcome(ana, Outcome.OPEN)).isEqualTo(1);
    }

    @Test
    void followsTheOutcomeADecisionGave() {
      Flag flag = aFlag().by(ana).build();
      flags.add(flag);

      flags.update(flag.withOutcome(Outcome.DISMISSED));

      assertThat(flags.countWithOutcome(ana, Outcome.OPEN)).isZero();
      assertThat(flags.countWithOutcome(ana, Outcome.DISMISSED)).isEqualTo(1);
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      Flag anas = aFlag().in(community).on(subject).by(ana).build();
      flags.add(anas);
      Flag beas = aFlag().in(community).on(subject).build();
      Flag anasNext = aFlag().in(community).on(subject).by(ana).raisedAt(secondsAfterT0(1)).build();
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.flags().add(beas);
                        storage.flags().update(anas.withOutcome(Outcome.UPHELD));
                        storage.flags().add(anasNext);
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(flags.find(beas.id())).isEmpty();
      assertThat(flags.find(anasNext.id())).isEmpty();
      assertThat(flags.find(anas.id())).contains(anas);
      assertThat(flags.open(community, subject)).containsExactly(anas);
      assertThat(flags.countRaisedSince(beas.flagger(), T0)).isZero();
      assertThat(flags.countWithOutcome(ana, Outcome.UPHELD)).isZero();
      assertConflict(Kind.DUPLICATE, () -> flags.add(aFlag().in(community).on(subject).by(ana).build()));
      Flag beasAgain = aFlag().in(community).on(subject).by(beas.flagger()).raisedAt(secondsAfterT0(5)).build();
      flags.add(beasAgain);
      assertThat(flags.open(community, subject)).containsExactly(anas, beasAgain);
    }
  }

  private static Flag atVersion(Flag f, long version) {
    return new Flag(f.id(), f.community(), f.subject(), f.flagger(), f.reason(), f.text(), f.weight(), f.raisedAt(), f.outcome(), version);
  }
}
