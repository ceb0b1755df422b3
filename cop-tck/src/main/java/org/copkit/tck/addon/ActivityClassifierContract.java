package org.copkit.tck.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test kit's contract for an {@link ActivityClassifier}: extend it in the add-on's tests and
 * return the classifier from {@link #classifier()}. It checks the name; that every item the platform
 * may show it ({@link #items()}: every type of activity, with the titles members write in Catalan,
 * Spanish and English, right-to-left text, markup, the longest title, and no tags up to ten of the
 * longest) gets an answer, a component or empty, never {@code null} nor a throw; that the same item
 * gets the same answer each time; that the median warm call answers within the platform's time
 * budget ({@link #budget()}); and that the classifier is thread-safe (the same answers from 8 threads
 * at once as one by one). Override {@link #items()} to add the items the classifier's rules are about.
 */
@ExtendWith(ReadableFailures.class)
public abstract class ActivityClassifierContract {

  /** The community of the items the contract makes. */
  protected static final CommunityId COMMUNITY = CommunityId.of("6f1c9a2e-0d4b-4c1e-9f3a-2b7d5e8c1a90");

  /** @return the classifier under test */
  protected abstract ActivityClassifier classifier();

  /**
   * @return the time budget the host gives classifiers; by default the platform's default ({@value
   *     AddOnInputs#DEFAULT_CLASSIFIER_BUDGET_MILLIS} ms)
   */
  protected Duration budget() {
    return Duration.ofMillis(AddOnInputs.DEFAULT_CLASSIFIER_BUDGET_MILLIS);
  }

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

  /**
   * @return items as the platform shows them to classifiers: every type, with each title of {@link
   *     AddOnInputs#texts()} that a thread may have (cut to the longest title), and tags from none to
   *     ten of the longest, in Catalan, Spanish and English
   */
  protected List<ClassifiedItem> items() {
    List<String> titles = new ArrayList<>();
    for (String text : AddOnInputs.texts()) {
      String title = text.length() > DiscussionThread.MAX_TITLE ? text.substring(0, DiscussionThread.MAX_TITLE) : text;
      try {
        new ClassifiedItem(types().get(0), COMMUNITY, title, Set.of());
        titles.add(title);
      } catch (InvalidInputException notATitle) {
        // the platform never shows it: a thread cannot have that title
      }
    }
    List<Set<String>> tagSets = List.of(
        Set.of(),
        Set.of("protocol"),
        Set.of("Protocol", "mediació", "justícia-juvenil"),
        Set.of("mediación", "acta", "conciliación"),
        Set.of("good-practice", "working-group"),
        IntStream.range(0, DiscussionThread.MAX_TAGS)
            .mapToObj(i -> (i + "-etiqueta-llarga-de-quaranta-caràcters-i-més").substring(0, DiscussionThread.MAX_TAG))
            .collect(Collectors.toSet()));
    List<ClassifiedItem> items = new ArrayList<>();
    int t = 0;
    for (ActivityType type : types()) {
      for (String title : titles) {
        items.add(new ClassifiedItem(type, COMMUNITY, title, tagSets.get(t++ % tagSets.size())));
      }
    }
    return items;
  }

  @Test
  void itsNameIsValid() {
    assertThat(classifier().name()).as("name()").isNotNull().matches(AddOnInputs.NAME);
  }

  @Test
  void everyItemGetsAnAnswer() {
    ActivityClassifier classifier = classifier();
    for (ClassifiedItem item : items()) {
      assertThatCode(() -> classifier.classify(item)).as("classify(%s)", item).doesNotThrowAnyException();
      assertThat(classifier.classify(item)).as("classify(%s)", item).isNotNull();
    }
  }

  @Test
  void everyTypeGetsAnAnswer() {
    ActivityClassifier classifier = classifier();
    for (ActivityType type : types()) {
      assertThat(classifier.classify(type)).as("classify(%s)", type).isNotNull();
    }
  }

  @Test
  void theSameItemGetsTheSameAnswer() {
    ActivityClassifier classifier = classifier();
    for (ClassifiedItem item : items()) {
      assertThat(classifier.classify(item)).as("classify(%s) asked again", item).isEqualTo(classifier.classify(item));
    }
  }

  @Test
  void warmCallsAnswerWithinTheBudget() {
    ActivityClassifier classifier = classifier();
    List<ClassifiedItem> items = items();
    for (int warm = 0; warm < 20; warm++) {
      items.forEach(classifier::classify);
    }
    long[] nanos = new long[Math.min(200, items.size())];
    for (int i = 0; i < nanos.length; i++) {
      ClassifiedItem item = items.get(i * items.size() / nanos.length);
      long start = System.nanoTime();
      classifier.classify(item);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    assertThat(Duration.ofNanos(nanos[nanos.length / 2])).as("median classify time").isLessThan(budget());
  }

  @Test
  void concurrentCallsGetTheSameAnswersAsOneByOne() throws Exception {
    ActivityClassifier classifier = classifier();
    List<ClassifiedItem> items = items();
    List<Optional<CopComponent>> alone = items.stream().map(classifier::classify).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Optional<CopComponent>>>> together = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<Optional<CopComponent>>> run = () -> {
          List<Optional<CopComponent>> answers = List.of();
          for (int round = 0; round < 20; round++) {
            answers = items.stream().map(classifier::classify).toList();
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
