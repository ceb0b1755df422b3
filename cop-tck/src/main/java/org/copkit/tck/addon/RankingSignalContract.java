package org.copkit.tck.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test kit's contract for a {@link RankingSignal}: extend it in the add-on's tests and return the
 * signal from {@link #signal()}. It checks the name, that every term is finite and within {@code
 * [-RankingSignal.MAX_TERM, RankingSignal.MAX_TERM]}, that {@code memberTerms} answers within the
 * platform's time budget once warm (a late answer is left out of the feed), and that the signal is
 * thread-safe (the same terms under concurrent requests as one by one).
 */
@ExtendWith(ReadableFailures.class)
public abstract class RankingSignalContract {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** @return the signal under test */
  protected abstract RankingSignal signal();

  /** @return members whose terms to ask for; by default a few made-up ones */
  protected List<MemberId> members() {
    return List.of(MemberId.of("marta"), MemberId.of("jordi"), MemberId.of("nobody-knows-me"));
  }

  /** @return the time budget the host gives the signal; by default the platform's default */
  protected Duration budget() {
    return Duration.ofMillis(AddOnInputs.DEFAULT_BUDGET_MILLIS);
  }

  /** @return activities as the platform publishes them, with tags and every kind */
  protected List<Activity> activities() {
    List<Activity> activities = new ArrayList<>();
    CommunityId community = CommunityId.of("0b7004c8-84ed-467a-9000-000000000001");
    for (ActivityKind kind : ActivityKind.values()) {
      activities.add(new Activity(ActivityId.random(), community, MemberId.of("marta"), kind, NOW, 0, 0, Set.of(),
          CopComponent.KNOW_HOW, Audience.COMMUNITY));
      activities.add(new Activity(ActivityId.random(), community, MemberId.of("jordi"), kind, NOW, 3, 7,
          Set.of("protocol", "mediacio"), CopComponent.PRODUCTION, Audience.CORE));
    }
    return activities;
  }

  @Test
  void itsNameIsValid() {
    assertThat(signal().name()).as("name()").isNotNull().matches(AddOnInputs.NAME);
  }

  @Test
  void activityTermsAreFiniteAndWithinRange() {
    RankingSignal signal = signal();
    for (Activity activity : activities()) {
      assertThat(signal.activityTerm(activity)).as("activityTerm of a %s", activity.kind())
          .isFinite().isBetween(-RankingSignal.MAX_TERM, RankingSignal.MAX_TERM);
    }
  }

  @Test
  void memberTermsAreGivenAndWithinRange() {
    RankingSignal signal = signal();
    for (MemberId member : members()) {
      MemberTerms terms = signal.memberTerms(member);
      assertThat(terms).as("memberTerms(%s)", member).isNotNull();
      // the record refuses terms out of range when it is made; what is left is each map's size
      assertThat(terms.byAuthor().size() + terms.byCommunity().size()).isLessThan(100_000);
    }
  }

  @Test
  void warmMemberTermsAnswerWithinTheBudget() {
    RankingSignal signal = signal();
    for (int warm = 0; warm < 50; warm++) {
      members().forEach(signal::memberTerms);
    }
    long[] nanos = new long[50];
    for (int i = 0; i < nanos.length; i++) {
      MemberId member = members().get(i % members().size());
      long start = System.nanoTime();
      signal.memberTerms(member);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    assertThat(Duration.ofNanos(nanos[nanos.length / 2])).as("median memberTerms time").isLessThan(budget());
  }

  @Test
  void concurrentRequestsGetTheSameTermsAsOneByOne() throws Exception {
    RankingSignal signal = signal();
    List<MemberTerms> alone = members().stream().map(signal::memberTerms).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<MemberTerms>>> together = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<MemberTerms>> run = () -> {
          List<MemberTerms> terms = List.of();
          for (int round = 0; round < 50; round++) {
            terms = members().stream().map(signal::memberTerms).toList();
            activities().forEach(signal::activityTerm);
          }
          return terms;
        };
        together.add(threads.submit(run));
      }
      for (Future<List<MemberTerms>> terms : together) {
        assertThat(terms.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
