package org.copkit.core.memory;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableSet;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.shared.MemberId;

final class InMemoryReactions implements Reactions {

  private record Reacted(MemberId member, Reaction reaction) {}

  /** Per post, who reacted how; a post without reactions has no entry. */
  private final VersionedStore<PostId, Set<Reacted>> reactions;

  InMemoryReactions(InMemoryTransactions transactions) {
    this.reactions = VersionedStore.unversioned(transactions, "reactions");
  }

  @Override
  public boolean add(PostId post, MemberId member, Reaction reaction) {
    Reacted reacted = new Reacted(member, reaction);
    if (on(post).contains(reacted)) {
      return false;
    }
    reactions.put(post, kept -> with(kept, set -> set.add(reacted)));
    return true;
  }

  @Override
  public boolean remove(PostId post, MemberId member, Reaction reaction) {
    Reacted reacted = new Reacted(member, reaction);
    Set<Reacted> kept = on(post);
    if (!kept.contains(reacted)) {
      return false;
    }
    if (kept.size() == 1) {
      reactions.remove(post);
    } else {
      reactions.put(post, current -> with(current, set -> set.remove(reacted)));
    }
    return true;
  }

  @Override
  public Map<PostId, Map<Reaction, Long>> counts(Collection<PostId> posts) {
    return perPost(posts, r -> true, reacted -> Map.copyOf(reacted.stream().collect(groupingBy(Reacted::reaction, counting()))));
  }

  @Override
  public Map<PostId, Set<Reaction>> of(Collection<PostId> posts, MemberId member) {
    return perPost(
        posts, r -> r.member().equals(member), reacted -> reacted.stream().map(Reacted::reaction).collect(toUnmodifiableSet()));
  }

  /** Summarizes the chosen reactions of each post that has any. */
  private <R> Map<PostId, R> perPost(
      Collection<PostId> posts, Predicate<Reacted> chosen, Function<List<Reacted>, R> summary) {
    Map<PostId, R> result = new HashMap<>();
    for (PostId post : posts) {
      List<Reacted> reacted = on(post).stream().filter(chosen).toList();
      if (!reacted.isEmpty()) {
        result.put(post, summary.apply(reacted));
      }
    }
    return Map.copyOf(result);
  }

  private Set<Reacted> on(PostId post) {
    return reactions.find(post).orElse(Set.of());
  }

  private static Set<Reacted> with(Set<Reacted> kept, Consumer<Set<Reacted>> change) {
    Set<Reacted> next = kept == null ? new HashSet<>() : new HashSet<>(kept);
    change.accept(next);
    return Set.copyOf(next);
  }

  /** @return a member's reactions as (post, reaction) pairs, for privacy */
  List<Map.Entry<PostId, Reaction>> by(MemberId member) {
    List<Map.Entry<PostId, Reaction>> found = new java.util.ArrayList<>();
    for (PostId post : List.copyOf(reactions.keys())) {
      for (Reacted reacted : on(post)) {
        if (reacted.member().equals(member)) {
          found.add(Map.entry(post, reacted.reaction()));
        }
      }
    }
    return found;
  }

  /** Gives a member's reactions to a pseudonym, for privacy; returns how many. */
  long reassign(MemberId member, MemberId pseudonym) {
    List<Map.Entry<PostId, Reaction>> theirs = by(member);
    for (Map.Entry<PostId, Reaction> reaction : theirs) {
      remove(reaction.getKey(), member, reaction.getValue());
      add(reaction.getKey(), pseudonym, reaction.getValue());
    }
    return theirs.size();
  }
}
