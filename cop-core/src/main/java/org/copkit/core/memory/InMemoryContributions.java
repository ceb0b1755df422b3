package org.copkit.core.memory;

import static java.util.stream.Collectors.groupingBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * {@link Contributions} on the in-memory storage. Each community's published posts and questions
 * are kept as a {@link ContributionLog} (parallel arrays in time order), rebuilt when the
 * community's posts or threads have changed since; a window's posts and questions are then one
 * contiguous range of it, found by binary search and read sequentially. Memberships are read when
 * the call runs, once per author and community.
 */
final class InMemoryContributions implements Contributions {

  private static final Comparator<MemberTally> BY_MEMBER = Comparator.comparing(MemberTally::member);

  private final InMemoryPosts posts;
  private final InMemoryThreads threads;
  private final InMemoryMemberships memberships;
  private final Map<CommunityId, ContributionLog> logs = new ConcurrentHashMap<>();

  InMemoryContributions(InMemoryPosts posts, InMemoryThreads threads, InMemoryMemberships memberships) {
    this.posts = posts;
    this.threads = threads;
    this.memberships = memberships;
  }

  @Override
  public Map<Window, Map<Tier, Long>> members(Scope scope, Set<Window> windows) {
    Map<Window, Map<Tier, Long>> members = new HashMap<>();
    if (scope instanceof Scope.OfCommunity one) {
      Map<Tier, Instant[]> joined = new EnumMap<>(Tier.class);
      memberships.of(one.community()).collect(groupingBy(Membership::tier))
          .forEach((tier, ofTier) -> joined.put(tier, ofTier.stream().map(Membership::joinedAt).sorted().toArray(Instant[]::new)));
      for (Window window : windows) {
        Map<Tier, Long> counts = zeroPerTier();
        joined.forEach((tier, times) -> counts.put(tier, (long) countBefore(times, window.to())));
        members.put(window, counts);
      }
    } else {
      Map<MemberId, List<Membership>> people = people();
      for (Window window : windows) {
        Map<Tier, Long> counts = zeroPerTier();
        people.values().forEach(held -> closestTier(held, window.to()).ifPresent(tier -> counts.merge(tier, 1L, Long::sum)));
        members.put(window, counts);
      }
    }
    return members;
  }

  @Override
  public Map<Window, List<MemberTally>> contributors(Scope scope, Set<Window> windows) {
    Counting counting = new Counting(scope);
    Map<MemberId, List<Membership>> people = scope instanceof Scope.Platform ? people() : Map.of();
    Map<Window, List<MemberTally>> tallies = new HashMap<>();
    for (Window window : windows) {
      List<MemberTally> list = new ArrayList<>();
      counting.perMember(window, (slot, count) -> list.add(scope instanceof Scope.OfCommunity
          ? tally(counting.memberships.get(slot), count)
          : personTally(counting.members.get(slot), people.get(counting.members.get(slot)), window.to(), count)));
      tallies.put(window, list);
    }
    return tallies;
  }

  @Override
  public Map<Window, Map<Long, Long>> histograms(Scope scope, Set<Window> windows) {
    Counting counting = new Counting(scope);
    Map<Window, Map<Long, Long>> histograms = new HashMap<>();
    for (Window window : windows) {
      Map<Long, Long> histogram = new HashMap<>();
      counting.perMember(window, (slot, count) -> histogram.merge((long) count, 1L, Long::sum));
      histograms.put(window, histogram);
    }
    return histograms;
  }

  @Override
  public Map<Window, Map<CopComponent, Long>> byComponent(Scope scope, Set<Window> windows) {
    Counting counting = new Counting(scope);
    Map<Window, Map<CopComponent, Long>> counts = new HashMap<>();
    for (Window window : windows) {
      long[] perComponent = counting.perComponent(window);
      Map<CopComponent, Long> components = new EnumMap<>(CopComponent.class);
      for (int code = 0; code < perComponent.length; code++) {
        if (perComponent[code] > 0) {
          components.put(ContributionLog.COMPONENTS[code], perComponent[code]);
        }
      }
      counts.put(window, components);
    }
    return counts;
  }

  @Override
  public Map<Window, QuestionTally> questions(Scope scope, Set<Window> windows) {
    List<ContributionLog> logs = communities(scope).stream().map(this::log).toList();
    Map<Window, QuestionTally> questions = new HashMap<>();
    for (Window window : windows) {
      long from = ContributionLog.nanos(window.from());
      long to = ContributionLog.nanos(window.to());
      long asked = 0;
      long accepted = 0;
      List<Duration> delays = new ArrayList<>();
      for (ContributionLog log : logs) {
        int end = ContributionLog.firstAtOrAfter(log.askedAt, to);
        for (int q = ContributionLog.firstAtOrAfter(log.askedAt, from); q < end; q++) {
          asked++;
          if (log.acceptedAnswerWrittenAt[q] < to) {
            accepted++;
          }
          if (log.firstAnsweredAt[q] < to) {
            delays.add(Duration.ofNanos(log.firstAnsweredAt[q] - log.askedAt[q]));
          }
        }
      }
      questions.put(window, new QuestionTally(asked, accepted, delays));
    }
    return questions;
  }

  @Override
  public Optional<MemberTally> tally(CommunityId community, MemberId member, Window window) {
    return memberships.find(community, member)
        .filter(membership -> membership.joinedAt().isBefore(window.to()))
        .map(membership -> tally(membership, posts.writtenBy(member)
            .filter(post -> post.community().equals(community) && post.isPublished() && window.contains(post.createdAt()))
            .count()));
  }

  @Override
  public Page<MemberTally> lurkers(CommunityId community, Window window, PageRequest page) {
    Counting counting = new Counting(Scope.of(community));
    Set<MemberId> contributed = new HashSet<>();
    counting.perMember(window, (slot, count) -> contributed.add(counting.members.get(slot)));
    List<MemberTally> lurkers = memberships.of(community)
        .filter(membership -> membership.joinedAt().isBefore(window.to()) && !contributed.contains(membership.member()))
        .map(membership -> tally(membership, 0))
        .sorted(BY_MEMBER)
        .toList();
    return Page.of(lurkers, page);
  }

  /** The community's log, rebuilt first when its posts or threads changed since the last one. */
  private ContributionLog log(CommunityId community) {
    ContributionLog log = logs.get(community);
    if (log == null || !log.isCurrent(posts, threads, community)) {
      log = ContributionLog.of(community, posts, threads);
      logs.put(community, log);
    }
    return log;
  }

  private Set<CommunityId> communities(Scope scope) {
    if (scope instanceof Scope.OfCommunity one) {
      return Set.of(one.community());
    }
    Set<CommunityId> all = new HashSet<>(posts.communitiesWithPosts());
    all.addAll(threads.communitiesWithThreads());
    return all;
  }

  /** Receives a member's slot and their contributions in a window. */
  @FunctionalInterface
  private interface SlotCount {
    void accept(int slot, int count);
  }

  /**
   * Counts the contributions of a scope window by window (published posts by members of the post's
   * community who joined before the window ends). A window's posts lie next to each other in each
   * log, so a window reads its range once; counts per member go to a dense array indexed by the
   * member's slot, small enough to stay in the processor's cache. Each author's membership is read
   * once per community. On the platform a slot is a person, whatever the community.
   */
  private final class Counting {

    /** Each slot's member, and their membership (in a community: the one; on the platform: the first found). */
    final List<MemberId> members = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final Map<MemberId, Integer> personSlots = new HashMap<>();
    private final boolean platform;
    private int[] counts = new int[1024];
    private int[] touched = new int[1024];

    Counting(Scope scope) {
      this.platform = scope instanceof Scope.Platform;
      for (CommunityId community : communities(scope)) {
        sources.add(new Source(community, log(community)));
      }
    }

    /** Hands over each member with at least one contribution in the window, then forgets the counts. */
    void perMember(Window window, SlotCount sink) {
      long from = ContributionLog.nanos(window.from());
      long to = ContributionLog.nanos(window.to());
      int size = 0;
      for (Source source : sources) {
        ContributionLog log = source.log;
        int end = ContributionLog.firstAtOrAfter(log.writtenAt, to);
        for (int i = ContributionLog.firstAtOrAfter(log.writtenAt, from); i < end; i++) {
          int author = log.author[i];
          int slot = source.slot(author);
          if (slot >= 0 && source.joinedAt[author] < to && counts[slot]++ == 0) {
            if (size == touched.length) {
              touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = slot;
          }
        }
      }
      for (int t = 0; t < size; t++) {
        sink.accept(touched[t], counts[touched[t]]);
        counts[touched[t]] = 0;
      }
    }

    /** @return the window's contributions per component, indexed as {@link ContributionLog#COMPONENTS} */
    long[] perComponent(Window window) {
      long from = ContributionLog.nanos(window.from());
      long to = ContributionLog.nanos(window.to());
      long[] components = new long[ContributionLog.COMPONENTS.length];
      for (Source source : sources) {
        ContributionLog log = source.log;
        int end = ContributionLog.firstAtOrAfter(log.writtenAt, to);
        for (int i = ContributionLog.firstAtOrAfter(log.writtenAt, from); i < end; i++) {
          int author = log.author[i];
          if (source.slot(author) >= 0 && source.joinedAt[author] < to) {
            components[log.component[i]]++;
          }
        }
      }
      return components;
    }

    private int newSlot(Membership membership) {
      int slot = members.size();
      members.add(membership.member());
      memberships.add(membership);
      if (slot == counts.length) {
        counts = Arrays.copyOf(counts, slot * 2);
      }
      return slot;
    }

    /** One community's log, with its authors' slots and join times, each read when first needed. */
    private final class Source {
      private static final int UNKNOWN = -2;
      private static final int NOT_A_MEMBER = -1;

      final ContributionLog log;
      final long[] joinedAt;
      private final CommunityId community;
      private final int[] slots;

      Source(CommunityId community, ContributionLog log) {
        this.community = community;
        this.log = log;
        this.joinedAt = new long[log.authors.length];
        this.slots = new int[log.authors.length];
        Arrays.fill(slots, UNKNOWN);
      }

      /** @return the author's slot, or a negative number when they are not a member of the community */
      int slot(int author) {
        int slot = slots[author];
        if (slot == UNKNOWN) {
          Optional<Membership> membership = InMemoryContributions.this.memberships.find(community, log.authors[author]);
          if (membership.isEmpty()) {
            slot = NOT_A_MEMBER;
          } else {
            joinedAt[author] = ContributionLog.nanos(membership.get().joinedAt());
            slot = platform
                ? personSlots.computeIfAbsent(log.authors[author], person -> newSlot(membership.get()))
                : newSlot(membership.get());
          }
          slots[author] = slot;
        }
        return slot;
      }
    }
  }

  private Map<MemberId, List<Membership>> people() {
    return memberships.all().collect(groupingBy(Membership::member));
  }

  private static MemberTally tally(Membership membership, long contributions) {
    return new MemberTally(membership.member(), membership.tier(), membership.joinedAt(), contributions);
  }

  /** A person across communities: the closest tier joined before {@code end}, the earliest membership. */
  private static MemberTally personTally(MemberId person, List<Membership> held, Instant end, long contributions) {
    Instant first = held.stream().map(Membership::joinedAt).min(Comparator.naturalOrder()).orElseThrow();
    return new MemberTally(person, closestTier(held, end).orElseThrow(), first, contributions);
  }

  private static Optional<Tier> closestTier(List<Membership> held, Instant end) {
    return held.stream().filter(m -> m.joinedAt().isBefore(end)).map(Membership::tier).min(Comparator.naturalOrder());
  }

  private static Map<Tier, Long> zeroPerTier() {
    Map<Tier, Long> counts = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      counts.put(tier, 0L);
    }
    return counts;
  }

  /** @return how many of the ascending instants are before the bound */
  private static int countBefore(Instant[] ascending, Instant bound) {
    int low = 0;
    int high = ascending.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle].isBefore(bound)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
