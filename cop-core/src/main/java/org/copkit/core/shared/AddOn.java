package org.copkit.core.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copkit.api.shared.AddOnStats;

/**
 * One vendor's provider as the platform runs it: its name, read once when the platform was built,
 * and every call to it guarded the same way for all extension points. A call that throws, returns
 * {@code null} or an answer its extension point refuses is a failure; a call given a time budget
 * that outlasts it is late. Failures and late calls are counted, and reported in the log in one
 * shape: kind, name, class, call, cause with its stack trace. Wiring, not API.
 *
 * @param <T> the service interface
 */
public final class AddOn<T> {

  /** How many calls to one add-on may run past their budget at once; while that many do, calls are late at once. */
  static final int MAX_IN_FLIGHT = 4;

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int LATE = 2;

  private final String kind;
  private final String name;
  private final T provider;
  private final LongAdder calls = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder nanos = new LongAdder();
  /** Calls still running after their caller stopped waiting for them. */
  private final AtomicInteger lateInFlight = new AtomicInteger();

  AddOn(String kind, String name, T provider) {
    this.kind = kind;
    this.name = name;
    this.provider = provider;
  }

  /**
   * What a call came to. Sealed: an answer, a failure (already reported and counted), or late.
   *
   * @param <R> the answer's type
   */
  public sealed interface Result<R> {
    /**
     * The add-on answered in time, with an accepted answer.
     *
     * @param value the answer
     * @param <R> its type
     */
    record Answer<R>(R value) implements Result<R> {}

    /**
     * The add-on threw or answered something refused.
     *
     * @param cause why
     * @param <R> the answer's type
     */
    record Failed<R>(Throwable cause) implements Result<R> {}

    /**
     * The add-on did not answer within the budget (or was still busy with earlier late calls).
     *
     * @param <R> the answer's type
     */
    record Late<R>() implements Result<R> {}
  }

  /** @return the extension point, such as {@code "ranking-signal"} */
  public String kind() {
    return kind;
  }

  /** @return the name it gave when the platform was built */
  public String name() {
    return name;
  }

  /** @return the vendor's provider */
  public T provider() {
    return provider;
  }

  /** @return the provider's class name */
  public String className() {
    return provider.getClass().getName();
  }

  /**
   * Calls the add-on on this thread.
   *
   * @param call the method called, for the log
   * @param action the call
   * @param problem what is wrong with an answer, or null when it is accepted; never given null
   * @param <R> the answer's type
   * @return the answer, or the failure
   */
  public <R> Result<R> call(String call, Function<? super T, ? extends R> action, Function<? super R, String> problem) {
    calls.increment();
    long start = System.nanoTime();
    R answer;
    try {
      answer = action.apply(provider);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      return failed(call, e);
    } finally {
      nanos.add(System.nanoTime() - start);
    }
    return checked(call, answer, problem);
  }

  /**
   * Calls the add-on on the platform's add-on threads and waits at most {@code budget} for it. An
   * answer that comes late is handed to {@code late} when it is accepted, for next time.
   *
   * @param call the method called, for the log
   * @param budget how long to wait
   * @param action the call
   * @param problem what is wrong with an answer, or null when it is accepted; never given null
   * @param late takes an accepted answer that came too late
   * @param <R> the answer's type
   * @return the answer, the failure, or late
   */
  public <R> Result<R> callWithin(String call, Duration budget, Function<? super T, ? extends R> action,
      Function<? super R, String> problem, Consumer<? super R> late) {
    calls.increment();
    if (lateInFlight.get() >= MAX_IN_FLIGHT) {
      return late(call, budget, "still busy with " + MAX_IN_FLIGHT + " late calls");
    }
    CompletableFuture<R> future = new CompletableFuture<>();
    // RUNNING, then DONE when the call ends in time, or LATE once its caller stopped waiting
    AtomicInteger state = new AtomicInteger(RUNNING);
    try {
      AddOns.CALLS.execute(() -> {
        long start = System.nanoTime();
        R answer = null;
        Throwable thrown = null;
        try {
          answer = action.apply(provider);
        } catch (Throwable e) {
          thrown = e;
        }
        // counted before the caller (or the late consumer) has the answer, so that the counters
        // read after a call include it
        nanos.add(System.nanoTime() - start);
        if (!state.compareAndSet(RUNNING, DONE)) {
          lateInFlight.decrementAndGet();
        }
        if (thrown == null) {
          future.complete(answer);
        } else {
          future.completeExceptionally(thrown);
        }
      });
    } catch (RejectedExecutionException e) {
      return late(call, budget, "no thread to run it");
    }
    try {
      return checked(call, future.get(budget.toNanos(), TimeUnit.NANOSECONDS), problem);
    } catch (TimeoutException e) {
      if (state.compareAndSet(RUNNING, LATE)) {
        lateInFlight.incrementAndGet();
      }
      future.thenAccept(answer -> {
        if (answer != null && problem.apply(answer) == null) {
          late.accept(answer);
        }
      });
      return late(call, budget, "no answer");
    } catch (ExecutionException e) {
      return failed(call, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return late(call, budget, "interrupted");
    }
  }

  /**
   * Starts the add-on: not counted as a call, but a failure is reported as every failure is.
   *
   * @param start what to call
   * @return why it failed, or empty when it started
   */
  public java.util.Optional<Throwable> start(Consumer<? super T> start) {
    try {
      start.accept(provider);
      return java.util.Optional.empty();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      AddOns.report(kind, name, className(), "start", e);
      return java.util.Optional.of(e);
    }
  }

  /** @return the counters so far */
  public AddOnStats stats() {
    return new AddOnStats(kind, name, className(), calls.sum(), failures.sum(), timeouts.sum(),
        Duration.ofNanos(nanos.sum()));
  }

  private <R> Result<R> checked(String call, R answer, Function<? super R, String> problem) {
    if (answer == null) {
      return failed(call, new IllegalStateException(call + " returned null"));
    }
    String wrong;
    try {
      wrong = problem.apply(answer);
    } catch (RuntimeException e) {
      return failed(call, e);
    }
    if (wrong != null) {
      return failed(call, new IllegalStateException(call + " " + wrong));
    }
    return new Result.Answer<>(answer);
  }

  private <R> Result<R> failed(String call, Throwable cause) {
    failures.increment();
    AddOns.report(kind, name, className(), call, cause);
    return new Result.Failed<>(cause);
  }

  private <R> Result<R> late(String call, Duration budget, String why) {
    timeouts.increment();
    AddOns.reportLate(kind, name, className(), call, budget, why);
    return new Result.Late<>();
  }
}
