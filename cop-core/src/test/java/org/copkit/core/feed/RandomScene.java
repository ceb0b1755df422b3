package org.copkit.core.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Interests;
import org.copkit.api.shared.MemberId;

/**
 * A random but reproducible platform: communities of every visibility (one with its own
 * half-life), members in random tiers and roles, thousands of activities over several blocks per
 * community, interactions of every kind, declared interests. Everything goes through a {@link
 * ReferenceFeed}, so the engine and the reference see the same history.
 */
final class RandomScene {

  static final int TAGS = 40;

  final FeedFixture fixture;
  final ReferenceFeed reference;
  final List<CommunityId> communities = new ArrayList<>();
  final List<MemberId> members = new ArrayList<>();
  private final Random random;

  RandomScene(long seed, FeedSettings settings, int activities) {
    random = new Random(seed);
    for (int c = 0; c < 5; c++) {
      communities.add(CommunityId.random());
    }
    FeedSettings tuned =
        settings.withCommunity(communities.get(1), settings.platform().withHalfLife(Duration.ofDays(30)));
    fixture = new FeedFixture(tuned, List.of());
    reference = new ReferenceFeed(fixture.publishing(), fixture.storage.memberships(), tuned);
    Visibility[] visibilities = {Visibility.OPEN, Visibility.CLOSED, Visibility.SECRET, Visibility.OPEN, Visibility.CLOSED};
    for (int c = 0; c < communities.size(); c++) {
      fixture.community(communities.get(c), "c" + c, visibilities[c]);
    }
    for (int m = 0; m < 30; m++) {
      MemberId member = FeedFixture.member("m" + m);
      members.add(member);
      for (CommunityId community : communities) {
        if (random.nextInt(3) > 0) {
          Tier tier = Tier.values()[random.nextInt(3)];
          Role role = tier == Tier.CORE && random.nextInt(4) == 0 ? Role.E_MODERATOR : random.nextInt(8) == 0 ? Role.EXPERT : Role.MEMBER;
          fixture.storage.memberships().add(new Membership(community, member, tier, Set.of(role), FeedFixture.START, 0));
        }
      }
    }
    for (int i = 0; i < activities; i++) {
      publishRandom();
    }
    for (MemberId member : members) {
      if (random.nextBoolean()) {
        reference.declareInterests(member, new Interests(tags(3), tags(2)));
      }
    }
    for (int i = 0; i < activities; i++) {
      interactRandom();
    }
    for (int i = 0; i < activities / 20; i++) {
      retractRandom();
    }
    for (int i = 0; i < activities / 100; i++) {
      List<ActivityId> retracted = reference.retracted();
      ActivityId id = retracted.get(random.nextInt(retracted.size()));
      reference.reinstate(FeedFixture.ADMINISTRATOR, id);
    }
  }

  /** Retracts a published activity, as its author (moderation's retractions are tested apart). */
  void retractRandom() {
    List<ActivityId> ids = reference.ids();
    ActivityId id = ids.get(random.nextInt(ids.size()));
    reference.retract(reference.activity(id).author(), id);
  }

  /** Publishes an activity by a random member who may write, created up to 60 days ago. */
  ActivityId publishRandom() {
    while (true) {
      CommunityId community = communities.get(random.nextInt(communities.size()));
      MemberId author = members.get(random.nextInt(members.size()));
      Membership membership = fixture.storage.memberships().find(community, author).orElse(null);
      if (membership == null || membership.tier() == Tier.OBSERVER) {
        continue;
      }
      Audience audience = membership.tier() == Tier.CORE && random.nextInt(4) == 0 ? Audience.CORE : Audience.COMMUNITY;
      ActivityKind kind = random.nextInt(4) == 0 ? ActivityKind.QUESTION : ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
      Activity activity =
          new Activity(
              ActivityId.random(), community, author, kind,
              fixture.clock.instant().minusSeconds(random.nextInt(60 * 86_400)),
              random.nextInt(4), random.nextInt(4), tags(random.nextInt(4)),
              CopComponent.values()[random.nextInt(4)], audience);
      reference.publish(author, activity);
      return activity.id();
    }
  }

  /** Records an interaction that its actor is allowed to make. */
  void interactRandom() {
    List<ActivityId> ids = reference.ids();
    while (true) {
      ActivityId id = ids.get(random.nextInt(ids.size()));
      Activity activity = reference.activity(id);
      MemberId actor = members.get(random.nextInt(members.size()));
      Membership membership = fixture.storage.memberships().find(activity.community(), actor).orElse(null);
      if (membership == null || activity.audience() == Audience.CORE && membership.tier() != Tier.CORE) {
        continue;
      }
      Interaction.Kind kind = Interaction.Kind.values()[random.nextInt(4)];
      if (kind == Interaction.Kind.ANSWERED && activity.kind() != ActivityKind.QUESTION) {
        kind = Interaction.Kind.REPLIED;
      }
      if (kind != Interaction.Kind.SEEN && membership.tier() == Tier.OBSERVER) {
        kind = Interaction.Kind.SEEN;
      }
      reference.record(actor, new Interaction(id, kind));
      return;
    }
  }

  private Set<String> tags(int count) {
    Set<String> tags = new HashSet<>();
    while (tags.size() < count) {
      tags.add("tag-" + random.nextInt(TAGS));
    }
    return tags;
  }
}
