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
}
