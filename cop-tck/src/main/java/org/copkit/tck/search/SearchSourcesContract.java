package org.copkit.tck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.search.port.SearchSources;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.knowledge.KnowledgeItemsContract;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SearchSources}: keyset scans visit every post (opening posts and replies,
 * in every state) and every knowledge item (at its latest revision) exactly once, in the order of
 * their IDs as canonical text, whatever the batch size; threads are read in bulk; bounds are
 * checked.
 */
public abstract class SearchSourcesContract extends StorageContract {

  /** IDs whose text order differs from the order of their numbers read as signed longs. */
  private static final List<String> IDS = List.of(
      "00000000-0000-4000-8000-000000000001", "7fffffff-ffff-4fff-bfff-ffffffffffff", "80000000-0000-4000-8000-000000000001",
      "f0000000-0000-4000-8000-000000000001", "ffffffff-ffff-4fff-bfff-fffffffffffe");

  private SearchSources sources;

  /** For subclasses. */
  protected SearchSourcesContract() {}

  @BeforeEach
  final void openPorts() {
    sources = eachCallInATransaction(SearchSources.class, storage -> storage.searchSources());
  }

  private List<Post> storeThreadsWithReplies() {
    List<Post> posts = new ArrayList<>();
    int next = 0;
    for (int t = 0; t < 2; t++) {
      DiscussionThread thread = aThread().openedWith(PostId.of(IDS.get(next))).build();
      Post opening = aPost().withId(PostId.of(IDS.get(next++))).opening(thread).build();
      inTransaction(() -> {
        store().threads().add(thread);
        store().posts().add(opening);
      });
      posts.add(opening);
    }
    DiscussionThread first = inTransaction(() -> store().threads().find(posts.get(0).thread()).orElseThrow());
    for (PostState state : PostState.values()) {
      Post reply = aPost().withId(state == PostState.PUBLISHED ? PostId.of(IDS.get(next++)) : PostId.random())
          .in(first).replyingTo(posts.get(0).id()).inState(state).build();
      inTransaction(() -> store().posts().add(reply));
      posts.add(reply);
    }
    return posts;
  }

  private static List<String> byText(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.naturalOrder());
    return sorted;
  }

  @Test
  void scansEveryPostOnceInTheTextOrderOfItsIdWhateverTheBatch() {
    List<Post> stored = storeThreadsWithReplies();
    List<String> expected = byText(stored.stream().map(p -> p.id().toString()).toList());

    for (int max : new int[] {1, 2, 3, stored.size(), SearchSources.MAX_BATCH}) {
      List<Post> seen = new ArrayList<>();
      Optional<PostId> after = Optional.empty();
      while (true) {
        List<Post> batch = sources.postsAfter(after, max);
        assertThat(batch.size()).as("batch of " + max).isLessThanOrEqualTo(max);
        if (batch.isEmpty()) {
          break;
        }
        seen.addAll(batch);
        after = Optional.of(batch.get(batch.size() - 1).id());
      }
      assertThat(seen).extracting(p -> p.id().toString()).as("batches of " + max).containsExactlyElementsOf(expected);
    }
    assertThat(sources.postsAfter(Optional.empty(), SearchSources.MAX_BATCH))
        .containsExactlyInAnyOrderElementsOf(stored.stream().map(p -> inTransaction(() -> store().posts().find(p.id())
            .orElseThrow())).toList());
  }

  @Test
  void readsThreadsInBulkAndSkipsThoseNotStored() {
    List<Post> stored = storeThreadsWithReplies();
    Set<ThreadId> ids = Set.of(stored.get(0).thread(), stored.get(1).thread(), ThreadId.random());

    List<DiscussionThread> threads = sources.threads(ids);

    assertThat(threads).extracting(DiscussionThread::id)
        .containsExactlyInAnyOrder(stored.get(0).thread(), stored.get(1).thread());
    assertThat(threads).contains(inTransaction(() -> store().threads().find(stored.get(0).thread()).orElseThrow()));
    assertThat(sources.threads(Set.of())).isEmpty();
  }

  @Test
  void scansEveryKnowledgeItemOnceAtItsLatestRevision() {
    CommunityId community = CommunityId.random();
    List<KnowledgeItem> items = new ArrayList<>();
    for (String id : IDS) {
      KnowledgeItem item = KnowledgeItemsContract.anItem(community, Audience.COMMUNITY, Instant.parse("2026-03-02T08:00:00Z"));
      KnowledgeItem withId = new KnowledgeItem(KnowledgeItemId.of(id), item.community(), item.kind(), item.audience(),
          item.createdBy(), item.createdAt(), new KnowledgeRevision(KnowledgeItemId.of(id), 1, item.current().content(),
              item.current().html(), item.current().author(), item.current().at(), "", 0));
      inTransaction(() -> store().knowledgeItems().add(withId));
      items.add(withId);
    }
    KnowledgeItem revised = items.get(2).revised(new KnowledgeRevision(items.get(2).id(), 2,
        new KnowledgeContent("Segona versió", "Cos nou", "", Set.of(), Set.of()), "<p>Cos nou</p>", MemberId.of("laia"),
        Instant.parse("2026-03-02T09:00:00Z"), "", 0));
    inTransaction(() -> store().knowledgeItems().revise(revised));

    List<KnowledgeItem> seen = new ArrayList<>();
    Optional<KnowledgeItemId> after = Optional.empty();
    while (true) {
      List<KnowledgeItem> batch = sources.itemsAfter(after, 2);
      if (batch.isEmpty()) {
        break;
      }
      seen.addAll(batch);
      after = Optional.of(batch.get(batch.size() - 1).id());
    }

    assertThat(seen).extracting(i -> i.id().toString()).containsExactlyElementsOf(byText(IDS));
    assertThat(seen).filteredOn(i -> i.id().equals(revised.id())).singleElement()
        .satisfies(i -> assertThat(i.current().content().title()).isEqualTo("Segona versió"));
  }

  @Test
  void refusesBatchesOutOfBounds() {
    for (int max : new int[] {0, -1, SearchSources.MAX_BATCH + 1}) {
      assertThatThrownBy(() -> sources.postsAfter(Optional.empty(), max)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("max");
      assertThatThrownBy(() -> sources.itemsAfter(Optional.empty(), max)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("max");
    }
    assertThatThrownBy(() -> sources.postsAfter(null, 1)).isInstanceOf(InvalidInputException.class);
  }
}
