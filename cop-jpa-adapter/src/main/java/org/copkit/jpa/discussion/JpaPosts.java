package org.copkit.jpa.discussion;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toUnmodifiableSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.analytics.ContributionSummary;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Posts} on JPA: {@code cop_post}, with the mentions in {@code cop_post_mention} and the
 * revisions in {@code cop_post_revision}. A page of posts takes two queries and its count: the
 * posts, then the mentions of all of them at once. Every write keeps the participation reports'
 * {@link ContributionSummary} in step, in its transaction.
 */
final class JpaPosts implements Posts {

  private final JpaTransactions transactions;
  private final ContributionSummary summary;

  JpaPosts(JpaTransactions transactions) {
    this.transactions = transactions;
    this.summary = new ContributionSummary(transactions);
  }

  @Override
  public void add(Post post) {
    List<String> thread = List.of(post.thread().toString());
    ThreadAnswers.lock(entityManager(), thread);
    Runnable summarised = summary.track(List.of(post.id().toString()));
    transactions.insert(PostRow.fromDomain(post), describe(post.id()));
    post.mentions().forEach(member -> entityManager().persist(new PostMentionRow(post.id(), member)));
    transactions.flush("mentions of " + describe(post.id()));
    summarised.run();
    ThreadAnswers.refresh(entityManager(), thread);
  }

  /** A change of the mentions alone still raises the post's version. */
  @Override
  public Post update(Post post) {
    String what = describe(post.id());
    PostRow row = entityManager().find(PostRow.class, post.id().toString());
    if (row == null) {
      throw new NotFoundException("post", post.id().toString());
    }
    if (row.version() != post.version()) {
      throw ConflictException.staleVersion(what, post.version());
    }
    List<PostMentionRow> stored = mentionRows(List.of(row.id()));
    boolean columnsChanged = !row.toDomain(post.mentions()).equals(post);
    List<String> threads = java.util.stream.Stream.of(row.threadId(), post.thread().toString()).distinct().toList();
    ThreadAnswers.lock(entityManager(), threads);
    Runnable summarised = summary.track(List.of(row.id()));
    row.copyChanges(post);
    replaceMentions(stored, post);
    transactions.flushUpdate(row, columnsChanged, what, post.version());
    summarised.run();
    if (columnsChanged) {
      ThreadAnswers.refresh(entityManager(), threads);
    }
    return row.toDomain(post.mentions());
  }

  /** Removes the stored mentions the post no longer makes and adds the new ones. */
  private void replaceMentions(List<PostMentionRow> stored, Post post) {
    Set<MemberId> kept = new HashSet<>();
    for (PostMentionRow mention : stored) {
      if (post.mentions().contains(mention.member())) {
        kept.add(mention.member());
      } else {
        entityManager().remove(mention);
      }
    }
    post.mentions().stream()
        .filter(member -> !kept.contains(member))
        .forEach(member -> entityManager().persist(new PostMentionRow(post.id(), member)));
  }

  @Override
  public Optional<Post> find(PostId id) {
    return Optional.ofNullable(entityManager().find(PostRow.class, id.toString()))
        .map(row -> row.toDomain(mentionsOf(List.of(row.id())).getOrDefault(row.id(), Set.of())));
  }

  @Override
  public Page<Post> inThread(ThreadPosts which, PageRequest page) {
    ThreadId thread = which.thread();
    Set<PostState> states = which.states();
    Optional<MemberId> orAuthoredBy = which.orAuthoredBy();
    if (states.isEmpty() && orAuthoredBy.isEmpty()) {
      return new Page<>(List.of(), page, 0);
    }
    List<String> visible = new ArrayList<>();
    if (!states.isEmpty()) {
      visible.add("p.state in :states");
    }
    orAuthoredBy.ifPresent(author -> visible.add("p.author = :author"));
    String where = " from CopPost p where p.threadId = :thread and (" + String.join(" or ", visible) + ")";
    TypedQuery<PostRow> rows =
        entityManager().createQuery("select p" + where + " order by p.createdAt, p.id", PostRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(p)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("thread", thread.toString());
      if (!states.isEmpty()) {
        query.setParameter("states", names(states));
      }
      orAuthoredBy.ifPresent(author -> query.setParameter("author", author.value()));
    }
    return withMentions(transactions.page(rows, count, page, Function.identity()));
  }

  @Override
  public Page<Post> byAuthor(
      MemberId author, Set<CommunityId> communities, Set<Audience> audiences, Set<PostState> states, PageRequest page) {
    if (communities.isEmpty() || audiences.isEmpty() || states.isEmpty()) {
      return new Page<>(List.of(), page, 0);
    }
    String where =
        " from CopPost p where p.author = :author and p.communityId in :communities"
            + " and p.audience in :audiences and p.state in :states";
    TypedQuery<PostRow> rows =
        entityManager().createQuery("select p" + where + " order by p.createdAt desc, p.id", PostRow.class);
    TypedQuery<Long> count = entityManager().createQuery("select count(p)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query
          .setParameter("author", author.value())
          .setParameter("communities", communities.stream().map(CommunityId::toString).toList())
          .setParameter("audiences", names(audiences))
          .setParameter("states", names(states));
    }
    return withMentions(transactions.page(rows, count, page, Function.identity()));
  }

  @Override
  public Set<CommunityId> communitiesOf(MemberId author) {
    return entityManager()
        .createQuery("select distinct p.communityId from CopPost p where p.author = :author", String.class)
        .setParameter("author", author.value())
        .getResultStream()
        .map(CommunityId::of)
        .collect(toUnmodifiableSet());
  }

  /** A reply is any post that no thread opens with. */
  @Override
  public long count(PostCount query) {
    if (query.states().isEmpty()) {
      return 0;
    }
    var count = entityManager()
        .createQuery(
            "select count(p) from CopPost p where p.communityId = :community and p.author = :author"
                + " and p.state in :states"
                + (query.since().isPresent() ? " and p.createdAt >= :since" : "")
                + (query.which() == PostCount.Which.REPLIES
                    ? " and not exists (select t.id from CopThread t where t.openingPost = p.id)" : ""),
            Long.class)
        .setParameter("community", query.community().toString())
        .setParameter("author", query.author().value())
        .setParameter("states", names(query.states()));
    query.since().ifPresent(since -> count.setParameter("since", since));
    return count.getSingleResult();
  }

  @Override
  public List<String> recentBodies(CommunityId community, MemberId author, Instant since, int limit) {
    if (limit < 1) {
      return List.of();
    }
    return entityManager()
        .createQuery(
            "select p.body from CopPost p where p.communityId = :community and p.author = :author"
                + " and p.createdAt >= :since order by p.createdAt desc, p.id",
            String.class)
        .setParameter("community", community.toString())
        .setParameter("author", author.value())
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One statement for the whole thread. It bypasses the persistence context, so the context is
   * flushed before and cleared after; every port flushes its writes at once, so nothing is lost.
   */
  @Override
  public void moveThread(ThreadId thread, CommunityId target) {
    EntityManager entityManager = entityManager();
    transactions.flush("posts of thread " + thread);
    Runnable summarised = summary.trackThread(thread.toString());
    entityManager
        .createQuery(
            "update CopPost p set p.communityId = :target, p.version = p.version + 1"
                + " where p.threadId = :thread and p.communityId <> :target")
        .setParameter("target", target.toString())
        .setParameter("thread", thread.toString())
        .executeUpdate();
    entityManager.clear();
    summarised.run();
  }

  @Override
  public void addRevision(PostRevision revision) {
    transactions.insert(
        PostRevisionRow.fromDomain(revision), "revision " + revision.revision() + " of " + describe(revision.post()));
  }

  @Override
  public List<PostRevision> revisions(PostId post) {
    return entityManager()
        .createQuery("select r from CopPostRevision r where r.postId = :post order by r.revision", PostRevisionRow.class)
        .setParameter("post", post.toString())
        .getResultStream()
        .map(PostRevisionRow::toDomain)
        .toList();
  }

  private Page<Post> withMentions(Page<PostRow> rows) {
    Map<String, Set<MemberId>> mentions = mentionsOf(rows.items().stream().map(PostRow::id).toList());
    return rows.map(row -> row.toDomain(mentions.getOrDefault(row.id(), Set.of())));
  }

  /** The first {@code max} posts with an ID after {@code after}, by ID (for the search sources). */
  List<Post> after(Optional<PostId> after, int max) {
    List<PostRow> rows = (after.isPresent()
        ? entityManager().createQuery("select p from CopPost p where p.id > :after order by p.id", PostRow.class)
            .setParameter("after", after.get().toString())
        : entityManager().createQuery("select p from CopPost p order by p.id", PostRow.class))
        .setMaxResults(max)
        .getResultList();
    Map<String, Set<MemberId>> mentions = mentionsOf(rows.stream().map(PostRow::id).toList());
    return rows.stream().map(row -> row.toDomain(mentions.getOrDefault(row.id(), Set.of()))).toList();
  }

  /** @return the mentions of each of the posts that has any */
  private Map<String, Set<MemberId>> mentionsOf(Collection<String> posts) {
    return mentionRows(posts).stream()
        .collect(groupingBy(PostMentionRow::postId, mapping(PostMentionRow::member, toUnmodifiableSet())));
  }

  private List<PostMentionRow> mentionRows(Collection<String> posts) {
    if (posts.isEmpty()) {
      return List.of();
    }
    return entityManager()
        .createQuery("select m from CopPostMention m where m.postId in :posts", PostMentionRow.class)
        .setParameter("posts", posts)
        .getResultList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static List<String> names(Set<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).toList();
  }

  private static String describe(PostId id) {
    return "post " + id;
  }
}
