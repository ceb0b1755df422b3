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

/**
 * Runs one task per thread, all released at once by a latch, and fails with every thread's failure
 * when any failed. For contract tests of rules that must hold under real concurrency.
 */
public final class Race {

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

  /**
   * Runs the race.
   *
   * @param threads how many threads
   * @param runner what each does
   * @throws InterruptedException when interrupted while waiting
   */
  public static void run(int threads, Runner runner) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          runner.run(thread);
          return null;
        }));
      }
      start.countDown();
      AssertionError failure = null;
      for (Future<?> future : futures) {
        try {
          future.get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
          if (failure == null) {
            failure = new AssertionError("a thread of the race failed");
          }
          failure.addSuppressed(e.getCause() == null ? e : e.getCause());
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
