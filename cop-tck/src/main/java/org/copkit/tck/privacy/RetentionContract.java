package org.copkit.tck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.RetentionSweep;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention through the platform: audit entries are kept for {@value #DAYS} days ({@code
 * audit-entry}); a sweep deletes those older, audits itself, returns what it removed, leaves what
 * members wrote as it was, and two nodes sweeping at once delete each entry once.
 *
 * <p>Extend it and build, in {@link #platform}, a platform on a fresh, empty storage with {@code
 * retention("audit-entry", Duration.ofDays(DAYS))}; {@link #audit} reads the storage's trail.
 */
@ExtendWith(ReadableFailures.class)
public abstract class RetentionContract {

  /** How long audit entries are kept. */
  protected static final int DAYS = 365;

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param discussions posting
   * @param discussionQueries reading threads
   * @param moderation setting the community's policy
   * @param privacy what is under test
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, Discussions discussions,
      DiscussionQueries discussionQueries, org.copkit.api.moderation.Moderation moderation, Privacy privacy) {}

  private UseCases platform;
  private CommunityId community;
  private org.copkit.api.discussion.ThreadId thread;

  /** For subclasses. */
  protected RetentionContract() {}

  /**
   * @param directory who the people are
   * @return the use cases of a platform on a fresh, empty storage, keeping audit entries {@value
   *     #DAYS} days
   */
  protected abstract UseCases platform(Directory directory);

  /**
   * @param scope an audit scope
   * @return the storage's audit entries of that scope, oldest first (at most 200)
   */
  protected abstract List<AuditEntry> audit(String scope);

  private static Directory directory() {
    Map<MemberId, Person> people = Stream.of(
            Person.active(JORDI, "Jordi Casals", "Mediació"),
            Person.active(LAIA, "Laia Pons", "Víctimes"))
        .collect(Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(people.get(id));
  }

  @BeforeEach
  final void writeTheScene() {
    platform = platform(directory());
    community = platform.lifecycle().create(JORDI, new CommunityDetails("Mediation", "Practice", "", Visibility.OPEN)).id();
    platform.moderation().configure(JORDI, community,
        new org.copkit.api.moderation.ModerationPolicy(0, 0.5, Duration.ZERO, 100, 100, 20, 100));
    platform.joining().join(LAIA, community, "hello");
    PostOutcome outcome = platform.discussions().start(LAIA, StartThread.discussion(community, "Circles", "How?"));
    thread = ((PostOutcome.Published) outcome).thread().id();
  }

  private List<String> posts() {
    return platform.discussionQueries().thread(JORDI, thread, PageRequest.first(50)).posts().items().stream()
        .map(view -> view.post().body()).toList();
  }

  @Test
  void keepsWhatIsYoungerThanItsPeriodAndAuditsTheSweep() {
    int before = audit(community.toString()).size();
    assertThat(before).isPositive();

    RetentionSweep sweep = platform.privacy().sweep(Instant.now());

    assertThat(sweep.removed()).containsEntry("audit-entry", 0L);
    assertThat(audit(community.toString())).hasSize(before);
    assertThat(audit("privacy")).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo(AuditAction.RETENTION_SWEPT);
      assertThat(entry.actor()).isEmpty();
      assertThat(entry.detail()).contains("audit-entry=0");
    });
  }

  @Test
  void deletesWhatIsOlderAndLeavesWhatMembersWrote() {
    int before = audit(community.toString()).size();
    List<String> posts = posts();
    Instant later = Instant.now().plus(Duration.ofDays(DAYS + 30));

    RetentionSweep sweep = platform.privacy().sweep(later);

    assertThat(sweep.removed().get("audit-entry")).isGreaterThanOrEqualTo(before);
    assertThat(sweep.total()).isEqualTo(sweep.removed().values().stream().mapToLong(Long::longValue).sum());
    assertThat(audit(community.toString())).isEmpty();
    assertThat(audit("privacy")).singleElement().satisfies(entry ->
        assertThat(entry.detail()).contains("audit-entry=" + sweep.removed().get("audit-entry")));
    assertThat(posts()).isEqualTo(posts);
    assertThat(platform.privacy().sweep(later).removed()).as("again").containsEntry("audit-entry", 1L);
  }

  @Test
  void nodesSweepingAtOnceDeleteEachEntryOnce() throws Exception {
    for (int i = 0; i < 10; i++) {
      platform.discussions().start(JORDI, StartThread.discussion(community, "Thread " + i, "Body " + i));
    }
    int before = audit(community.toString()).size();
    Instant later = Instant.now().plus(Duration.ofDays(DAYS + 30));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<RetentionSweep> sweeping = () -> platform.privacy().sweep(later);
      List<Future<RetentionSweep>> sweeps = pool.invokeAll(List.of(sweeping, sweeping));
      long removed = 0;
      for (Future<RetentionSweep> sweep : sweeps) {
        removed += sweep.get().removed().get("audit-entry");
      }
      assertThat(removed).isGreaterThanOrEqualTo(before);
      assertThat(audit(community.toString())).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> platform.privacy().sweep(null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("now"));
  }
}
