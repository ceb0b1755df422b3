package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
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
 * Contract: a review item is decided exactly once. Sixteen e-moderators decide the same held post
 * at the same moment with the version they all read: one decision and one audit record are kept,
 * the post is published once (and reaches the feed once), and the other fifteen get a conflict.
 * And what moderation hides leaves the feed; what waits for a decision follows its thread to another
 * community. Runs the real use cases on the storage under test.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)},
 * with the platform's default moderation settings (one pre-moderated post per newcomer).
 */
@ExtendWith(ReadableFailures.class)
public abstract class DecisionConcurrencyContract {

  /** How many moderators decide at once. */
  protected static final int MODERATORS = 16;

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param administration granting roles
   * @param communityQueries reading communities and their audit trail
   * @param discussions posting
   * @param discussionQueries reading threads
   * @param moderation deciding
   * @param moderationQueries reading the queue
   * @param feed the members' feeds
   */
  public record UseCases(
      CommunityLifecycle lifecycle,
      Joining joining,
      MemberAdministration administration,
      CommunityQueries communityQueries,
      Discussions discussions,
      DiscussionQueries discussionQueries,
      Moderation moderation,
      ModerationQueries moderationQueries,
      Feed feed) {}

  /**
   * Builds the use cases on a fresh, empty storage.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private UseCases platform;

  @BeforeEach
  void buildPlatform() {
    for (int i = 0; i < MODERATORS + 1; i++) {
      MemberId id = MemberId.of("person-" + i);
      people.put(id, Person.active(id, "Person " + i, "Unit"));
    }
    people.put(MemberId.of("admin"), new Person(MemberId.of("admin"), "Admin", "IT", true, true));
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
  }

  @Test
  void sixteenModeratorsDecidingTheSameItemLeaveOneDecision() throws Exception {
    List<MemberId> moderators = new ArrayList<>();
    for (int i = 0; i < MODERATORS; i++) {
      moderators.add(MemberId.of("person-" + i));
    }
    MemberId newcomer = MemberId.of("person-" + MODERATORS);
    Community community = platform.lifecycle().create(moderators.get(0),
        new CommunityDetails("Arxius judicials", "Court archives", "", Visibility.OPEN));
    for (MemberId moderator : moderators.subList(1, MODERATORS)) {
      platform.joining().join(moderator, community.id(), "");
      platform.administration().grantRole(moderators.get(0), new ChangeRole(community.id(), moderator, Role.E_MODERATOR));
    }
    platform.joining().join(newcomer, community.id(), "");
    PostOutcome outcome = platform.discussions()
        .start(newcomer, StartThread.discussion(community.id(), "Digitalització", "Com digitalitzem els expedients antics?"));
    assertThat(outcome).as("a newcomer's first post is held").isInstanceOf(PostOutcome.Held.class);
    ReviewItem item = platform.moderationQueries().queue(moderators.get(0), community.id(), PageRequest.first(10))
        .items().get(0);
    AtomicInteger decided = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();

    Race.run(MODERATORS, thread -> {
      try {
        platform.moderation().decide(moderators.get(thread), new Decide(item.id(), item.version(), new Decision.Approve()));
        decided.incrementAndGet();
      } catch (ConflictException expected) {
        conflicts.incrementAndGet();
      }
    });

    assertThat(decided).as("Moderation.decide: a review item is decided once, however many decide it at once").hasValue(1);
    assertThat(conflicts).as("Moderation.decide: every other decision at the same version is a conflict").hasValue(MODERATORS - 1);
    long auditedDecisions = platform.communityQueries()
        .auditTrail(MemberId.of("admin"), community.id(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
        .filter(entry -> entry.action() == AuditAction.ITEM_DECIDED)
        .count();
    assertThat(auditedDecisions).as("one ITEM_DECIDED audit record").isEqualTo(1);
    assertThat(platform.moderationQueries().queue(moderators.get(0), community.id(), PageRequest.first(10)).items()).isEmpty();
    PostOutcome.Held held = (PostOutcome.Held) outcome;
    assertThat(platform.discussionQueries().thread(MemberId.of("admin"), held.thread().id(), PageRequest.first(10))
        .posts().items())
        .singleElement()
        .satisfies(view -> assertThat(view.post().state()).isEqualTo(PostState.PUBLISHED));
    assertThat(item.status()).isInstanceOf(ReviewStatus.Pending.class);
    assertThat(feedOf(newcomer)).as("the approved thread reaches the feed once").containsExactly(held.thread().id().value());
  }

  @Test
  void aThreadHiddenAfterMembersFlagsLeavesTheFeed() {
    MemberId founder = MemberId.of("person-0");
    Community community = platform.lifecycle().create(founder,
        new CommunityDetails("Oficines judicials", "Court offices", "", Visibility.OPEN));
    List<MemberId> flaggers = List.of(MemberId.of("person-1"), MemberId.of("person-2"), MemberId.of("person-3"));
    flaggers.forEach(member -> platform.joining().join(member, community.id(), ""));
    PostOutcome.Published published = (PostOutcome.Published) platform.discussions()
        .start(founder, StartThread.discussion(community.id(), "Horaris", "Quins horaris d'atenció teniu?"));
    assertThat(feedOf(flaggers.get(0))).containsExactly(published.thread().id().value());

    flaggers.forEach(member -> platform.moderation().flag(member, new RaiseFlag(community.id(),
        new ModerationSubject.OfPost(published.thread().openingPost()), FlagReason.INAPPROPRIATE, "")));

    assertThat(feedOf(flaggers.get(0))).as("hidden after three flags, retracted from the feed").isEmpty();
    assertThat(feedOf(founder)).isEmpty();
  }

  @Test
  void openReviewItemsAndTheirFlagsFollowAThreadMovedToAnotherCommunity() {
    MemberId founder = MemberId.of("person-0");
    MemberId newcomer = MemberId.of("person-1");
    MemberId admin = MemberId.of("admin");
    Community from = platform.lifecycle().create(founder,
        new CommunityDetails("Registre civil", "Civil registry", "", Visibility.OPEN));
    Community to = platform.lifecycle().create(founder,
        new CommunityDetails("Oficina judicial", "Court office", "", Visibility.OPEN));
    platform.joining().join(newcomer, from.id(), "");
    PostOutcome.Held held = (PostOutcome.Held) platform.discussions()
        .start(newcomer, StartThread.discussion(from.id(), "Cites prèvies", "Com gestioneu les cites?"));
    platform.moderation().flag(founder, new RaiseFlag(from.id(), new ModerationSubject.OfPost(held.post().id()),
        FlagReason.OFF_TOPIC, ""));
    ReviewItem queued = platform.moderationQueries().queue(founder, from.id(), PageRequest.first(10)).items().get(0);

    platform.discussions().move(admin, held.thread().id(), to.id(), "belongs to the court office");

    assertThat(platform.moderationQueries().queue(founder, from.id(), PageRequest.first(10)).items())
        .as("the old community's queue").isEmpty();
    ReviewItem moved = platform.moderationQueries().queue(founder, to.id(), PageRequest.first(10)).items().get(0);
    assertThat(moved.id()).isEqualTo(queued.id());
    assertThat(moved.community()).isEqualTo(to.id());
    assertThat(platform.moderationQueries().flags(founder, moved.id()))
        .singleElement().satisfies(flag -> assertThat(flag.community()).isEqualTo(to.id()));
    platform.moderation().decide(founder, new Decide(moved.id(), moved.version(), new Decision.Approve()));
    assertThat(platform.moderationQueries().queue(founder, to.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(platform.discussionQueries().thread(founder, held.thread().id(), PageRequest.first(10)).thread().state())
        .isEqualTo(PostState.PUBLISHED);
  }

  private List<java.util.UUID> feedOf(MemberId member) {
    return platform.feed().feed(member, FeedQuery.first(50)).items().stream().map(item -> item.activity().value()).toList();
  }
}
