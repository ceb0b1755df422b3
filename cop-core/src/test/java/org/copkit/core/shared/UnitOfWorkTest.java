package org.copkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

/**
 * A command runs in one transaction with its effects after commit: a command that meets a stale
 * version runs again from the start, up to {@link UnitOfWork#MAX_ATTEMPTS} times, then gives up
 * with the conflict; any other failure is not retried; a command started inside another joins it;
 * effects run outside the command, and a command after a failed one on the same thread starts fresh.
 */
class UnitOfWorkTest {

  private final UnitOfWork unitOfWork = new UnitOfWork(InMemoryStorage.create().transactions());
  private final List<String> effects = new ArrayList<>();

  @Test
  void effectsRunOnlyAfterCommit() {
    String result = unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> effects.add("published"));
      assertThat(effects).as("not before commit").isEmpty();
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(effects).containsExactly("published");
  }

  @Test
  void aFailedCommandHasNoEffects() {
    assertThatThrownBy(() -> unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> effects.add("published"));
      throw new InvalidInputException("body", "must not be blank");
    })).isInstanceOf(InvalidInputException.class);

    assertThat(effects).isEmpty();
  }

  @Test
  void aRetriedCommandHasTheEffectsOfItsLastAttemptOnly() {
    AtomicInteger attempts = new AtomicInteger();

    unitOfWork.run(() -> {
      int attempt = attempts.incrementAndGet();
      UnitOfWork.afterCommit(() -> effects.add("attempt " + attempt));
      if (attempt < 3) {
        throw ConflictException.staleVersion("thread", 1);
      }
      return null;
    });

    assertThat(effects).containsExactly("attempt 3");
  }

  @Test
  void anAbortedCommandIsNotRetriedAndAFailingEffectDoesNotUndoTheCommand() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> unitOfWork.run(() -> {
      attempts.incrementAndGet();
      throw UnitOfWork.abort(ConflictException.staleVersion("post", 4));
    })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
    assertThat(attempts).hasValue(1);

    String result = unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> {
        throw new IllegalStateException("the feed is down");
      });
      UnitOfWork.afterCommit(() -> effects.add("still runs"));
      return "committed";
    });
    assertThat(result).isEqualTo("committed");
    assertThat(effects).containsExactly("still runs");
  }

  @Test
  void aCommandThatKeepsMeetingAStaleVersionRunsAtMostMaxAttemptsTimesThenGivesUpWithTheConflict() {
    AtomicInteger attempts = new AtomicInteger();
    ConflictException stale = ConflictException.staleVersion("thread", 1);

    assertThatThrownBy(() -> unitOfWork.run(() -> {
      attempts.incrementAndGet();
      UnitOfWork.afterCommit(() -> effects.add("published"));
      throw stale;
    })).isSameAs(stale);

    assertThat(attempts).hasValue(UnitOfWork.MAX_ATTEMPTS);
    assertThat(effects).isEmpty();
  }

  @Test
  void aCommandThatSucceedsAtItsLastAttemptStands() {
    AtomicInteger attempts = new AtomicInteger();

    String result = unitOfWork.run(() -> {
      if (attempts.incrementAndGet() < UnitOfWork.MAX_ATTEMPTS) {
        throw ConflictException.staleVersion("thread", 1);
      }
      return "committed";
    });

    assertThat(result).isEqualTo("committed");
    assertThat(attempts).hasValue(UnitOfWork.MAX_ATTEMPTS);
  }

  @Test
  void aConflictOtherThanAStaleVersionIsNotRetried() {
    for (ConflictException conflict : List.of(ConflictException.duplicate("membership"),
        ConflictException.rule("an archived community is read-only"))) {
      AtomicInteger attempts = new AtomicInteger();

      assertThatThrownBy(() -> unitOfWork.run(() -> {
        attempts.incrementAndGet();
        throw conflict;
      })).isSameAs(conflict);
      assertThat(attempts).as("%s", conflict.kind()).hasValue(1);
    }
  }

  @Test
  void aCommandStartedInsideAnotherJoinsItAndItsEffectsWaitForTheOuterCommit() {
    AtomicInteger outerAttempts = new AtomicInteger();
    AtomicInteger innerAttempts = new AtomicInteger();

    String result = unitOfWork.run(() -> {
      int attempt = outerAttempts.incrementAndGet();
      String inner = unitOfWork.run(() -> {
        innerAttempts.incrementAndGet();
        UnitOfWork.afterCommit(() -> effects.add("inner " + attempt));
        if (attempt == 1) {
          throw ConflictException.staleVersion("post", 2);
        }
        return "inner";
      });
      assertThat(effects).as("not before the outer command commits").isEmpty();
      return "outer with " + inner;
    });

    assertThat(result).isEqualTo("outer with inner");
    assertThat(outerAttempts).as("the inner command's conflict runs the outer one again").hasValue(2);
    assertThat(innerAttempts).hasValue(2);
    assertThat(effects).containsExactly("inner 2");
  }

  @Test
  void outsideACommandAnEffectRunsAtOnce() {
    UnitOfWork.afterCommit(() -> effects.add("at once"));

    assertThat(effects).containsExactly("at once");
  }

  @Test
  void effectsRunOutsideTheCommittedCommandSoThatACommandTheyStartIsItsOwn() {
    AtomicInteger attempts = new AtomicInteger();

    unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> {
        UnitOfWork.afterCommit(() -> effects.add("an effect's effect, at once"));
        effects.add(unitOfWork.run(() -> {
          if (attempts.incrementAndGet() == 1) {
            throw ConflictException.staleVersion("feed", 3);
          }
          UnitOfWork.afterCommit(() -> effects.add("its own effect"));
          return "its own command";
        }));
      });
      return null;
    });

    assertThat(effects).containsExactly("an effect's effect, at once", "its own effect", "its own command");
    assertThat(attempts).as("retried on its own").hasValue(2);
  }

  @Test
  void aCommandAfterAFailedOneOnTheSameThreadStartsFresh() {
    assertThatThrownBy(() -> unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> effects.add("failed"));
      throw new IllegalStateException("the storage is down");
    })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> unitOfWork.run(() -> {
      throw UnitOfWork.abort(ConflictException.staleVersion("post", 4));
    })).isInstanceOf(ConflictException.class);

    unitOfWork.run(() -> {
      UnitOfWork.afterCommit(() -> effects.add("committed"));
      assertThat(effects).as("its effects wait for its own commit").isEmpty();
      return null;
    });

    assertThat(effects).containsExactly("committed");
    UnitOfWork.afterCommit(() -> effects.add("outside"));
    assertThat(effects).containsExactly("committed", "outside");
  }
}
