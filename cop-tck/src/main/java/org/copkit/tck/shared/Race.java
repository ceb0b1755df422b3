package org.copkit.tck.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task per thread, all released at once by a latch, and fails when any failed, with the
 * first failure as its cause and in its message (the others are attached as suppressed). For
 * contract tests of rules that must hold under real concurrency.
 *
 * <p>A race that looks for a lost write runs {@linkplain #rounds many rounds}: on a machine with
 * two cores the threads of one round overlap only now and then, so one round may pass against an
 * adapter that is wrong.
 */
public final class Race {

  /** How long a round may take before the race fails as stuck. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private Race() {}

  /** One thread's part of a race. */
  @FunctionalInterface
  public interface Runner {
    /**
     * @param thread the thread's number, from 0
     * @throws Exception anything, reported as a failure of the race
     */
    void run(int thread) throws Exception;
  }

  /** One thread's part of one round. */
  @FunctionalInterface
  public interface RoundRunner {
    /**
     * @param round the round's number, from 0
     * @param thread the thread's number, from 0
     * @throws Exception anything, reported as a failure of the race
     */
    void run(int round, int thread) throws Exception;
  }

  /** What is checked once every thread of a round has finished. */
  @FunctionalInterface
  public interface RoundCheck {
    /**
     * @param round the round's number, from 0
     * @throws Exception anything, reported as a failure of the race
     */
    void check(int round) throws Exception;
  }

  /**
   * Runs the race once.
   *
   * @param threads how many threads
   * @param runner what each does
   * @throws InterruptedException when interrupted while waiting
   */
  public static void run(int threads, Runner runner) throws InterruptedException {
    rounds(1, threads, (round, thread) -> runner.run(thread), round -> {});
  }

  /**
   * Runs the race {@code rounds} times on one pool of threads, checking after each round.
   *
   * @param rounds how many rounds
   * @param threads how many threads in each
   * @param runner what each thread does in a round
   * @param afterEach what must hold after every round; its failure names the round
   * @throws InterruptedException when interrupted while waiting
   */
  public static void rounds(int rounds, int threads, RoundRunner runner, RoundCheck afterEach)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r < rounds; r++) {
        int round = r;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            start.await();
            runner.run(round, thread);
            return null;
          }));
        }
        start.countDown();
        AssertionError failure = null;
        for (int t = 0; t < threads; t++) {
          Throwable cause = outcome(futures.get(t));
          if (cause == null) {
            continue;
          }
          if (failure == null) {
            failure = new AssertionError(
                "thread " + t + " of " + threads + (rounds > 1 ? " in round " + round : "") + " failed: " + cause, cause);
          } else {
            failure.addSuppressed(cause);
          }
        }
        if (failure != null) {
          throw failure;
        }
        try {
          afterEach.check(round);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError((rounds > 1 ? "after round " + round + " of " + rounds + ": " : "") + e.getMessage(), e);
        } catch (Exception e) {
          throw new AssertionError("after round " + round + ": " + e, e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Throwable outcome(Future<?> future) throws InterruptedException {
    try {
      future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause() == null ? e : e.getCause();
    } catch (TimeoutException e) {
      future.cancel(true);
      return new AssertionError("did not finish in " + PATIENCE + " (a deadlock, or a lock never released?)");
    }
  }
}
