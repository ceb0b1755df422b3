package org.copkit.tck.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test kit's contract for an {@link ActivityClassifier}: extend it in the add-on's tests and
 * return the classifier from {@link #classifier()}. It checks the name, that every type of activity
 * gets an answer (a component or empty, never {@code null}), and that the classifier is thread-safe.
 */
@ExtendWith(ReadableFailures.class)
public abstract class ActivityClassifierContract {

  /** @return the classifier under test */
  protected abstract ActivityClassifier classifier();

  /** @return every type of activity the platform classifies */
  protected static List<ActivityType> types() {
    List<ActivityType> types = new ArrayList<>();
    for (ThreadKind kind : ThreadKind.values()) {
      for (PostRole role : PostRole.values()) {
        for (Audience audience : Audience.values()) {
          types.add(new ActivityType(kind, role, audience));
        }
      }
    }
    return types;
  }

  @Test
  void itsNameIsValid() {
    assertThat(classifier().name()).as("name()").isNotNull().matches(AddOnInputs.NAME);
  }

  @Test
  void everyTypeGetsAnAnswer() {
    ActivityClassifier classifier = classifier();
    for (ActivityType type : types()) {
      assertThat(classifier.classify(type)).as("classify(%s)", type).isNotNull();
    }
  }

  @Test
  void concurrentCallsGetTheSameAnswersAsOneByOne() throws Exception {
    ActivityClassifier classifier = classifier();
    List<Optional<CopComponent>> alone = types().stream().map(classifier::classify).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Optional<CopComponent>>>> together = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<Optional<CopComponent>>> run = () -> {
          List<Optional<CopComponent>> answers = List.of();
          for (int round = 0; round < 100; round++) {
            answers = types().stream().map(classifier::classify).toList();
          }
          return answers;
        };
        together.add(threads.submit(run));
      }
      for (Future<List<Optional<CopComponent>>> answers : together) {
        assertThat(answers.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
