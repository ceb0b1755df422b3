package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * Every limit and window ends exactly where its documentation says: the newcomer period at
 * {@code joinedAt + newcomerPeriod}, a day's flags at midnight UTC, a limit of n at the n-th
 * item, and dormancy only after more than the dormancy period without activity.
 */
class LimitsAndWindowsEndExactlyAtTheirBoundaryTest {

  /** No pre-moderation; a newcomer may open 2 threads and write 3 replies in 24 hours; 2 flags a day. */
  private static final ModerationPolicy TIGHT = new ModerationPolicy(0, 3.0, Duration.ofHours(24), 2, 3, 2, 100);

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, TIGHT);
  /** Oriol joined just now: the scene admits him last. */
  private final Instant joined = scene.clock.instant();

  @Test
  void aNewcomerMayOpenExactlyTheirLimitOfThreadsUntilThePeriodEnds() {
    start(ORIOL, "1");
    start(ORIOL, "2");
    scene.clock.advance(Duration.ofHours(24).minusSeconds(1));

    assertThatThrownBy(() -> start(ORIOL, "3")).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAt()).isEqualTo(joined.plus(Duration.ofHours(24))));

    scene.clock.advance(Duration.ofSeconds(1));
    assertThat(start(ORIOL, "3")).isInstanceOf(PostOutcome.Published.class);
  }

  @Test
  void aNewcomerMayWriteExactlyTheirLimitOfReplies() {
    DiscussionThread thread = ((PostOutcome.Published) start(MARTA, "obert")).thread();
    for (int i = 0; i < 3; i++) {
      assertThat(scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "resposta " + i)))
          .isInstanceOf(PostOutcome.Published.class);
    }

    assertThatThrownBy(() -> scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "quarta")))
        .isInstanceOf(RateLimitedException.class);
    assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "una més, d'una veterana")))
        .as("a member past the newcomer period has no limit").isInstanceOf(PostOutcome.Published.class);
  }

  @Test
  void flagsAreCountedPerUtcDayUpToTheLimit() {
    DiscussionThread[] threads = new DiscussionThread[4];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = ((PostOutcome.Published) start(MARTA, "obert " + i)).thread();
    }
    Instant midnight = LocalDate.ofInstant(scene.clock.instant(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    scene.clock.advance(Duration.between(scene.clock.instant(), midnight).minusSeconds(2));
    flag(threads[0], LAIA);
    flag(threads[1], LAIA);

    scene.clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> flag(threads[2], LAIA)).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAt()).isEqualTo(midnight));

    scene.clock.advance(Duration.ofSeconds(1));
    flag(threads[3], LAIA);
    assertThat(scene.storage.flags().countRaisedSince(LAIA, Instant.EPOCH)).isEqualTo(3);
  }

  @Test
  void aCommunityIsDormantOnlyAfterMoreThanTheDormancyPeriodWithoutActivity() {
    TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    MemberId founder = ConversationScene.JORDI;
    CopPlatform platform = CopPlatform.builder()
        .directory(InMemoryDirectory.of(org.copkit.api.shared.Person.active(founder, "Jordi", "Mediació"),
            new org.copkit.api.shared.Person(NURIA, "Núria", "CEJFE", true, true)))
        .clock(clock)
        .dormancyAfter(Duration.ofDays(90))
        .build();
    Community community = platform.lifecycle().create(founder, new CommunityDetails("Mediació", "Mediació penal", "", Visibility.OPEN));
    if (community.stage() == Stage.PROPOSED) {
      platform.lifecycle().changeStage(NURIA, new org.copkit.api.community.ChangeStage(community.id(), Stage.ACTIVE, "endavant"));
    }
    Instant last = platform.lifecycle().recordActivity(founder, community.id()).lastActivityAt();
    clock.advance(Duration.between(clock.instant(), last.plus(Duration.ofDays(90))));

    assertThat(platform.lifecycle().sweepDormant(NURIA)).as("exactly the period: still active").isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(platform.lifecycle().sweepDormant(NURIA)).extracting(Community::stage).containsExactly(Stage.DORMANT);
  }

  private PostOutcome start(MemberId author, String title) {
    return scene.platform.discussions().start(author, StartThread.discussion(scene.community.id(), "Fil " + title, "Cos " + title));
  }

  private void flag(DiscussionThread thread, MemberId flagger) {
    scene.platform.moderation().flag(flagger,
        new RaiseFlag(scene.community.id(), new ModerationSubject.OfThread(thread.id()), FlagReason.OFF_TOPIC, ""));
  }
}
