package org.copkit.jpa.discussion;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toUnmodifiableMap;
import static java.util.stream.Collectors.toUnmodifiableSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Reactions} on JPA: {@code cop_reaction}. The counts are one grouped query for all the
 * posts asked about. Two transactions adding the same reaction at once: the later one to commit its
 * row fails with a DUPLICATE conflict from the primary key.
 */
final class JpaReactions implements Reactions {

  private final JpaTransactions transactions;

  JpaReactions(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean add(PostId post, MemberId member, Reaction reaction) {
    ReactionRow.Key key = new ReactionRow.Key(post, reaction, member);
    if (entityManager().find(ReactionRow.class, key) != null) {
      return false;
    }
    transactions.insert(new ReactionRow(key), key.toString());
    return true;
  }

  @Override
  public boolean remove(PostId post, MemberId member, Reaction reaction) {
    ReactionRow.Key key = new ReactionRow.Key(post, reaction, member);
    ReactionRow row = entityManager().find(ReactionRow.class, key);
    if (row == null) {
      return false;
    }
    transactions.delete(row, key.toString());
    return true;
  }

  @Override
  public Map<PostId, Map<Reaction, Long>> counts(Collection<PostId> posts) {
    if (posts.isEmpty()) {
      return Map.of();
    }
    Map<PostId, Map<Reaction, Long>> counts = new HashMap<>();
    entityManager()
        .createQuery(
            "select r.postId as post, r.reaction as reaction, count(r) as members from CopReaction r"
                + " where r.postId in :posts group by r.postId, r.reaction",
            Tuple.class)
        .setParameter("posts", ids(posts))
        .getResultStream()
        .forEach(row -> counts.computeIfAbsent(post(row), post -> new EnumMap<>(Reaction.class))
            .put(reaction(row), row.get("members", Long.class)));
    return counts.entrySet().stream().collect(toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
  }

  @Override
  public Map<PostId, Set<Reaction>> of(Collection<PostId> posts, MemberId member) {
    if (posts.isEmpty()) {
      return Map.of();
    }
    return entityManager()
        .createQuery(
            "select r.postId as post, r.reaction as reaction from CopReaction r"
                + " where r.postId in :posts and r.memberId = :member",
            Tuple.class)
        .setParameter("posts", ids(posts))
        .setParameter("member", member.value())
        .getResultStream()
        .collect(groupingBy(JpaReactions::post, mapping(JpaReactions::reaction, toUnmodifiableSet())));
  }

  private static PostId post(Tuple row) {
    return PostId.of(row.get("post", String.class));
  }

  private static Reaction reaction(Tuple row) {
    return Reaction.valueOf(row.get("reaction", String.class));
  }

  private static List<String> ids(Collection<PostId> posts) {
    return posts.stream().map(PostId::toString).distinct().toList();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }
}
