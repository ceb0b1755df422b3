package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real threads behind a latch: no lost engagement, and reads that stay consistent during writes. */
class FeedConcurrencyTest {

  private static final int THREADS = 8;

  private final FeedFixture fixture = new FeedFixture();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
  private final CommunityId community = fixture.community("practice", Visibility.OPEN);
  private final MemberId author = fixture.join(community, "author", Tier.CORE);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void concurrentEngagementIsNeverLost() throws Exception {
    ActivityId question = fixture.publish(fixture.activity(community, author, ActivityKind.QUESTION, 0, Audience.COMMUNITY));
    MemberId fan = fixture.join(community, "fan", Tier.PARTICIPANT);
    int perThread = 500;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Interaction.Kind kind = t % 2 == 0 ? Interaction.Kind.REACTED : Interaction.Kind.REPLIED;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  fixture.publishing().record(fan, new Interaction(question, kind));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }

    Explanation explanation = fixture.feed().explain(fan, question);
    int interactions = THREADS * perThread;
    assertThat(contribution(explanation, BuiltInSignal.ENGAGEMENT)).isCloseTo(Math.log1p(interactions), within(1e-12));
    assertThat(contribution(explanation, BuiltInSignal.AUTHOR_AFFINITY))
        .isCloseTo(FeedSettings.defaults().personal().authorAffinity() * Math.log1p(interactions), within(1e-12));
  }

  @Test
  void readersSeeConsistentPagesWhileWritersAppendAndEngage() throws Exception {
    MemberId reader = fixture.join(community, "reader", Tier.PARTICIPANT);
    List<ActivityId> seeded = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      seeded.add(fixture.post(community, author, i * 30L));
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    Future<?> writer =
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; i < 3_000; i++) {
                fixture.post(community, author, i % 5_000);
                fixture.publishing().record(reader, new Interaction(seeded.get(i % seeded.size()), Interaction.Kind.REACTED));
              }
              writing.set(false);
              return null;
            });
    List<Future<Integer>> readers = new ArrayList<>();
    for (int t = 0; t < THREADS - 1; t++) {
      readers.add(
          pool.submit(
              () -> {
                start.await();
                int pages = 0;
                while (writing.get() || pages < 10) {
                  FeedPage page = fixture.feed().feed(reader, FeedQuery.first(50));
                  assertThat(page.items()).hasSize(50);
                  assertThat(new HashSet<>(page.items())).hasSize(50);
                  assertThat(page.items()).extracting(FeedItem::rankedScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
                  pages++;
                }
                return pages;
              }));
    }
    start.countDown();
    writer.get();
    for (Future<Integer> future : readers) {
      assertThat(future.get()).isGreaterThanOrEqualTo(10);
    }
  }

  private static double contribution(Explanation explanation, BuiltInSignal signal) {
    return explanation.contributions().stream()
        .filter(c -> c.signal().equals(signal.signalName()))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
