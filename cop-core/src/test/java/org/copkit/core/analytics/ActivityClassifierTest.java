package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.analytics.ParticipationScene.JORDI;
import static org.copkit.core.analytics.ParticipationScene.W;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

/**
 * The {@link ActivityClassifier} SPI: registered classifiers first, then those {@code ServiceLoader}
 * finds ({@link ExplodingClassifier}, {@link UnloadableClassifier}, {@link AnnouncementsAreLearning}
 * in this module's {@code META-INF/services}), then the built-in one; broken ones skipped.
 */
class ActivityClassifierTest {

  /** Registered on the builder: questions organise know-how. */
  private static final class QuestionsAreKnowHow implements ActivityClassifier {
    final List<ActivityType> asked = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
      return "questions-are-know-how";
    }

    @Override
    public Optional<CopComponent> classify(ActivityType type) {
      asked.add(type);
      return type.threadKind() == ThreadKind.QUESTION ? Optional.of(CopComponent.KNOW_HOW) : Optional.empty();
    }
  }

  /** Registered on the builder: answers null, which is no answer. */
  private static final class Careless implements ActivityClassifier {
    @Override
    public String name() {
      return "careless";
    }

    @Override
    public Optional<CopComponent> classify(ActivityType type) {
      return null;
    }
  }

  @Test
  void classifiesByTheBuiltInDefaultWhenNoClassifierIsFound() {
    ComponentBalance balance = components(builder -> builder);

    assertThat(balance.contributions()).isEqualTo(Map.of(
        CopComponent.LEARNING, 2L, CopComponent.ANTENNA, 1L, CopComponent.KNOW_HOW, 3L, CopComponent.PRODUCTION, 1L));
  }

  @Test
  void asksTheDiscoveredClassifiersSkippingTheOnesThatFailOrCannotLoad() {
    ComponentBalance balance = components(builder -> builder.discoverActivityClassifiers(true));

    assertThat(balance.count(CopComponent.ANTENNA)).as("the announcement, past the exploding classifier").isZero();
    assertThat(balance.count(CopComponent.LEARNING)).as("two questions and the announcement").isEqualTo(3);
  }

  @Test
  void asksTheRegisteredClassifiersFirstInTheOrderRegistered() {
    QuestionsAreKnowHow questions = new QuestionsAreKnowHow();

    List<Integer> askedBeforeTheReport = new ArrayList<>();
    ComponentBalance balance = components(builder -> builder.discoverActivityClassifiers(true)
        .activityClassifier(new Careless())
        .activityClassifier(questions), () -> askedBeforeTheReport.add(questions.asked.size()));

    assertThat(balance.contributions()).isEqualTo(Map.of(
        CopComponent.LEARNING, 1L, CopComponent.ANTENNA, 0L, CopComponent.KNOW_HOW, 5L, CopComponent.PRODUCTION, 1L));
    assertThat(askedBeforeTheReport).as("once per post, when it was written: the scene's 9 posts").containsExactly(9);
    assertThat(questions.asked).as("the report reads the stored components: it asks no classifier").hasSize(9);
  }

  private static ComponentBalance components(UnaryOperator<CopPlatform.Builder> configure) {
    return components(configure, () -> {});
  }

  /** Runs {@code beforeReport} once the scene has happened (its posts classified as they were written). */
  private static ComponentBalance components(UnaryOperator<CopPlatform.Builder> configure, Runnable beforeReport) {
    ParticipationScene scene = new ParticipationScene(Visibility.OPEN, configure);
    beforeReport.run();
    return scene.platform.participationReports().community(JORDI, scene.community.id(), W).components();
  }
}
