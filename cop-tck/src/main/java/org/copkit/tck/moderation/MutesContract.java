package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.moderation.ModerationFixtures.aMute;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Mutes}: a mute is in force from the moment it was given (inclusive) until
 * it ends (exclusive), for its member in its community only; among several in force, the one that
 * ends last is the answer, and mutes already over or not yet begun are never it.
 */
public abstract class MutesContract extends ModerationStorageContract {

  private static final Duration ONE_MICROSECOND = Duration.ofNanos(1000);

  private final CommunityId community = CommunityId.random();
  private final MemberId ana = aPerson();
  private Mutes mutes;

  /** For subclasses. */
  protected MutesContract() {}

  @BeforeEach
  final void openPorts() {
    mutes = eachCallInATransaction(Mutes.class, ModerationStorage::mutes);
  }

  @Nested
  class InForce {

    @Test
    void findsTheMuteWithEveryFieldAsAdded() {
      Mute mute = anasMute().between(secondsAfterT0(0), secondsAfterT0(3600)).by(aPerson()).because(CATALAN).build();

      mutes.add(mute);

      assertThat(mutes.inForce(community, ana, secondsAfterT0(10))).contains(mute);
    }

    @Test
    void keepsAReasonOfTheLongestLengthAccepted() {
      Mute mute = anasMute().because(textOfLength(1000)).build();

      mutes.add(mute);

      assertThat(mutes.inForce(community, ana, mute.at())).contains(mute);
    }

    @Test
    void holdsFromTheMomentItWasGivenUntilJustBeforeItEnds() {
      Instant start = secondsAfterT0(100);
      Instant end = secondsAfterT0(200);
      Mute mute = anasMute().between(start, end).build();

      mutes.add(mute);

      assertThat(mutes.inForce(community, ana, start.minus(ONE_MICROSECOND))).isEmpty();
      assertThat(mutes.inForce(community, ana, start)).contains(mute);
      assertThat(mutes.inForce(community, ana, end.minus(ONE_MICROSECOND))).contains(mute);
      assertThat(mutes.inForce(community, ana, end)).isEmpty();
    }

    @Test
    void choosesTheOneThatEndsLastWhateverTheOrderTheyWereGiven() {
      Mute endsFirst = anasMute().between(secondsAfterT0(0), secondsAfterT0(100)).build();
      Mute endsLast = anasMute().between(secondsAfterT0(10), secondsAfterT0(300)).build();
      Mute givenLast = anasMute().between(secondsAfterT0(20), secondsAfterT0(200)).build();

      List.of(endsFirst, endsLast, givenLast).forEach(mutes::add);

      assertThat(mutes.inForce(community, ana, secondsAfterT0(50))).contains(endsLast);
    }

    @Test
    void ignoresMutesAlreadyOverAndMutesNotYetBegun() {
      Instant now = secondsAfterT0(1000);
      Mute over = anasMute().between(secondsAfterT0(0), now).build();
      Mute current = anasMute().between(secondsAfterT0(500), secondsAfterT0(1500)).build();
      Mute notYetBegun = anasMute().between(now.plus(ONE_MICROSECOND), secondsAfterT0(99_000)).build();

      List.of(over, notYetBegun).forEach(mutes::add);
      assertThat(mutes.inForce(community, ana, now)).isEmpty();

      mutes.add(current);
      assertThat(mutes.inForce(community, ana, now)).contains(current);
    }

    @Test
    void holdsForItsMemberInItsCommunityOnly() {
      mutes.add(anasMute().in(CommunityId.random()).build());
      mutes.add(anasMute().of(aPerson()).build());

      assertThat(mutes.inForce(community, ana, secondsAfterT0(1))).isEmpty();
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      Mute stored = anasMute().between(secondsAfterT0(0), secondsAfterT0(100)).build();
      mutes.add(stored);
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.mutes().add(anasMute().between(secondsAfterT0(1), secondsAfterT0(900)).build());
                        storage.mutes().add(aMute().in(community).build());
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(mutes.inForce(community, ana, secondsAfterT0(50))).contains(stored);
      assertThat(mutes.inForce(community, ana, secondsAfterT0(100))).isEmpty();
    }
  }

  private ModerationFixtures.MuteBuilder anasMute() {
    return aMute().in(community).of(ana);
  }
}
