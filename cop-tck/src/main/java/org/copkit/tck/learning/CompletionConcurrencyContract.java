package org.copkit.tck.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Visibility;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LmsCompletion;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: a unit is completed once per member however many record it at once: the member
 * themselves and a learning management system's connector, sending its report again, race on the
 * real use cases; every caller gets the one completion that was stored, and the member has exactly
 * one.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)},
 * with the system clock.
 */
@ExtendWith(ReadableFailures.class)
public abstract class CompletionConcurrencyContract {

  /** How many threads act at once. */
  protected static final int THREADS = 12;

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param learning publishing and completing units
   * @param lms completions an LMS reports
   * @param queries reading completions
   */
  public record UseCases(CommunityLifecycle lifecycle, Learning learning, LmsCompletions lms, LearningQueries queries) {}

  /**
   * Builds the use cases on a fresh, empty storage, with communities activated at once.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId connector = person("lms-connector");
  private UseCases platform;

  /** For subclasses. */
  protected CompletionConcurrencyContract() {}

  private MemberId person(String id) {
    MemberId memberId = MemberId.of(id);
    people.put(memberId, Person.active(memberId, "Person " + id, "Unit"));
    return memberId;
  }

  @BeforeEach
  void buildPlatform() {
    for (int i = 0; i < 4; i++) {
      person("learner" + i);
    }
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
  }

  @Test
  void theMemberAndAnLmsReportingAgainAndAgainAtOnceLeaveOneCompletionEachCallerSees() throws Exception {
    Community community = platform.lifecycle()
        .create(connector, new CommunityDetails("Formació", "Training", "", Visibility.OPEN));
    LearningUnit unit = platform.learning().publish(connector, new PublishUnit(community.id(), "Mòdul 1",
        "El primer mòdul del curs", UnitFormat.TEXT, "", 30, Set.of()));
    Instant reportedAt = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<MemberId> learners = List.of(MemberId.of("learner0"), MemberId.of("learner1"), MemberId.of("learner2"),
        MemberId.of("learner3"));
    Map<Integer, Completion> seen = new ConcurrentHashMap<>();

    Race.run(THREADS, thread -> {
      MemberId learner = learners.get(thread % learners.size());
      seen.put(thread, thread % 3 == 0
          ? platform.learning().complete(learner, unit.id())
          : platform.lms().record(connector, new LmsCompletion(unit.id(), learner, reportedAt, "moodle")));
    });

    for (MemberId learner : learners) {
      List<Completion> stored = platform.queries().completions(learner, PageRequest.first(10)).items();
      assertThat(stored).as(learner.value()).hasSize(1);
      assertThat(seen.entrySet()).filteredOn(e -> learners.get(e.getKey() % learners.size()).equals(learner))
          .extracting(Map.Entry::getValue).as("every caller got the completion that was stored")
          .containsOnly(stored.get(0));
    }
  }
}
