package org.copkit.core.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.port.ThreadFilter;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryThreads implements Threads {

  private static final Comparator<DiscussionThread> PINNED_FIRST = Comparator.comparing(t -> !t.pinned());
  private static final Comparator<DiscussionThread> BY_ID = Comparator.comparing(t -> t.id().toString());

  private final IndexedStore<ThreadId, DiscussionThread> threads;
  private final IndexedStore<ThreadId, DiscussionThread>.Index<CommunityId> byCommunity;
  private final IndexedStore<ThreadId, DiscussionThread>.Timeline<CommunityId> byOpening;

  InMemoryThreads(InMemoryTransactions transactions) {
    this.threads =
        new IndexedStore<>(
            transactions,
            "thread",
            DiscussionThread::id,
            DiscussionThread::version,
            DiscussionThread::withVersion);
    this.byCommunity = threads.index(DiscussionThread::community);
    this.byOpening = threads.timeline(DiscussionThread::community, DiscussionThread::createdAt, Comparator.comparing(ThreadId::value));
  }

  @Override
  public void add(DiscussionThread thread) {
    threads.add(thread);
  }

  @Override
  public DiscussionThread update(DiscussionThread thread) {
    return threads.update(thread);
  }

  @Override
  public Optional<DiscussionThread> find(ThreadId id) {
    return threads.find(id);
  }

  @Override
  public Page<DiscussionThread> list(ThreadFilter filter, PageRequest page) {
    return Page.of(
        byCommunity.find(filter.community()).filter(filter::accepts).sorted(listed(filter.order())).toList(), page);
  }

  @Override
  public long countStartedSince(CommunityId community, MemberId author, Instant since) {
    return byCommunity.find(community)
        .filter(t -> t.author().equals(author) && !t.createdAt().isBefore(since))
        .count();
  }

  private static Comparator<DiscussionThread> listed(ThreadOrder order) {
    Comparator<DiscussionThread> inOrder =
        switch (order) {
          case NEWEST -> Comparator.comparing(DiscussionThread::createdAt).reversed();
          case ACTIVE -> Comparator.comparing(DiscussionThread::lastActivityAt).reversed();
          case UNANSWERED -> Comparator.comparing(DiscussionThread::createdAt);
        };
    return PINNED_FIRST.thenComparing(inOrder).thenComparing(BY_ID);
  }

  /**
   * For the in-memory analytics: a community's threads, oldest first.
   *
   * @return a live view; read it inside a unit of work
   */
  Collection<DiscussionThread> openedIn(CommunityId community) {
    return byOpening.between(community, Instant.MIN, Instant.MAX);
  }

  /** For the in-memory analytics: changes whenever a thread of the community is added or changed. */
  long versionOf(CommunityId community) {
    return byOpening.version(community);
  }

  /** For the in-memory analytics: the communities that hold threads. */
  Set<CommunityId> communitiesWithThreads() {
    return byOpening.groups();
  }

  /** @return every record, for the evidence of portfolios */
  java.util.stream.Stream<org.copkit.api.discussion.DiscussionThread> all() {
    return threads.all();
  }
}
