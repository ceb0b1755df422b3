package org.copkit.core.memory;

import static java.util.stream.Collectors.toUnmodifiableSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.port.PostCount;
import org.copkit.api.discussion.port.Posts;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryPosts implements Posts {

  private static final Comparator<Post> BY_ID = Comparator.comparing(p -> p.id().toString());
  private static final Comparator<Post> AS_WRITTEN = Comparator.comparing(Post::createdAt).thenComparing(BY_ID);
  private static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(Post::createdAt).reversed().thenComparing(BY_ID);

  private final IndexedStore<PostId, Post> posts;
  private final IndexedStore<PostId, Post>.Index<ThreadId> byThread;
  private final IndexedStore<PostId, Post>.Index<MemberId> byAuthor;
  private final IndexedStore<PostId, Post>.Timeline<CommunityId> byCommunity;
  private final IndexedStore<PostId, Post>.Timeline<Authorship> byAuthorIn;
  private final IndexedStore<PostId, Post>.Tally<Standing> inState;
  private final VersionedStore<PostId, List<PostRevision>> revisions;
  private final Threads threads;

  InMemoryPosts(InMemoryTransactions transactions, Threads threads) {
    this.posts =
        new IndexedStore<>(
            transactions,
            "post",
            Post::id,
            Post::version,
            Post::withVersion);
    this.byThread = posts.index(Post::thread);
    this.byAuthor = posts.index(Post::author);
    this.byCommunity = posts.timeline(Post::community, Post::createdAt, Comparator.comparing(PostId::value));
    this.byAuthorIn = posts.timeline(p -> new Authorship(p.community(), p.author()), Post::createdAt,
        Comparator.comparing(PostId::value));
    this.inState = posts.tally(p -> new Standing(p.community(), p.author(), p.state()));
    this.revisions = VersionedStore.unversioned(transactions, "post revisions");
    this.threads = threads;
  }

  /** @return every post, in no particular order (for the search sources) */
  java.util.stream.Stream<Post> all() {
    return posts.all();
  }

  @Override
  public void add(Post post) {
    posts.add(post);
  }

  @Override
  public Post update(Post post) {
    return posts.update(post);
  }

  @Override
  public Optional<Post> find(PostId id) {
    return posts.find(id);
  }

  @Override
  public Page<Post> inThread(ThreadPosts query, PageRequest page) {
    return Page.of(
        byThread.find(query.thread())
            .filter(p -> query.states().contains(p.state()) || query.orAuthoredBy().filter(p.author()::equals).isPresent())
            .sorted(AS_WRITTEN)
            .toList(),
        page);
  }

  @Override
  public Page<Post> byAuthor(
      MemberId author, Set<CommunityId> communities, Set<Audience> audiences, Set<PostState> states, PageRequest page) {
    return Page.of(
        byAuthor.find(author)
            .filter(p -> communities.contains(p.community()) && audiences.contains(p.audience()) && states.contains(p.state()))
            .sorted(NEWEST_FIRST)
            .toList(),
        page);
  }

  @Override
  public Set<CommunityId> communitiesOf(MemberId author) {
    return byAuthor.find(author).map(Post::community).collect(toUnmodifiableSet());
  }

  /**
   * A count of every post ever written in some states is read from tallies kept per community,
   * author and state; one bounded in time scans the author's posts in the community from its start.
   * Either way a count costs nothing like a scan of all of a prolific author's posts, which the
   * publication gate would otherwise pay on every post.
   */
  @Override
  public long count(PostCount query) {
    if (query.since().isEmpty() && query.which() == PostCount.Which.POSTS) {
      return query.states().stream()
          .mapToLong(state -> inState.count(new Standing(query.community(), query.author(), state)))
          .sum();
    }
    return byAuthorIn.between(new Authorship(query.community(), query.author()),
            query.since().orElse(Instant.MIN), Instant.MAX).stream()
        .filter(p -> query.states().contains(p.state()))
        .filter(p -> query.which() == PostCount.Which.POSTS || !opensItsThread(p))
        .count();
  }

  /** A post cannot tell whether it opened its thread; the thread knows its opening post. */
  private boolean opensItsThread(Post post) {
    return threads.find(post.thread()).filter(t -> t.openingPost().equals(post.id())).isPresent();
  }

  @Override
  public List<String> recentBodies(CommunityId community, MemberId author, Instant since, int limit) {
    return byAuthorIn.latest(new Authorship(community, author), since, limit).stream().map(Post::body).toList();
  }

  /** Every moved post goes to its next version, so that a copy read before the move is stale. */
  @Override
  public void moveThread(ThreadId thread, CommunityId target) {
    byThread.find(thread)
        .filter(p -> !p.community().equals(target))
        .toList()
        .forEach(p -> posts.update(p.movedTo(target)));
  }

  @Override
  public void addRevision(PostRevision revision) {
    revisions.put(
        revision.post(),
        kept -> {
          List<PostRevision> next = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
          if (next.stream().anyMatch(r -> r.revision() == revision.revision())) {
            throw ConflictException.duplicate("revision " + revision.revision() + " of post " + revision.post());
          }
          next.add(revision);
          next.sort(Comparator.comparingInt(PostRevision::revision));
          return List.copyOf(next);
        });
  }

  @Override
  public List<PostRevision> revisions(PostId post) {
    return revisions.find(post).orElse(List.of());
  }

  /**
   * For the in-memory analytics: a community's posts, oldest first.
   *
   * @return a live view; read it inside a unit of work
   */
  Collection<Post> writtenIn(CommunityId community) {
    return byCommunity.between(community, Instant.MIN, Instant.MAX);
  }

  /** For the in-memory analytics: changes whenever a post of the community is added or changed. */
  long versionOf(CommunityId community) {
    return byCommunity.version(community);
  }

  /** For the in-memory analytics: the communities that hold posts. */
  Set<CommunityId> communitiesWithPosts() {
    return byCommunity.groups();
  }

  /** For the in-memory analytics: a thread's posts, in no particular order. */
  Stream<Post> ofThread(ThreadId thread) {
    return byThread.find(thread);
  }

  /** For the in-memory analytics: a person's posts, in no particular order. */
  Stream<Post> writtenBy(MemberId author) {
    return byAuthor.find(author);
  }

  /** An author's posts in one community. */
  private record Authorship(CommunityId community, MemberId author) {}

  /** An author's posts in one community and state. */
  private record Standing(CommunityId community, MemberId author, PostState state) {}

  /** Replaces a post's revisions, for privacy. */
  void replaceRevisions(PostId post, List<PostRevision> replaced) {
    revisions.put(post, kept -> List.copyOf(replaced));
  }
}
