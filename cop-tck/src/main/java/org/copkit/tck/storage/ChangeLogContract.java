package org.copkit.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ChangeLog}: changes come back in the order of commits, with increasing
 * sequences; a unit of work's changes are read all together or not at all, never when it rolls
 * back; a key is claimed once; and, under real concurrency, a reader that follows the log never
 * finds a change committed below a sequence it has read past.
 */
public abstract class ChangeLogContract extends StorageContract {

  private static final String TOPIC = "feed";

  /** For subclasses. */
  protected ChangeLogContract() {}

  private ChangeLog log() {
    return store().changeLog();
  }

  private List<Change> everything() {
    List<Change> all = new ArrayList<>();
    long last = 0;
    while (true) {
      long from = last;
      List<Change> batch = inTransaction(() -> log().after(from, 1000));
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch);
      last = batch.get(batch.size() - 1).sequence();
    }
  }

  private static List<String> bodies(List<Change> changes) {
    return changes.stream().map(Change::body).toList();
  }

  @Nested
  class Order {

    @Test
    void startsEmpty() {
      assertThat(inTransaction(() -> log().after(0, 10))).isEmpty();
    }

    @Test
    void keepsTheChangesOfOneUnitInTheOrderAppended() {
      inTransaction(() -> {
        log().append(TOPIC, "first");
        log().append("search", "second");
        log().append(TOPIC, "third");
      });

      List<Change> all = everything();

      assertThat(bodies(all)).containsExactly("first", "second", "third");
      assertThat(all).extracting(Change::topic).containsExactly(TOPIC, "search", TOPIC);
      assertThat(all).extracting(Change::key).containsOnly(Optional.empty());
      assertIncreasing(all);
      assertThat(all.get(0).sequence()).isPositive();
    }

    @Test
    void ordersUnitsByCommit() {
      for (int i = 0; i < 5; i++) {
        String body = "unit-" + i;
        inTransaction(() -> log().append(TOPIC, body));
      }

      assertThat(bodies(everything())).containsExactly("unit-0", "unit-1", "unit-2", "unit-3", "unit-4");
    }

    @Test
    void readsAfterASequenceAtMostMax() {
      inTransaction(() -> {
        for (int i = 0; i < 7; i++) {
          log().append(TOPIC, "c" + i);
        }
      });
      List<Change> all = everything();

      List<Change> firstThree = inTransaction(() -> log().after(0, 3));
      List<Change> afterThird = inTransaction(() -> log().after(all.get(2).sequence(), 3));
      List<Change> afterLast = inTransaction(() -> log().after(all.get(6).sequence(), 3));

      assertThat(firstThree).isEqualTo(all.subList(0, 3));
      assertThat(afterThird).isEqualTo(all.subList(3, 6));
      assertThat(afterLast).isEmpty();
    }

    @Test
    void keepsBodiesOfTheLongestLengthAndEveryPrintableCharacter() {
      StringBuilder printable = new StringBuilder();
      for (char c = 0x20; c <= 0x7e; c++) {
        printable.append(c);
      }
      String longest = "x".repeat(ChangeLog.MAX_BODY_LENGTH);
      String longestTopic = "t".repeat(ChangeLog.MAX_TOPIC_LENGTH);
      inTransaction(() -> {
        log().append(TOPIC, printable.toString());
        log().append(longestTopic, longest);
      });

      assertThat(bodies(everything())).containsExactly(printable.toString(), longest);
      assertThat(everything().get(1).topic()).isEqualTo(longestTopic);
    }

    @Test
    void refusesBadInputAndChangesNothing() {
      assertThatThrownBy(() -> inTransaction(() -> log().append(TOPIC, ""))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().append(TOPIC, "x".repeat(ChangeLog.MAX_BODY_LENGTH + 1))))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().append(TOPIC, "línia"))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().append(null, "x"))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().appendClaiming(TOPIC, "k".repeat(ChangeLog.MAX_KEY_LENGTH + 1), "x")))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().after(-1, 10))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().after(0, 0))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().after(0, ChangeLog.MAX_BATCH + 1)))
          .isInstanceOf(InvalidInputException.class);

      assertThat(everything()).isEmpty();
    }

    @Test
    void refusesANullListenerAndClosesASubscriptionTwiceHarmlessly() {
      assertThatThrownBy(() -> log().subscribe(null)).isInstanceOf(InvalidInputException.class);
      ChangeLog.Subscription subscription = log().subscribe(sequence -> { });
      subscription.close();
      subscription.close();
      inTransaction(() -> log().append(TOPIC, "after closing"));
      assertThat(bodies(everything())).containsExactly("after closing");
    }
  }

  @Nested
  class CommittedOnly {

    @Test
    void keepsNothingOfAUnitThatRollsBack() {
      assertThatThrownBy(() -> inTransaction(() -> {
        log().append(TOPIC, "lost");
        log().appendClaiming(TOPIC, "activity:lost", "lost too");
        throw new IllegalStateException("the use case failed after appending");
      })).isInstanceOf(IllegalStateException.class);
      inTransaction(() -> log().append(TOPIC, "kept"));

      assertThat(bodies(everything())).containsExactly("kept");
      assertThat(inTransaction(() -> log().claimed("activity:lost"))).isEmpty();
      assertThat(inTransaction(() -> log().appendClaiming(TOPIC, "activity:lost", "claimed again"))).isTrue();
    }

    /**
     * A reader in another thread, while a unit of work that appended is still open, reads all of
     * it (once it has committed, for storages that make readers wait) or none of it.
     */
    @Test
    void showsAUnitWhollyOrNotAtAll() throws Exception {
      CountDownLatch appended = new CountDownLatch(1);
      CountDownLatch read = new CountDownLatch(1);
      ExecutorService reader = Executors.newSingleThreadExecutor();
      try {
        Future<List<Change>> seen = reader.submit(() -> {
          appended.await();
          try {
            return inTransaction(() -> log().after(0, 10));
          } finally {
            read.countDown();
          }
        });
        inTransaction(() -> {
          log().append(TOPIC, "one");
          log().append(TOPIC, "two");
          appended.countDown();
          await(read, 300); // a storage that makes readers wait lets this time out
        });

        List<String> readBodies = bodies(seen.get(1, TimeUnit.MINUTES));
        assertThat(readBodies.isEmpty() || readBodies.equals(List.of("one", "two")))
            .as("a reader saw " + readBodies + ": all of the unit or nothing")
            .isTrue();
        assertThat(bodies(everything())).containsExactly("one", "two");
      } finally {
        reader.shutdownNow();
      }
    }
  }

  @Nested
  class Claims {

    @Test
    void claimsAKeyOnce() {
      boolean first = inTransaction(() -> log().appendClaiming(TOPIC, "activity:1", "published"));
      boolean second = inTransaction(() -> log().appendClaiming(TOPIC, "activity:1", "published again"));

      assertThat(first).isTrue();
      assertThat(second).isFalse();
      List<Change> all = everything();
      assertThat(bodies(all)).containsExactly("published");
      assertThat(all.get(0).key()).contains("activity:1");
      assertThat(inTransaction(() -> log().claimed("activity:1"))).contains(all.get(0));
      assertThat(inTransaction(() -> log().claimed("activity:2"))).isEmpty();
    }

    @Test
    void rewritesAChangeInPlaceAndMovesItsClaim() {
      inTransaction(() -> log().appendClaiming(TOPIC, "digest:laia:2026-W49", "sent to laia"));
      inTransaction(() -> log().append(TOPIC, "seen by laia"));
      List<Change> before = everything();

      inTransaction(() -> {
        log().rewrite(before.get(0).sequence(), Optional.of("digest:erased-1:2026-W49"), "sent to erased-1");
        log().rewrite(before.get(1).sequence(), Optional.empty(), "seen by erased-1");
      });

      List<Change> after = everything();
      assertThat(after).extracting(Change::sequence).containsExactly(before.get(0).sequence(), before.get(1).sequence());
      assertThat(after).extracting(Change::topic).containsOnly(TOPIC);
      assertThat(bodies(after)).containsExactly("sent to erased-1", "seen by erased-1");
      assertThat(inTransaction(() -> log().claimed("digest:laia:2026-W49"))).isEmpty();
      assertThat(inTransaction(() -> log().claimed("digest:erased-1:2026-W49"))).contains(after.get(0));
      assertThat(inTransaction(() -> log().appendClaiming(TOPIC, "digest:erased-1:2026-W49", "again"))).isFalse();
    }

    @Test
    void rewritesNothingOfAUnitThatRollsBackAndRefusesAnUnknownSequence() {
      inTransaction(() -> log().append(TOPIC, "seen by laia"));
      long sequence = everything().get(0).sequence();

      assertThatThrownBy(() -> inTransaction((Runnable) () -> {
        log().rewrite(sequence, Optional.empty(), "seen by erased-1");
        throw new IllegalStateException("rolled back");
      })).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> inTransaction(() -> log().rewrite(sequence + 1000, Optional.empty(), "x")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("sequence");
      assertThatThrownBy(() -> inTransaction(() -> log().rewrite(sequence, Optional.empty(), "\n")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("body");

      assertThat(bodies(everything())).containsExactly("seen by laia");
    }

    @Test
    void rewritesManyChangesAtOnceAsOneByOne() {
      int n = 2_500; // more than a JPA chunk of a thousand
      inTransaction(() -> {
        for (int i = 0; i < n; i++) {
          if (i % 3 == 0) {
            log().appendClaiming(TOPIC, "seen:laia:" + i, "seen " + i + " by laia");
          } else {
            log().append(TOPIC, "seen " + i + " by laia");
          }
        }
      });
      List<Change> before = everything();
      List<ChangeLog.Rewrite> rewrites = new java.util.ArrayList<>();
      for (Change c : before) {
        if (c.sequence() % 5 == 0) {
          continue; // left as it was
        }
        Optional<String> key = c.key().isEmpty() ? Optional.empty()
            : c.sequence() % 2 == 0 ? c.key() : Optional.of(c.key().get().replace("laia", "erased-1"));
        rewrites.add(new ChangeLog.Rewrite(c.sequence(), key, c.body().replace("laia", "erased-1")));
      }
      java.util.Collections.reverse(rewrites); // in any order

      inTransaction(() -> log().rewrite(rewrites));

      List<Change> after = everything();
      assertThat(after).extracting(Change::sequence).isEqualTo(before.stream().map(Change::sequence).toList());
      for (int i = 0; i < before.size(); i++) {
        Change was = before.get(i);
        Change is = after.get(i);
        if (was.sequence() % 5 == 0) {
          assertThat(is).isEqualTo(was);
          continue;
        }
        assertThat(is.body()).isEqualTo(was.body().replace("laia", "erased-1"));
        assertThat(is.topic()).isEqualTo(TOPIC);
        if (was.key().isPresent() && was.sequence() % 2 != 0) {
          String moved = was.key().get().replace("laia", "erased-1");
          assertThat(is.key()).contains(moved);
          assertThat(inTransaction(() -> log().claimed(was.key().get()))).as("the old key is free").isEmpty();
          assertThat(inTransaction(() -> log().claimed(moved))).contains(is);
        } else {
          assertThat(is.key()).isEqualTo(was.key());
        }
      }
      String freed = before.stream().filter(c -> c.key().isPresent() && c.sequence() % 5 != 0 && c.sequence() % 2 != 0)
          .findFirst().orElseThrow().key().get();
      assertThat(inTransaction(() -> log().appendClaiming(TOPIC, freed, "claimed again"))).isTrue();
    }

    @Test
    void rewritesNothingOfABatchWithAnUnknownOrRepeatedSequence() {
      inTransaction(() -> {
        log().append(TOPIC, "seen by laia");
        log().append(TOPIC, "reacted by laia");
      });
      List<Change> before = everything();
      long first = before.get(0).sequence();
      long second = before.get(1).sequence();

      assertThatThrownBy(() -> inTransaction(() -> log().rewrite(List.of(
          new ChangeLog.Rewrite(first, Optional.empty(), "seen by erased-1"),
          new ChangeLog.Rewrite(second + 1000, Optional.empty(), "x")))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("sequence");
      assertThatThrownBy(() -> inTransaction(() -> log().rewrite(List.of(
          new ChangeLog.Rewrite(first, Optional.empty(), "seen by erased-1"),
          new ChangeLog.Rewrite(first, Optional.empty(), "seen by erased-2")))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
      assertThatThrownBy(() -> new ChangeLog.Rewrite(first, Optional.empty(), "\n"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("body");
      assertThatThrownBy(() -> new ChangeLog.Rewrite(first, Optional.of(""), "x"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("key");

      assertThat(everything()).isEqualTo(before);
      inTransaction(() -> log().rewrite(List.of()));
      assertThat(everything()).isEqualTo(before);
    }

    @Test
    void letsOneOfManyConcurrentClaimantsWin() throws InterruptedException {
      int threads = 4;
      Race.rounds(8, threads, (round, thread) -> {
        String key = "activity:race-" + round;
        for (int attempt = 0; ; attempt++) {
          try {
            inTransaction(() -> log().appendClaiming(TOPIC, key, "by-" + thread));
            return;
          } catch (ConflictException e) {
            if (e.kind() != ConflictException.Kind.STALE_VERSION || attempt > 50) {
              throw e;
            }
          }
        }
      }, round -> {
        String key = "activity:race-" + round;
        List<Change> holding = everything().stream().filter(c -> c.key().equals(Optional.of(key))).toList();
        assertThat(holding).hasSize(1);
        assertThat(inTransaction(() -> log().claimed(key))).contains(holding.get(0));
      });
    }
  }

  @Nested
  class UnderConcurrency {

    /**
     * Writers in several threads commit changes while a reader follows the log from the last
     * sequence it read: at the end, what the reader collected is the whole log, none skipped.
     */
    @Test
    void neverLeavesAReaderBehindAGap() throws Exception {
      int writers = 4;
      int unitsEach = 40;
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger written = new AtomicInteger();
      ExecutorService readerThread = Executors.newSingleThreadExecutor();
      try {
        Future<List<Change>> followed = readerThread.submit(() -> {
          List<Change> collected = new ArrayList<>();
          long last = 0;
          boolean finalPass = false;
          while (true) {
            boolean done = !writing.get();
            long from = last;
            List<Change> batch = inTransaction(() -> log().after(from, 50));
            collected.addAll(batch);
            if (!batch.isEmpty()) {
              last = batch.get(batch.size() - 1).sequence();
            } else if (finalPass) {
              return collected;
            } else if (done) {
              finalPass = true;
            }
          }
        });
        Race.run(writers, thread -> {
          for (int unit = 0; unit < unitsEach; unit++) {
            int size = 1 + unit % 3;
            String prefix = "w" + thread + "-u" + unit + "-";
            inTransaction(() -> {
              for (int i = 0; i < size; i++) {
                log().append(TOPIC, prefix + i);
              }
            });
            written.addAndGet(size);
          }
        });
        writing.set(false);

        List<Change> collected = followed.get(2, TimeUnit.MINUTES);
        List<Change> all = everything();
        assertThat(all).hasSize(written.get());
        assertThat(collected).as("what the reader collected while following the log").isEqualTo(all);
        assertIncreasing(all);
        for (int thread = 0; thread < writers; thread++) {
          String prefix = "w" + thread + "-";
          List<String> own = bodies(all).stream().filter(b -> b.startsWith(prefix)).toList();
          assertThat(own).as("the changes of writer " + thread + " keep their order").isEqualTo(expectedOf(thread, unitsEach));
        }
      } finally {
        writing.set(false);
        readerThread.shutdownNow();
      }
    }

    private List<String> expectedOf(int thread, int units) {
      List<String> expected = new ArrayList<>();
      for (int unit = 0; unit < units; unit++) {
        for (int i = 0; i < 1 + unit % 3; i++) {
          expected.add("w" + thread + "-u" + unit + "-" + i);
        }
      }
      return expected;
    }
  }

  private static void assertIncreasing(List<Change> changes) {
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).sequence()).isGreaterThan(changes.get(i - 1).sequence());
    }
  }

  private static void await(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
