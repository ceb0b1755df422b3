package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.search.port.SearchSources;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** {@link SearchSources} over the in-memory stores: each batch is a bounded selection, never a sort of all. */
final class InMemorySearchSources implements SearchSources {

  private final InMemoryPosts posts;
  private final InMemoryThreads threads;
  private final InMemoryKnowledgeItems items;

  InMemorySearchSources(InMemoryPosts posts, InMemoryThreads threads, InMemoryKnowledgeItems items) {
    this.posts = posts;
    this.threads = threads;
    this.items = items;
  }

  @Override
  public List<Post> postsAfter(Optional<PostId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, MAX_BATCH);
    return firstAfter(posts.all(), p -> p.id().toString(), after.map(PostId::toString), max);
  }

  @Override
  public List<DiscussionThread> threads(Collection<ThreadId> ids) {
    Validation.noNulls("ids", ids);
    if (ids.size() > MAX_BATCH) {
      throw new InvalidInputException("ids", "must hold at most " + MAX_BATCH + " threads");
    }
    List<DiscussionThread> found = new ArrayList<>();
    for (ThreadId id : ids) {
      threads.find(id).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public List<KnowledgeItem> itemsAfter(Optional<KnowledgeItemId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, MAX_BATCH);
    return firstAfter(items.all(), i -> i.id().toString(), after.map(KnowledgeItemId::toString), max);
  }

  /** The {@code max} records with the lowest keys above {@code after}, lowest first. */
  private static <T> List<T> firstAfter(Stream<T> all, Function<T, String> key, Optional<String> after, int max) {
    Comparator<T> byKey = Comparator.comparing(key);
    PriorityQueue<T> highestFirst = new PriorityQueue<>(byKey.reversed());
    all.filter(record -> after.map(last -> key.apply(record).compareTo(last) > 0).orElse(true)).forEach(record -> {
      highestFirst.add(record);
      if (highestFirst.size() > max) {
        highestFirst.poll();
      }
    });
    List<T> batch = new ArrayList<>(highestFirst);
    batch.sort(byKey);
    return batch;
  }
}
