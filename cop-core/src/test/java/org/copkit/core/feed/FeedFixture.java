package org.copkit.core.feed;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.core.shared.Providers;
import org.copkit.core.shared.Wiring;

/**
 * A feed over the in-memory storage, with a hand-moved clock and helpers to set scenes up. Its
 * ranking signals are those given, then those discovered, as {@code CopPlatform} assembles them.
 */
final class FeedFixture {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  /** A platform administrator, a member of no community. */
  static final MemberId ADMINISTRATOR = MemberId.of("administrator");
  /** An administrator whose account is no longer active: no powers left. */
  static final MemberId FORMER_ADMINISTRATOR = MemberId.of("former-administrator");

  final InMemoryStorage storage = InMemoryStorage.create();
  final TestClock clock = new TestClock(START);
  final FeedAssembly module;

  FeedFixture() {
    this(FeedSettings.defaults(), List.of());
  }

  FeedFixture(FeedSettings settings, List<RankingSignal> signals) {
    Directory directory = InMemoryDirectory.of(new Person(ADMINISTRATOR, "Administrator", "IT", true, true),
        new Person(FORMER_ADMINISTRATOR, "Former administrator", "IT", false, true));
    module = FeedAssembly.create(
        new Wiring(storage, directory, storage.eventPublisher(), new InMemoryNotifications(), clock),
        settings, Stream.concat(signals.stream(), Providers.load(RankingSignal.class).stream()).toList());
  }

  Feed feed() {
    return module.feed();
  }

  ActivityPublishing publishing() {
    return module.publishing();
  }

  CommunityId community(String name, Visibility visibility) {
    return community(CommunityId.random(), name, visibility);
  }

  CommunityId community(CommunityId id, String name, Visibility visibility) {
    storage
        .communities()
        .add(new Community(id, name, "the domain of " + name, "", visibility, Stage.ACTIVE, member("founder"), START, START, 0));
    return id;
  }

  void archive(CommunityId id) {
    Community community = storage.communities().find(id).orElseThrow();
    storage.communities().update(community.withStage(Stage.ARCHIVED));
  }

  MemberId join(CommunityId community, String name, Tier tier, Role... roles) {
    MemberId member = member(name);
    Set<Role> held = EnumSet.of(Role.MEMBER);
    held.addAll(List.of(roles));
    storage.memberships().add(new Membership(community, member, tier, held, START, 0));
    return member;
  }

  static MemberId member(String name) {
    return MemberId.of(name);
  }

  /** Publishes a COMMUNITY-audience discussion by the author, created {@code ageSeconds} ago. */
  ActivityId post(CommunityId community, MemberId author, long ageSeconds, String... tags) {
    return publish(activity(community, author, ActivityKind.DISCUSSION, ageSeconds, Audience.COMMUNITY, tags));
  }

  ActivityId publish(Activity activity) {
    publishing().publish(activity.author(), activity);
    return activity.id();
  }

  Activity activity(
      CommunityId community, MemberId author, ActivityKind kind, long ageSeconds, Audience audience, String... tags) {
    return new Activity(
        ActivityId.random(),
        community,
        author,
        kind,
        clock.instant().minusSeconds(ageSeconds),
        0,
        0,
        Set.of(tags),
        CopComponent.KNOW_HOW,
        audience);
  }
}
