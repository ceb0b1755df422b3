package org.copkit.tck.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.learning.LearningFixtures.aCompletion;
import static org.copkit.tck.learning.LearningFixtures.aUnit;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.Completions;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Completions}: one completion per member and unit, under any concurrency;
 * found by unit and member; a member's completions newest first; which of some units a member
 * completed.
 */
public abstract class CompletionsContract extends StorageContract {

  private final CommunityId community = CommunityId.random();
  private final MemberId ana = MemberId.of("ana");
  private final MemberId anaUpper = MemberId.of("Ana");
  private Completions completions;

  /** For subclasses. */
  protected CompletionsContract() {}

  @BeforeEach
  final void openPorts() {
    completions = eachCallInATransaction(Completions.class, storage -> storage.completions());
  }

  @Test
  void findsACompletionAsAddedForItsMemberOnly() {
    LearningUnit unit = aUnit(community, secondsAfterT0(0));
    Completion completion = aCompletion(unit, ana, secondsAfterT0(10));

    completions.add(completion);

    assertThat(completions.find(unit.id(), ana)).contains(completion);
    assertThat(completions.find(unit.id(), anaUpper)).as("member IDs compare exactly").isEmpty();
    assertThat(completions.find(LearningUnitId.random(), ana)).isEmpty();
  }

  @Test
  void keepsTheSourceOfACompletionAnLmsReported() {
    LearningUnit unit = aUnit(community, secondsAfterT0(0));
    Completion reported = new Completion(unit.id(), unit.community(), ana, secondsAfterT0(10), "moodle-4.3_cejfe");
    Completion own = aCompletion(unit, anaUpper, secondsAfterT0(20));

    completions.add(reported);
    completions.add(own);

    assertThat(completions.find(unit.id(), ana)).contains(reported);
    assertThat(completions.find(unit.id(), anaUpper).orElseThrow().source()).as("recorded by the member").isEmpty();
    assertThat(completions.ofMember(ana, org.copkit.api.shared.PageRequest.first(5)).items()).containsExactly(reported);
  }

  @Test
  void keepsOneCompletionPerMemberAndUnit() {
    LearningUnit unit = aUnit(community, secondsAfterT0(0));
    completions.add(aCompletion(unit, ana, secondsAfterT0(10)));

    assertConflict(ConflictException.Kind.DUPLICATE, () -> completions.add(aCompletion(unit, ana, secondsAfterT0(20))));
    completions.add(aCompletion(unit, anaUpper, secondsAfterT0(20)));
  }

  @Test
  void listsAMembersCompletionsNewestFirstAndSaysWhichUnitsTheyCompleted() {
    LearningUnit first = aUnit(community, secondsAfterT0(0));
    LearningUnit second = aUnit(community, secondsAfterT0(0));
    LearningUnit untouched = aUnit(community, secondsAfterT0(0));
    Completion early = aCompletion(first, ana, secondsAfterT0(10));
    Completion late = aCompletion(second, ana, secondsAfterT0(20));
    completions.add(early);
    completions.add(late);
    completions.add(aCompletion(untouched, anaUpper, secondsAfterT0(30)));

    assertThat(completions.ofMember(ana, PageRequest.first(10)).items()).containsExactly(late, early);
    assertThat(completions.ofMember(ana, PageRequest.first(1)).total()).isEqualTo(2);
    assertThat(completions.completedOf(ana, List.of(first.id(), untouched.id(), second.id())))
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(completions.completedOf(ana, List.of())).isEmpty();
  }
}
