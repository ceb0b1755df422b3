package org.copkit.core.learning;

import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.Wiring;

/** Assembles the learning use cases for {@code CopPlatform}. Wiring, not API. */
public final class LearningAssembly {

  private final LearningWork work;

  private LearningAssembly(LearningWork work) {
    this.work = work;
  }

  /**
   * @param wiring the platform's ports and clock
   * @param communities the community rules
   * @param frameworks the competence frameworks units and events align to
   * @return the assembly
   */
  public static LearningAssembly create(Wiring wiring, CommunityGate communities, Frameworks frameworks) {
    return new LearningAssembly(new LearningWork(wiring.storage(), communities, frameworks, wiring.events(),
        wiring.notifications(), wiring.clock()));
  }

  /** @return units, paths and completions */
  public Learning learning() {
    return new LearningService(work);
  }

  /** @return completions reported by learning management systems */
  public LmsCompletions lmsCompletions() {
    return new LmsCompletionsService(work);
  }

  /** @return the calendar of learning events */
  public LearningCalendar calendar() {
    return new CalendarService(work);
  }

  /** @return the reading use case */
  public LearningQueries queries() {
    return new LearningQueriesService(work);
  }
}
