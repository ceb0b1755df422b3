package org.copkit.api.analytics;

import java.time.Duration;
import java.time.Instant;
import org.copkit.api.community.Stage;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Whether a community is fading away, read from the community lifecycle: the community's last
 * meaningful activity ({@code Community.lastActivityAt}, which every published post moves) against
 * the platform's dormancy period ({@code CopPlatform.Builder#dormancyAfter}), at the platform
 * clock's time. The analytics only report it; {@code CommunityLifecycle.sweepDormant} is what puts
 * communities to sleep, and it picks exactly those that are {@link Due}. Sealed: awake, due,
 * asleep, or outside the cycle.
 */
public sealed interface Dormancy {

  /** @return the community's last meaningful activity */
  Instant lastActivityAt();

  /**
   * ACTIVE, with activity within the dormancy period.
   *
   * @param lastActivityAt the last meaningful activity
   * @param dueAt when it becomes due for sleep if nothing happens: {@code lastActivityAt + period}
   */
  record Awake(Instant lastActivityAt, Instant dueAt) implements Dormancy {
    /** Validates the instants. */
    public Awake {
      Validation.required("lastActivityAt", lastActivityAt);
      Validation.required("dueAt", dueAt);
      if (dueAt.isBefore(lastActivityAt)) {
        throw new InvalidInputException("dueAt", "must not be before lastActivityAt");
      }
    }
  }

  /**
   * ACTIVE, but quiet for longer than the dormancy period: the next dormancy sweep puts it to sleep.
   *
   * @param lastActivityAt the last meaningful activity
   * @param quietFor how long it has been quiet, longer than the period
   */
  record Due(Instant lastActivityAt, Duration quietFor) implements Dormancy {
    /** Validates the fields. */
    public Due {
      Validation.required("lastActivityAt", lastActivityAt);
      Validation.required("quietFor", quietFor);
      if (quietFor.isNegative()) {
        throw new InvalidInputException("quietFor", "must not be negative");
      }
    }
  }

  /**
   * DORMANT already; the next activity wakes it up.
   *
   * @param lastActivityAt the last meaningful activity
   */
  record Asleep(Instant lastActivityAt) implements Dormancy {
    /** Validates the instant. */
    public Asleep {
      Validation.required("lastActivityAt", lastActivityAt);
    }
  }

  /**
   * PROPOSED or ARCHIVED: not in the active ⇄ dormant cycle at all.
   *
   * @param stage the community's stage
   * @param lastActivityAt the last meaningful activity
   */
  record OutsideCycle(Stage stage, Instant lastActivityAt) implements Dormancy {
    /** Validates the fields. */
    public OutsideCycle {
      Validation.required("stage", stage);
      Validation.required("lastActivityAt", lastActivityAt);
      if (stage == Stage.ACTIVE || stage == Stage.DORMANT) {
        throw new InvalidInputException("stage", "must be PROPOSED or ARCHIVED, was " + stage);
      }
    }
  }
}
