package org.copkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.copkit.api.shared.AddOnStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard around every call to a vendor's add-on, as the extension points use it: every call
 * comes to an answer, a failure or late, never to nothing; a null answer, a throw, an answer the
 * extension point rejects and a rejection that itself throws are failures; an answer that comes late
 * is handed over for next time only when it is acceptable; while {@link AddOn#MAX_IN_FLIGHT} late
 * calls still run, the next call is late at once without running the add-on, and calls run again
 * once they end; an interrupted caller is not kept waiting and keeps its interrupt; and the counters
 * hold each call, failure, timeout and the time spent inside the add-on by the time the call returns.
 */
class AddOnTest {

  /** Generous: an answer that is not held back comes well within it, even on a busy machine. */
  private static final Duration GENEROUS = Duration.ofSeconds(30);
  /** Short: only calls the test holds back outlast it. */
  private static final Duration SHORT = Duration.ofMillis(10);

  /** A vendor's provider: answers what the test gives it, holding back while told to. */
  private static final class Vendor {
    final CountDownLatch release = new CountDownLatch(1);

    String answer(String given) {
      return given;
    }

    String heldBack(String given) {
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return given;
    }
  }

  private final Vendor vendor = new Vendor();
  private final AddOn<Vendor> addOn = new AddOn<>("ranking-signal", "probe", vendor);

  @AfterEach
  void releaseHeldBackCalls() {
    vendor.release.countDown();
  }

  /** Accepts any answer but "wrong"; throws on "throw". */
  private static String problem(String answer) {
    if (answer.equals("throw")) {
      throw new IllegalArgumentException("cannot judge " + answer);
    }
    return answer.equals("wrong") ? "gave a wrong answer" : null;
  }

  @Test
  void aCallOnThisThreadComesToItsAnswerOrToAFailureWithItsCause() {
    IllegalStateException down = new IllegalStateException("the vendor's service is down");

    assertThat(addOn.call("answer", v -> v.answer("fine"), AddOnTest::problem))
        .isEqualTo(new AddOn.Result.Answer<>("fine"));
    assertFailed(addOn.call("nothing", v -> v.answer(null), AddOnTest::problem), "nothing returned null");
    assertThat(addOn.call("down", v -> {
      throw down;
    }, AddOnTest::problem)).isEqualTo(new AddOn.Result.Failed<>(down));
    assertFailed(addOn.call("wrong", v -> v.answer("wrong"), AddOnTest::problem), "wrong gave a wrong answer");
    assertFailed(addOn.call("unjudged", v -> v.answer("throw"), AddOnTest::problem), "cannot judge throw");

    assertThat(addOn.stats()).satisfies(stats -> {
      assertThat(stats.calls()).isEqualTo(5);
      assertThat(stats.failures()).isEqualTo(4);
      assertThat(stats.timeouts()).isZero();
    });
  }

  @Test
  void aCallWithinABudgetThatEndsInTimeComesToItsAnswerOrToAFailureWithItsCause() {
    IllegalStateException down = new IllegalStateException("the vendor's service is down");

    assertThat(within("answer", v -> v.answer("fine"))).isEqualTo(new AddOn.Result.Answer<>("fine"));
    assertFailed(within("nothing", v -> v.answer(null)), "nothing returned null");
    assertThat(within("down", v -> {
      throw down;
    })).isEqualTo(new AddOn.Result.Failed<>(down));
    assertFailed(within("wrong", v -> v.answer("wrong")), "wrong gave a wrong answer");

    assertThat(addOn.stats()).satisfies(stats -> {
      assertThat(stats.calls()).isEqualTo(4);
      assertThat(stats.failures()).isEqualTo(3);
      assertThat(stats.timeouts()).isZero();
    });
  }

  @Test
  void aLateAnswerIsHandedOverForNextTimeOnlyWhenItIsAcceptable() throws InterruptedException {
    Queue<String> handed = new ConcurrentLinkedQueue<>();
    CountDownLatch judged = new CountDownLatch(2);
    CountDownLatch handedOver = new CountDownLatch(1);
    Function<String, String> judging = answer -> {
      judged.countDown();
      return problem(answer);
    };

    for (String late : new String[] {null, "wrong", "throw"}) {
      assertThat(addOn.callWithin("late", SHORT, v -> v.heldBack(late), judging, handed::add))
          .isInstanceOf(AddOn.Result.Late.class);
    }
    vendor.release.countDown();
    // the two answers that are not null are judged, then a later acceptable one is handed over
    assertThat(judged.await(30, TimeUnit.SECONDS)).isTrue();
    Vendor next = new Vendor();
    AddOn<Vendor> again = new AddOn<>("ranking-signal", "probe", next);
    try {
      assertThat(again.callWithin("late", SHORT, v -> v.heldBack("fine"), AddOnTest::problem, answer -> {
        handed.add(answer);
        handedOver.countDown();
      })).isInstanceOf(AddOn.Result.Late.class);
    } finally {
      next.release.countDown();
    }
    assertThat(handedOver.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(handed).as("a late null, a late rejected answer and one that cannot be judged are dropped")
        .containsExactly("fine");
    assertThat(addOn.stats().timeouts()).isEqualTo(3);
    assertThat(addOn.stats().failures()).as("a late answer is no failure: the call was counted late").isZero();
  }

  @Test
  void whileTheMostLateCallsStillRunTheNextIsLateAtOnceAndCallsRunAgainOnceTheyEnd() throws InterruptedException {
    CountDownLatch lateAnswers = new CountDownLatch(AddOn.MAX_IN_FLIGHT);
    // calls that end in time leave nothing running
    for (int i = 0; i < 3; i++) {
      assertThat(within("in time", v -> v.answer("fine"))).isInstanceOf(AddOn.Result.Answer.class);
    }
    for (int i = 0; i < AddOn.MAX_IN_FLIGHT; i++) {
      assertThat(addOn.callWithin("held back", SHORT, v -> v.heldBack("fine"), AddOnTest::problem,
          answer -> lateAnswers.countDown())).isInstanceOf(AddOn.Result.Late.class);
    }
    AtomicInteger ran = new AtomicInteger();

    // not held back, and a generous budget: only a call that does not run at all is late here
    assertThat(within("one more", v -> {
      ran.incrementAndGet();
      return v.answer("fine");
    })).isInstanceOf(AddOn.Result.Late.class);
    assertThat(ran).as("the add-on was not called").hasValue(0);

    vendor.release.countDown();
    assertThat(lateAnswers.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(within("after", v -> v.answer("fresh"))).isEqualTo(new AddOn.Result.Answer<>("fresh"));
    assertThat(addOn.stats()).satisfies(stats -> {
      assertThat(stats.calls()).isEqualTo(3 + AddOn.MAX_IN_FLIGHT + 2);
      assertThat(stats.timeouts()).isEqualTo(AddOn.MAX_IN_FLIGHT + 1);
      assertThat(stats.failures()).isZero();
    });
  }

  @Test
  void anInterruptedCallerIsNotKeptWaitingAndKeepsItsInterrupt() {
    Thread.currentThread().interrupt();
    AddOn.Result<String> result;
    boolean interrupted;
    try {
      result = within("interrupted", v -> v.heldBack("fine"));
    } finally {
      interrupted = Thread.interrupted();
    }

    assertThat(result).isInstanceOf(AddOn.Result.Late.class);
    assertThat(interrupted).as("the caller's interrupt is kept").isTrue();
    assertThat(addOn.stats().timeouts()).isOne();
  }

  @Test
  void theTimeSpentInsideTheAddOnIsCountedByTheTimeACallReturns() {
    long before = System.nanoTime();
    addOn.call("busy", v -> busy(v, 2), AddOnTest::problem);
    Duration once = addOn.stats().timeSpent();
    within("busy", v -> busy(v, 2));
    AddOnStats twice = addOn.stats();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - before);

    assertThat(once).isGreaterThanOrEqualTo(Duration.ofMillis(2));
    assertThat(twice.timeSpent()).isGreaterThanOrEqualTo(once.plusMillis(2))
        .as("no more than the calls took").isLessThanOrEqualTo(elapsed);
    assertThat(twice.calls()).isEqualTo(2);
  }

  /** Keeps the add-on busy for at least {@code millis}, then answers. */
  private static String busy(Vendor vendor, long millis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    return vendor.answer("done");
  }

  private AddOn.Result<String> within(String call, Function<Vendor, String> action) {
    return addOn.callWithin(call, GENEROUS, action, AddOnTest::problem, answer -> {});
  }

  private static void assertFailed(AddOn.Result<String> result, String message) {
    assertThat(result).isInstanceOfSatisfying(AddOn.Result.Failed.class,
        failed -> assertThat(failed.cause()).hasMessage(message));
  }
}
