package org.copkit.benchmarks.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Interests;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.copkit.core.feed.FeedAssembly;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.core.shared.Wiring;

/**
 * A reproducible platform for the feed benchmarks (fixed seed, fixed clock):
 *
 * <ul>
 *   <li><b>W1</b>: every activity visible to the reader (a CORE member of all 16 communities of
 *       10,000 members); affinity by author and relevance by tag; no seen-suppression, no
 *       diversity.
 *   <li><b>W2</b>: 300 communities of Zipf-distributed size and 100,000 members; the reader
 *       belongs to 8 communities (CORE in 2), has seen 2,000 recent activities and answered 20
 *       questions; visibility, seen-suppression and diversity on.
 * </ul>
 *
 * <p>Activities span the year before {@link #NOW}, are published in time order, carry 0 to 4 of
 * 64 tags, log-normal engagement, and 10 % of the CORE members' are for the CORE tier only. The
 * reader reacted 5 times to each of 60 favourite authors' activities and declared 6 interests.
 */
final class FeedWorkload {

  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  static final int K = 50;
  static final Duration SHORT_HALF_LIFE = Duration.ofHours(72);
  private static final long SEED = 42;
  private static final int TAGS = 64;
  private static final MemberId READER = MemberId.of("reader");

  /** The two workloads of the feed's issue. */
  enum Shape {
    W1(16, 10_000, 16, 16),
    W2(300, 100_000, 8, 2);

    final int communities;
    final int members;
    final int readerCommunities;
    final int readerCoreCommunities;

    Shape(int communities, int members, int readerCommunities, int readerCoreCommunities) {
      this.communities = communities;
      this.members = members;
      this.readerCommunities = readerCommunities;
      this.readerCoreCommunities = readerCoreCommunities;
    }
  }

  final Shape shape;
  final FeedSettings settings;
  final List<FeedEntry> entries;
  final Reader reader;
  private final List<Community> communities;
  private final List<Membership> memberships;
  private final List<Activity> published;
  private final List<Interaction> interactions;
  private final Interests interests;

  private FeedWorkload(
      Shape shape,
      FeedSettings settings,
      List<FeedEntry> entries,
      Reader reader,
      List<Community> communities,
      List<Membership> memberships,
      List<Activity> published,
      List<Interaction> interactions,
      Interests interests) {
    this.shape = shape;
    this.settings = settings;
    this.entries = entries;
    this.reader = reader;
    this.communities = communities;
    this.memberships = memberships;
    this.published = published;
    this.interactions = interactions;
    this.interests = interests;
  }

  /**
   * Generates a workload.
   *
   * @param shape W1 or W2
   * @param size how many activities
   * @param halfLife the platform's half-life
   * @return the workload
   */
  static FeedWorkload generate(Shape shape, int size, Duration halfLife) {
    return new Generator(shape, size, halfLife).workload();
  }

  /** @return a new feed engine holding the workload, loaded through the public ports */
  FeedAssembly loadEngine() {
    InMemoryStorage storage = InMemoryStorage.create();
    communities.forEach(storage.communities()::add);
    memberships.forEach(storage.memberships()::add);
    FeedAssembly module = FeedAssembly.create(
        new Wiring(storage, InMemoryDirectory.of(), storage.eventPublisher(), new InMemoryNotifications(),
            Clock.fixed(NOW, ZoneOffset.UTC)),
        settings, List.of(), Duration.ofMillis(CopPlatform.Builder.DEFAULT_RANKING_SIGNAL_BUDGET_MILLIS), Optional.empty(),
        // The reader's whole seen list, which W2 makes longer (2,000) than a profile keeps by default.
        Math.max(FeedAssembly.DEFAULT_SEEN_LIMIT, interactions.size()));
    published.forEach(activity -> module.publishing().publish(activity.author(), activity));
    interactions.forEach(interaction -> module.publishing().record(READER, interaction));
    module.publishing().declareInterests(READER, interests);
    return module;
  }

  /**
   * The reader's visible activities only, ranked as in W1 (the reader in the CORE tier of all
   * their communities, no seen-suppression, no diversity): the scan that W2's feed is held to.
   *
   * @return the workload
   */
  FeedWorkload visibleAsW1() {
    Set<CommunityId> visible = reader.tiers().keySet();
    List<Membership> kept = new ArrayList<>();
    for (Membership membership : memberships) {
      if (visible.contains(membership.community())) {
        kept.add(membership.member().equals(READER) ? membership.withTier(Tier.CORE) : membership);
      }
    }
    List<Activity> activities = new ArrayList<>();
    List<FeedEntry> visibleEntries = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (reader.maySee(entries.get(i))) {
        activities.add(published.get(i));
        visibleEntries.add(entries.get(i));
      }
    }
    Map<CommunityId, Tier> core = new HashMap<>();
    visible.forEach(c -> core.put(c, Tier.CORE));
    List<Interaction> engagement =
        interactions.stream().filter(i -> i.kind() != Interaction.Kind.SEEN).toList();
    Reader asW1 =
        new Reader(READER, core, reader.byAuthor(), reader.byCommunity(), Set.of(), reader.interests(), reader.expertise());
    return new FeedWorkload(
        Shape.W1,
        settings.withPersonal(settings.personal().withoutDiversity()),
        visibleEntries,
        asW1,
        communities,
        kept,
        activities,
        engagement,
        interests);
  }

  /** Draws the workload from one seeded random sequence. */
  private static final class Generator {

    private final Random random = new Random(SEED);
    private final Shape shape;
    private final int size;
    private final Duration halfLife;

    Generator(Shape shape, int size, Duration halfLife) {
      this.shape = shape;
      this.size = size;
      this.halfLife = halfLife;
    }

    FeedWorkload workload() {
      List<Community> communities = new ArrayList<>();
      double[] cumulative = new double[shape.communities];
      double total = 0;
      for (int c = 0; c < shape.communities; c++) {
        communities.add(
            new Community(
                new CommunityId(uuid()), "community " + c, "practice " + c, "", Visibility.values()[c % 3],
                Stage.ACTIVE, MemberId.of("m0"), NOW.minus(Duration.ofDays(800)), NOW, 0));
        total += 1.0 / (c + 1);
        cumulative[c] = total;
      }
      List<Membership> memberships = new ArrayList<>();
      List<List<Membership>> writers = new ArrayList<>();
      for (int c = 0; c < shape.communities; c++) {
        int count = Math.max(20, (int) (2.0 * shape.members * (1.0 / (c + 1)) / total));
        Set<MemberId> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
          drawn.add(MemberId.of("m" + random.nextInt(shape.members)));
        }
        List<Membership> canWrite = new ArrayList<>();
        int rank = 0;
        for (MemberId member : drawn) {
          Membership membership = membership(communities.get(c).id(), member, rank++);
          memberships.add(membership);
          if (membership.tier() != Tier.OBSERVER) {
            canWrite.add(membership);
          }
        }
        writers.add(canWrite);
      }
      Map<CommunityId, Tier> readerTiers = new HashMap<>();
      for (int r = 0; r < shape.readerCommunities; r++) {
        int c = shape == Shape.W1 ? r : (3 << r) % shape.communities;
        Tier tier = r < shape.readerCoreCommunities ? Tier.CORE : Tier.PARTICIPANT;
        readerTiers.put(communities.get(c).id(), tier);
        memberships.add(Membership.of(communities.get(c).id(), READER, tier, NOW.minus(Duration.ofDays(900))));
      }

      int[] seconds = new int[size];
      for (int i = 0; i < size; i++) {
        seconds[i] = random.nextInt(365 * 86_400);
      }
      Arrays.sort(seconds);
      List<Activity> activities = new ArrayList<>(size);
      boolean[] authorRole = new boolean[size];
      for (int i = 0; i < size; i++) {
        int c = Math.min(shape.communities - 1, -Arrays.binarySearch(cumulative, random.nextDouble() * total) - 1);
        List<Membership> candidates = writers.get(c);
        Membership author = candidates.get((int) (candidates.size() * Math.pow(random.nextDouble(), 3)));
        authorRole[i] = author.has(Role.E_MODERATOR) || author.has(Role.EXPERT);
        ActivityKind kind =
            random.nextInt(100) < 15 ? ActivityKind.QUESTION : ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
        Audience audience = author.tier() == Tier.CORE && random.nextInt(10) == 0 ? Audience.CORE : Audience.COMMUNITY;
        activities.add(
            new Activity(
                new ActivityId(uuid()), author.community(), author.member(), kind,
                NOW.minusSeconds(365 * 86_400 - seconds[i]), engagement(), engagement(), tags(random.nextInt(5)),
                CopComponent.values()[random.nextInt(4)], audience));
      }
      return withReader(communities, memberships, activities, authorRole, readerTiers);
    }

    private FeedWorkload withReader(
        List<Community> communities,
        List<Membership> memberships,
        List<Activity> activities,
        boolean[] authorRole,
        Map<CommunityId, Tier> tiers) {
      int[] replies = activities.stream().mapToInt(Activity::replies).toArray();
      int[] reactions = activities.stream().mapToInt(Activity::reactions).toArray();
      boolean[] open = new boolean[activities.size()];
      List<Integer> visible = new ArrayList<>();
      Map<MemberId, List<Integer>> byAuthor = new HashMap<>();
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        open[i] = a.kind() == ActivityKind.QUESTION;
        Tier tier = tiers.get(a.community());
        if (tier != null && (a.audience() == Audience.COMMUNITY || tier == Tier.CORE)) {
          visible.add(i);
          byAuthor.computeIfAbsent(a.author(), x -> new ArrayList<>()).add(i);
        }
      }
      Map<MemberId, Integer> authorCounts = new HashMap<>();
      Map<CommunityId, Integer> communityCounts = new HashMap<>();
      Set<ActivityId> seen = new HashSet<>();
      Set<String> expertise = new HashSet<>();
      List<Interaction> interactions = new ArrayList<>();
      List<MemberId> authors = new ArrayList<>(byAuthor.keySet());
      authors.sort(null);
      for (int f = 0; f < 60 && !authors.isEmpty(); f++) {
        List<Integer> theirs = byAuthor.get(authors.get(random.nextInt(authors.size())));
        for (int r = 0; r < 5; r++) {
          int i = theirs.get(random.nextInt(theirs.size()));
          reactions[i]++;
          authorCounts.merge(activities.get(i).author(), 1, Integer::sum);
          communityCounts.merge(activities.get(i).community(), 1, Integer::sum);
          interactions.add(new Interaction(activities.get(i).id(), Interaction.Kind.REACTED));
        }
      }
      if (shape == Shape.W2) {
        int recent = Math.min(visible.size(), 4_000);
        for (int s = 0; s < Math.min(2_000, recent); s++) {
          ActivityId id = activities.get(visible.get(visible.size() - 1 - random.nextInt(recent))).id();
          if (seen.add(id)) {
            interactions.add(new Interaction(id, Interaction.Kind.SEEN));
          }
        }
        for (int q = 0, tries = 0; q < 20 && tries < 10_000; tries++) {
          int i = visible.get(random.nextInt(visible.size()));
          if (open[i]) {
            open[i] = false;
            replies[i]++;
            expertise.addAll(activities.get(i).tags());
            authorCounts.merge(activities.get(i).author(), 1, Integer::sum);
            communityCounts.merge(activities.get(i).community(), 1, Integer::sum);
            interactions.add(new Interaction(activities.get(i).id(), Interaction.Kind.ANSWERED));
            q++;
          }
        }
      }
      Interests interests = new Interests(tags(4), tags(2));
      Set<String> interestTags = new HashSet<>(interests.competences());
      interestTags.addAll(interests.learningGoals());
      List<FeedEntry> entries = new ArrayList<>(activities.size());
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        entries.add(
            new FeedEntry(
                a.id(), a.community(), a.author(), a.createdAt(), replies[i], reactions[i], a.tags(),
                a.audience() == Audience.CORE, open[i], authorRole[i]));
      }
      PersonalWeights personal =
          shape == Shape.W1 ? PersonalWeights.defaults().withoutDiversity() : PersonalWeights.defaults();
      FeedSettings settings =
          new FeedSettings(CommunityRanking.defaults().withHalfLife(halfLife), Map.of(), personal);
      Reader reader =
          new Reader(READER, Map.copyOf(tiers), Map.copyOf(authorCounts), Map.copyOf(communityCounts), Set.copyOf(seen),
              Set.copyOf(interestTags), Set.copyOf(expertise));
      return new FeedWorkload(shape, settings, entries, reader, communities, memberships, activities, interactions, interests);
    }

    private Membership membership(CommunityId community, MemberId member, int rank) {
      Instant joined = NOW.minus(Duration.ofDays(900));
      if (rank < 2) {
        return new Membership(community, member, Tier.CORE, EnumSet.of(Role.E_MODERATOR), joined, 0);
      }
      if (rank < 5) {
        return new Membership(community, member, Tier.PARTICIPANT, EnumSet.of(Role.EXPERT), joined, 0);
      }
      int roll = random.nextInt(10);
      Tier tier = roll < 2 ? Tier.CORE : roll < 8 ? Tier.PARTICIPANT : Tier.OBSERVER;
      return Membership.of(community, member, tier, joined);
    }

    private int engagement() {
      return (int) Math.min(5_000, Math.exp(random.nextGaussian() * 1.3));
    }

    private Set<String> tags(int count) {
      Set<String> tags = new HashSet<>();
      while (tags.size() < count) {
        tags.add("tag-" + (int) (TAGS * Math.pow(random.nextDouble(), 2)));
      }
      return tags;
    }

    private UUID uuid() {
      return new UUID(random.nextLong(), random.nextLong());
    }
  }
}
