package org.copkit.core.search;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.search.port.SearchSources;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.ErasureChange;
import org.copkit.core.shared.SearchChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one node's search index a cache of the storage. When the index holds no checkpoint (new,
 * in memory, or thrown away) it is rebuilt: the position of the end of the change log is noted,
 * then every post and knowledge item is read in keyset batches ({@link SearchSources}), each batch
 * in a short unit of work of its own, and the index is committed at that position. From then on
 * it applies the log's {@code search} changes after its checkpoint: each names a thread, post or
 * item, which is read again from the storage and indexed as it is now (so applying a change twice,
 * or late, does no harm). A change committed while the rebuild ran is applied again afterwards.
 * An erasure ({@link ErasureChange}) makes it index every post and item again, over what it holds:
 * the change does not say whose they are, and the erasure rewrote the member's posts and the
 * mentions of them in others'.
 *
 * <p>{@link #catchUp} is called before every search and by the poller: a search started after a
 * commit (on any node) finds what it committed. Concurrent callers share one read of the log:
 * a caller that waited while another read the log that started after it asked does not read again.
 */
final class SearchSync {

  private static final Logger LOG = LoggerFactory.getLogger(SearchSync.class);
  static final int BATCH = 2_000;
  private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "copkit-search-catch-up");
    thread.setDaemon(true);
    return thread;
  });

  private final CopStorage storage;
  private final SearchIndex index;
  private final SearchDocuments documents;
  private final Object reading = new Object();

  private long applied;
  private long lastReadStarted;
  private volatile boolean ready;
  private volatile boolean failing;
  private volatile long lastSuccess = System.nanoTime();
  private volatile long staleAfterNanos = Long.MAX_VALUE;
  private ScheduledFuture<?> polling;
  private volatile boolean following;

  SearchSync(CopStorage storage, SearchIndex index, SearchDocuments documents) {
    this.storage = storage;
    this.index = index;
    this.documents = documents;
    this.lastReadStarted = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
  }

  /**
   * Rebuilds the index from the storage when it holds no checkpoint, then catches up.
   *
   * @throws RuntimeException what the storage raised (the node is stale until a catch-up succeeds)
   */
  void start() {
    synchronized (reading) {
      try {
        applied = index.checkpoint();
        if (applied == 0) {
          rebuild();
        }
        ready = true;
      } catch (RuntimeException | Error e) {
        failing = true;
        LOG.warn("The search index could not be built from the storage; search is stale until it is: {}", e.toString());
        throw e;
      }
    }
    catchUp();
  }

  /** Reads everything search indexes from the storage, in batches, into a cleared index. */
  private void rebuild() {
    long head = endOfLog();
    index.clear();
    putEverything(true);
    index.commit(Math.max(head, 1));
    applied = Math.max(head, 1);
  }

  /**
   * Indexes every post and knowledge item again as the storage holds them now, over what the
   * index holds (documents are replaced by key): after an erasure, which rewrote the posts and
   * items of the member and those that mention them, whichever they are.
   *
   * @param readAhead whether the next batch is read, on a thread of its own, while the index
   *     takes the one before: at start, when no caller's unit of work can be open on this thread
   *     (the in-memory storage's would hold the lock the reading thread waits for); a catch-up
   *     after an erasure, which a host may call from anywhere, reads on the calling thread
   */
  private void putEverything(boolean readAhead) {
    SearchSources sources = storage.searchSources();
    ExecutorService reader = readAhead ? Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "copkit-search-rebuild");
      thread.setDaemon(true);
      return thread;
    }) : new CallerRuns();
    try {
      Future<Batch<PostId>> posts = reader.submit(() -> postsAfter(sources, Optional.empty()));
      while (true) {
        Batch<PostId> batch = await(posts);
        if (batch.last().isEmpty()) {
          break;
        }
        posts = reader.submit(() -> postsAfter(sources, batch.last()));
        index.put(batch.documents());
      }
      Future<Batch<KnowledgeItemId>> items = reader.submit(() -> itemsAfter(sources, Optional.empty()));
      while (true) {
        Batch<KnowledgeItemId> batch = await(items);
        if (batch.last().isEmpty()) {
          break;
        }
        items = reader.submit(() -> itemsAfter(sources, batch.last()));
        index.put(batch.documents());
      }
    } finally {
      reader.shutdown(); // a read in flight after a failure ends on its own; it writes nothing
    }
  }

  /** Runs each task on the thread that submits it. */
  private static final class CallerRuns extends java.util.concurrent.AbstractExecutorService {
    private boolean shut;

    @Override
    public void execute(Runnable task) {
      task.run();
    }

    @Override
    public void shutdown() {
      shut = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shut = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shut;
    }

    @Override
    public boolean isTerminated() {
      return shut;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }

  /** The documents of one batch read from the storage, and the key to read the next batch after (empty at the end). */
  private record Batch<K>(List<SearchDocument> documents, Optional<K> last) {}

  /** @return the documents of the next batch of posts, in a unit of work of its own */
  private Batch<PostId> postsAfter(SearchSources sources, Optional<PostId> after) {
    return storage.transactions().inTransaction(() -> {
      List<Post> posts = sources.postsAfter(after, BATCH);
      if (posts.isEmpty()) {
        return new Batch<PostId>(List.of(), Optional.empty());
      }
      Set<ThreadId> ids = new LinkedHashSet<>();
      posts.forEach(post -> ids.add(post.thread()));
      Map<ThreadId, DiscussionThread> threads = new HashMap<>();
      sources.threads(ids).forEach(thread -> threads.put(thread.id(), thread));
      List<SearchDocument> docs = new ArrayList<>(posts.size());
      for (Post post : posts) {
        DiscussionThread thread = threads.get(post.thread());
        if (thread != null) {
          docs.add(post.id().equals(thread.openingPost()) ? documents.thread(thread, post) : documents.reply(thread, post));
        }
      }
      return new Batch<>(docs, Optional.of(posts.get(posts.size() - 1).id()));
    });
  }

  /** @return the documents of the next batch of knowledge items, in a unit of work of its own */
  private Batch<KnowledgeItemId> itemsAfter(SearchSources sources, Optional<KnowledgeItemId> after) {
    return storage.transactions().inTransaction(() -> {
      List<KnowledgeItem> items = sources.itemsAfter(after, BATCH);
      List<SearchDocument> docs = new ArrayList<>(items.size());
      items.forEach(item -> docs.add(document(item)));
      return new Batch<>(docs, items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1).id()));
    });
  }

  /**
   * @return the item's document, with the production cycle of an output and the comments shown
   *     (inside the caller's unit of work)
   */
  private SearchDocument document(KnowledgeItem item) {
    Optional<OutputCycle> cycle = item.kind() == KnowledgeKind.OUTPUT ? storage.outputCycles().find(item.id())
        : Optional.empty();
    List<ItemComment> comments = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<ItemComment> page = storage.itemFeedback().comments(item.id(), request);
      comments.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = request.next();
    }
    return documents.item(item, cycle, comments);
  }

  /** @return the batch the reader read; what it raised, raised here */
  private static <K> Batch<K> await(Future<Batch<K>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the search index was rebuilt", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** @return the sequence of the last change committed now (0 for an empty log) */
  private long endOfLog() {
    long last = 0;
    while (true) {
      long after = last;
      List<Change> batch = storage.transactions().inTransaction(() -> storage.changeLog().after(after, 10_000));
      if (batch.isEmpty()) {
        return last;
      }
      last = batch.get(batch.size() - 1).sequence();
    }
  }

  /**
   * Applies every {@code search} change committed so far that this node has not applied yet.
   *
   * @throws RuntimeException what the storage raised (then the node is stale until a catch-up
   *     succeeds)
   */
  void catchUp() {
    long asked = System.nanoTime();
    synchronized (reading) {
      if (!ready) {
        start();
        return;
      }
      if (lastReadStarted - asked > 0) {
        return; // a read that started after this call asked has just finished
      }
      lastReadStarted = System.nanoTime();
      try {
        while (true) {
          long after = applied;
          List<Change> batch = storage.transactions().inTransaction(() -> storage.changeLog().after(after, 10_000));
          if (batch.isEmpty()) {
            break;
          }
          Set<String> changed = new LinkedHashSet<>();
          boolean erased = false;
          for (Change change : batch) {
            if (change.topic().equals(ErasureChange.TOPIC)) {
              erased = true;
            } else if (change.topic().equals(SearchChanges.TOPIC)) {
              changed.add(change.body());
            } else if (change.topic().equals(SearchChanges.KNOWLEDGE_TOPIC)
                && change.body().startsWith(SearchChanges.ITEM + " ")) {
              String[] words = change.body().split(" ");
              changed.add(SearchChanges.ITEM + " " + words[words.length - 1]); // item COMMUNITY ITEM
            }
          }
          if (!changed.isEmpty()) {
            apply(changed);
          }
          if (erased) {
            putEverything(false);
          }
          applied = batch.get(batch.size() - 1).sequence();
          if (!changed.isEmpty() || erased || batch.size() < 10_000) {
            index.commit(applied);
          }
        }
      } catch (RuntimeException | Error e) {
        if (!failing) {
          LOG.warn("Search could not catch up with the change log; its results are stale until it does: {}", e.toString());
        }
        failing = true;
        throw e;
      }
      if (failing) {
        LOG.info("Search has caught up with the change log again");
      }
      failing = false;
      lastSuccess = asked;
    }
  }

  /** Indexes again, as the storage holds them now, the objects the changes name. */
  private void apply(Set<String> changed) {
    List<SearchDocument> put = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    storage.transactions().inTransaction(() -> {
      Set<ThreadId> threads = new LinkedHashSet<>();
      for (String body : changed) {
        int space = body.indexOf(' ');
        String what = space < 0 ? body : body.substring(0, space);
        String id = space < 0 ? "" : body.substring(space + 1);
        try {
          switch (what) {
            case SearchChanges.THREAD -> threads.add(ThreadId.of(id));
            case SearchChanges.POST -> post(PostId.of(id), threads, put, removed);
            case SearchChanges.ITEM -> {
              Optional<KnowledgeItem> item = storage.knowledgeItems().find(KnowledgeItemId.of(id));
              if (item.isPresent()) {
                put.add(document(item.get()));
              } else {
                removed.add(SearchDocument.key(SearchKind.KNOWLEDGE_ITEM, id));
              }
            }
            default -> LOG.error("Skipped a search change this version does not read: {}", body);
          }
        } catch (RuntimeException e) {
          LOG.error("Skipped a search change this version does not read: {} ({})", body, e.toString());
        }
      }
      for (ThreadId thread : threads) {
        thread(thread, put, removed);
      }
      return null;
    });
    index.remove(removed);
    index.put(put);
  }

  private void post(PostId id, Set<ThreadId> threads, List<SearchDocument> put, List<String> removed) {
    Optional<Post> post = storage.posts().find(id);
    if (post.isEmpty()) {
      removed.add(SearchDocument.key(SearchKind.POST, id.toString()));
      return;
    }
    Optional<DiscussionThread> thread = storage.threads().find(post.get().thread());
    if (thread.isEmpty()) {
      removed.add(SearchDocument.key(SearchKind.POST, id.toString()));
    } else if (thread.get().openingPost().equals(id)) {
      threads.add(thread.get().id()); // its state is the thread's, which its replies follow
    } else {
      put.add(documents.reply(thread.get(), post.get()));
    }
  }

  /** Indexes a thread and every post in it: its community, title, tags and state are theirs too. */
  private void thread(ThreadId id, List<SearchDocument> put, List<String> removed) {
    Optional<DiscussionThread> found = storage.threads().find(id);
    if (found.isEmpty()) {
      removed.add(SearchDocument.key(SearchKind.THREAD, id.toString()));
      return;
    }
    DiscussionThread thread = found.get();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Post> page = storage.posts().inThread(ThreadPosts.every(id), request);
      for (Post post : page.items()) {
        put.add(post.id().equals(thread.openingPost()) ? documents.thread(thread, post) : documents.reply(thread, post));
      }
      if (!page.hasNext()) {
        break;
      }
      request = request.next();
    }
  }

  /** @return whether search may be behind the storage: see {@code SearchResults#stale} */
  boolean stale() {
    return !ready || failing || System.nanoTime() - lastSuccess > staleAfterNanos;
  }

  /** Catches up every interval on a shared daemon thread until {@link #stop()} or until this object is unreachable. */
  synchronized void poll(Duration interval) {
    stop();
    long millis = Math.max(1, interval.toMillis());
    staleAfterNanos = Math.max(TimeUnit.SECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(10 * millis));
    WeakReference<SearchSync> self = new WeakReference<>(this);
    following = true;
    polling = POLLER.scheduleWithFixedDelay(() -> {
      SearchSync sync = self.get();
      if (sync == null) {
        throw new IllegalStateException("the platform is gone"); // cancels this task
      }
      try {
        sync.catchUpWhileFollowing();
      } catch (RuntimeException e) {
        // reported by catchUp; search stays stale and tries again at the next interval
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** The poller's catch-up: does nothing once {@link #stop()} has been called. */
  private void catchUpWhileFollowing() {
    synchronized (reading) {
      if (following) {
        catchUp();
      }
    }
  }

  /**
   * Stops polling. When it returns, a catch-up the poller had started has finished and the poller
   * writes nothing more to the index: a shared index (PostgreSQL) may be emptied or handed to
   * another platform without this one writing what it read before.
   */
  synchronized void stop() {
    following = false;
    if (polling != null) {
      polling.cancel(false);
      polling = null;
    }
    synchronized (reading) {
      // waits for a catch-up in flight
    }
  }
}
