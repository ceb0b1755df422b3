package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.analytics.ParticipationScene.JORDI;
import static org.copkit.core.analytics.ParticipationScene.W;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.analytics.MemberParticipation;
import org.copkit.api.analytics.ParticipantSearch;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

/** Bad input is refused with the field and the rule named, before anything is read. */
class AnalyticsValidationTest {

  private static final Instant T = Instant.parse("2026-04-06T00:00:00Z");

  @Test
  void refusesAWindowThatDoesNotEndAfterItStarts() {
    assertInvalid("to", () -> Window.between(T, T));
    assertInvalid("to", () -> Window.between(T, T.minusSeconds(1)));
    assertInvalid("from", () -> Window.between(null, T));
    assertInvalid("length", () -> Window.endingAt(T, Duration.ZERO));
    assertInvalid("from", () -> Window.between(Instant.parse("1969-12-31T00:00:00Z"), T));
    assertInvalid("to", () -> Window.between(T, Instant.parse("2200-01-01T00:00:00Z")));
  }

  @Test
  void keepsAWindowHalfOpen() {
    Window window = Window.between(T, T.plusSeconds(60));

    assertThat(window.contains(T)).isTrue();
    assertThat(window.contains(T.plusSeconds(60))).isFalse();
    assertThat(window.previous()).isEqualTo(Window.between(T.minusSeconds(60), T));
    assertThat(Window.endingAt(T, Duration.ofDays(7))).isEqualTo(Window.between(T.minus(Duration.ofDays(7)), T));
  }

  @Test
  void refusesThresholdsThatLeaveNoRoomForIntermittentContributors() {
    assertInvalid("heavyFrom", () -> new ParticipationThresholds(1));
    assertInvalid("heavyFrom", () -> new ParticipationThresholds(ParticipationThresholds.MAX_HEAVY_FROM + 1));
    assertInvalid("contributions", () -> ParticipationThresholds.DEFAULT.classify(-1));
    assertThat(ParticipationThresholds.DEFAULT.classify(9)).isEqualTo(ParticipationClass.INTERMITTENT);
    assertThat(ParticipationThresholds.DEFAULT.classify(10)).isEqualTo(ParticipationClass.HEAVY);
    assertThat(ParticipationThresholds.DEFAULT.classify(0)).isEqualTo(ParticipationClass.LURKER);
  }

  @Test
  void refusesFiguresThatDoNotAddUp() {
    assertInvalid("members", () -> new Participation(5, 3, 2, 0.4, 0, 2, 2, 0, 0, List.of()));
    assertInvalid("contributors", () -> new Participation(5, 3, 3, 0.6, 1, 1, 3, 0, 0, List.of()));
    assertInvalid("gini", () -> new Participation(1, 1, 1, 1, 0, 1, 0, 1.5, 1, List.of()));
    assertInvalid("answered", () -> QuestionFigures.of(1, 2, 0, Optional.of(Duration.ZERO)));
    assertInvalid("medianTimeToFirstAnswer", () -> QuestionFigures.of(1, 1, 0, Optional.empty()));
    assertInvalid("participationClass",
        () -> new MemberParticipation(MemberId.of("ana"), Tier.CORE, 0, ParticipationClass.INTERMITTENT));
  }

  @Test
  void refusesIncompleteQueries() {
    ParticipationScene scene = new ParticipationScene(Visibility.OPEN);
    var reports = scene.platform.participationReports();

    assertInvalid("window", () -> reports.community(JORDI, scene.community.id(), null));
    assertInvalid("community", () -> reports.community(JORDI, null, W));
    assertInvalid("actor", () -> reports.community(null, scene.community.id(), W));
    assertInvalid("window", () -> reports.platform(JORDI, null));
    assertInvalid("search", () -> reports.participants(JORDI, null));
    assertInvalid("page", () -> new ParticipantSearch(CommunityId.random(), W, Optional.empty(), null));
    assertInvalid("window", () -> reports.own(JORDI, scene.community.id(), null));
  }

  @Test
  void refusesMissingBuilderOptions() {
    assertInvalid("participationThresholds", () -> CopPlatform.builder().participationThresholds(null));
    assertInvalid("reportingZone", () -> CopPlatform.builder().reportingZone(null));
    assertInvalid("activityClassifier", () -> CopPlatform.builder().activityClassifier(null));
  }

  private static void assertInvalid(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
