package org.copkit.core.memory;

import static java.util.stream.Collectors.groupingBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * {@link Contributions} on the in-memory storage. Posts and threads are read through their
 * timelines (per community, ordered by creation), so a call reads only the posts of the span its
 * windows cover, and each of them once: the windows are sorted into layers of disjoint windows,
 * and a post finds the windows that hold it with one binary search per layer.
 */
final class InMemoryContributions implements Contributions {

  private static final Comparator<MemberTally> BY_MEMBER = Comparator.comparing(MemberTally::member);

  private final InMemoryPosts posts;
  private final InMemoryThreads threads;
  private final InMemoryMemberships memberships;

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
    Map<MemberId, List<Membership>> people = scope instanceof Scope.Platform ? people() : Map.of();
    Map<Window, List<MemberTally>> tallies = new HashMap<>();
    countPerMember(scope, windows).forEach((window, byMember) -> {
      List<MemberTally> list = new ArrayList<>(byMember.size());
      byMember.forEach((member, count) -> list.add(scope instanceof Scope.OfCommunity one
          ? tally(memberships.find(one.community(), member).orElseThrow(), count[0])
          : personTally(member, people.get(member), window.to(), count[0])));
      tallies.put(window, list);
    });
    return tallies;
  }

  @Override
  public Map<Window, Map<Long, Long>> histograms(Scope scope, Set<Window> windows) {
    Map<Window, Map<Long, Long>> histograms = new HashMap<>();
    countPerMember(scope, windows).forEach((window, byMember) -> {
      Map<Long, Long> histogram = new HashMap<>();
      byMember.values().forEach(count -> histogram.merge(count[0], 1L, Long::sum));
      histograms.put(window, histogram);
    });
    return histograms;
  }

  /** Each member's contributions in each window, as mutable counters. */
  private Map<Window, Map<MemberId, long[]>> countPerMember(Scope scope, Set<Window> windows) {
    Map<Window, Map<MemberId, long[]>> counts = new HashMap<>();
    windows.forEach(window -> counts.put(window, new HashMap<>()));
    forEachContribution(scope, windows, (window, post, membership) ->
        counts.get(window).computeIfAbsent(post.author(), author -> new long[1])[0]++);
    return counts;
  }

  @Override
  public Map<Window, Map<ActivityType, Long>> byActivityType(Scope scope, Set<Window> windows) {
    Map<Window, Map<ActivityType, Long>> counts = new HashMap<>();
    windows.forEach(window -> counts.put(window, new HashMap<>()));
    Map<ThreadId, Optional<DiscussionThread>> threadsRead = new HashMap<>();
    forEachContribution(scope, windows, (window, post, membership) ->
        threadsRead.computeIfAbsent(post.thread(), threads::find).ifPresent(thread ->
            counts.get(window).merge(typeOf(post, thread), 1L, Long::sum)));
    return counts;
  }

  @Override
  public Map<Window, QuestionTally> questions(Scope scope, Set<Window> windows) {
    Map<Window, QuestionTally> questions = new HashMap<>();
    for (Window window : windows) {
      long asked = 0;
      long accepted = 0;
      List<Duration> delays = new ArrayList<>();
      for (CommunityId community : communities(scope, threads.communitiesWithThreads())) {
        for (DiscussionThread thread : threads.openedBetween(community, window.from(), window.to())) {
          if (thread.kind() != ThreadKind.QUESTION || thread.state() != PostState.PUBLISHED) {
            continue;
          }
          asked++;
          if (thread.acceptedAnswer().flatMap(posts::find).filter(answer -> answer.createdAt().isBefore(window.to())).isPresent()) {
            accepted++;
          }
          posts.ofThread(thread.id())
              .filter(post -> isAnswer(post, thread) && post.createdAt().isBefore(window.to()))
              .map(Post::createdAt)
              .min(Comparator.naturalOrder())
              .ifPresent(first -> delays.add(Duration.between(thread.createdAt(), first)));
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
    Set<MemberId> contributed = new HashSet<>();
    forEachContribution(Scope.of(community), Set.of(window), (w, post, membership) -> contributed.add(post.author()));
    List<MemberTally> lurkers = memberships.of(community)
        .filter(membership -> membership.joinedAt().isBefore(window.to()) && !contributed.contains(membership.member()))
        .map(membership -> tally(membership, 0))
        .sorted(BY_MEMBER)
        .toList();
    return Page.of(lurkers, page);
  }

  /** What the contract calls an answer: a published top-level reply by someone but the asker. */
  private static boolean isAnswer(Post post, DiscussionThread question) {
    return post.isPublished()
        && post.inReplyTo().isEmpty()
        && !post.id().equals(question.openingPost())
        && !post.author().equals(question.author());
  }

  private static ActivityType typeOf(Post post, DiscussionThread thread) {
    PostRole role = post.id().equals(thread.openingPost())
        ? PostRole.OPENING
        : post.inReplyTo().isPresent() ? PostRole.NESTED_REPLY : PostRole.REPLY;
    return new ActivityType(thread.kind(), role, post.audience());
  }

  /** What a contribution is handed to. */
  @FunctionalInterface
  private interface ContributionVisitor {
    void visit(Window window, Post post, Membership membership);
  }

  /**
   * Visits every contribution in each window that holds it: published posts by members of the
   * post's community who joined before the window ends. Each post of the span is read once.
   */
  private void forEachContribution(Scope scope, Set<Window> windows, ContributionVisitor visitor) {
    if (windows.isEmpty()) {
      return;
    }
    Layers layers = new Layers(windows);
    for (CommunityId community : communities(scope, posts.communitiesWithPosts())) {
      for (Post post : posts.writtenBetween(community, layers.from(), layers.to())) {
        if (post.state() != PostState.PUBLISHED) {
          continue;
        }
        Optional<Membership> membership = memberships.find(community, post.author());
        if (membership.isEmpty()) {
          continue;
        }
        Instant joinedAt = membership.get().joinedAt();
        layers.forEachHolding(post.createdAt(), window -> {
          if (joinedAt.isBefore(window.to())) {
            visitor.visit(window, post, membership.get());
          }
        });
      }
    }
  }

  private static Set<CommunityId> communities(Scope scope, Set<CommunityId> all) {
    return scope instanceof Scope.OfCommunity one ? Set.of(one.community()) : all;
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

  /**
   * Windows sorted into layers of disjoint windows (a report's window, its weeks and its months
   * make three), to find the windows that hold an instant with one binary search per layer.
   */
  private static final class Layers {

    private final List<Window[]> layers = new ArrayList<>();
    private final Instant from;
    private final Instant to;

    Layers(Set<Window> windows) {
      List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::from)).toList();
      List<List<Window>> open = new ArrayList<>();
      for (Window window : sorted) {
        List<Window> layer = open.stream()
            .filter(l -> !l.get(l.size() - 1).to().isAfter(window.from()))
            .findFirst()
            .orElseGet(() -> {
              List<Window> fresh = new ArrayList<>();
              open.add(fresh);
              return fresh;
            });
        layer.add(window);
      }
      open.forEach(layer -> layers.add(layer.toArray(Window[]::new)));
      this.from = sorted.get(0).from();
      this.to = sorted.stream().map(Window::to).max(Comparator.naturalOrder()).orElseThrow();
    }

    Instant from() {
      return from;
    }

    Instant to() {
      return to;
    }

    void forEachHolding(Instant instant, Consumer<Window> action) {
      for (Window[] layer : layers) {
        int low = 0;
        int high = layer.length - 1;
        while (low <= high) {
          int middle = (low + high) >>> 1;
          if (layer[middle].from().isAfter(instant)) {
            high = middle - 1;
          } else {
            low = middle + 1;
          }
        }
        if (high >= 0 && layer[high].contains(instant)) {
          action.accept(layer[high]);
        }
      }
    }
  }
}
