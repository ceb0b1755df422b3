package org.copkit.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemorySearchIndex;
import org.junit.jupiter.api.Test;

/**
 * Search through the platform: the index is rebuilt from the storage, follows every change on
 * every node sharing the storage, re-checks each hit against the storage (an index that lags never
 * shows what was hidden since), filters and facets, and refuses bad queries.
 */
class SearchTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED,
      new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100));
  private final CommunityId community = scene.community.id();

  private PostOutcome.Published start(MemberId author, String title, String body, Set<String> tags) {
    return (PostOutcome.Published) scene.platform.discussions().start(author,
        new StartThread(community, ThreadKind.QUESTION, Audience.COMMUNITY, title, body, tags));
  }

  private List<String> ids(CopPlatform platform, MemberId reader, String words) {
    return platform.search().search(reader, SearchQuery.of(words)).hits().items().stream().map(SearchHit::id).toList();
  }

  private CopPlatform anotherNode(SearchIndex index) {
    return CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).searchIndex(index).build();
  }

  @Test
  void aNewNodeBuildsItsIndexFromTheStorageAndFollowsEveryChangeMadeElsewhere() {
    PostOutcome.Published question = start(MARTA, "Mediació amb menors", "Quin protocol seguim amb menors d'edat?",
        Set.of("menors"));
    KnowledgeItem pill = scene.platform.knowledgeBase().create(JORDI, new CreateItem(community, KnowledgeKind.PILL,
        Audience.COMMUNITY, new KnowledgeContent("Protocol de primera entrevista", "Escoltar abans de proposar", "",
            Set.of("protocol"), Set.of()), ""));
    CopPlatform other = anotherNode(InMemorySearchIndex.create());

    assertThat(ids(other, LAIA, "protocol")).containsExactlyInAnyOrder(question.thread().id().toString(), pill.id().toString());

    PostOutcome.Published answer = (PostOutcome.Published) scene.platform.discussions().reply(LAIA,
        new Reply(question.thread().id(), Optional.empty(), "Fem servir el protocol del jutjat"));
    scene.platform.discussions().edit(MARTA, new EditPost(question.post().id(), question.post().version(),
        "Quin procediment seguim amb adolescents?", ""));
    scene.platform.knowledgeBase().edit(JORDI, new EditItem(pill.id(), 1, new KnowledgeContent("Guia de primera entrevista",
        "Escoltar abans de proposar", "", Set.of("guia"), Set.of()), "títol"));

    assertThat(ids(other, LAIA, "protocol")).as("the edit and the new revision are followed on the other node")
        .containsExactly(answer.post().id().toString());
    assertThat(ids(other, LAIA, "adolescents")).containsExactly(question.thread().id().toString());
    assertThat(ids(other, LAIA, "guia entrevista")).containsExactly(pill.id().toString());
    other.close();
  }

  @Test
  void whatModerationHidesLeavesEveryonesResultsButItsAuthorsAndTheEModerators() {
    PostOutcome.Published question = start(MARTA, "Pregunta", "Com comencem?", Set.of());
    PostOutcome.Published reply = (PostOutcome.Published) scene.platform.discussions().reply(ORIOL,
        new Reply(question.thread().id(), Optional.empty(), "Un missatge inapropiat"));
    assertThat(ids(scene.platform, LAIA, "inapropiat")).hasSize(1);

    scene.platform.moderation().flag(LAIA, new RaiseFlag(community, new ModerationSubject.OfPost(reply.post().id()),
        FlagReason.INAPPROPRIATE, "No és el lloc"));

    assertThat(scene.platform.search().search(LAIA, SearchQuery.of("inapropiat")).hits().total()).isZero();
    assertThat(ids(scene.platform, ORIOL, "inapropiat")).containsExactly(reply.post().id().toString());
    assertThat(ids(scene.platform, JORDI, "inapropiat")).containsExactly(reply.post().id().toString());
    assertThat(ids(scene.platform, XAVIER, "inapropiat")).isEmpty();
  }

  @Test
  void anIndexThatLagsNeverShowsWhatTheStorageHidSince() {
    FreezableIndex index = new FreezableIndex();
    CopPlatform node = anotherNode(index);
    PostOutcome.Published question = start(MARTA, "Pregunta", "Com comencem?", Set.of());
    PostOutcome.Published reply = (PostOutcome.Published) scene.platform.discussions().reply(ORIOL,
        new Reply(question.thread().id(), Optional.empty(), "Un missatge inapropiat"));
    assertThat(ids(node, LAIA, "inapropiat")).hasSize(1);
    index.frozen = true;

    scene.platform.moderation().flag(LAIA, new RaiseFlag(community, new ModerationSubject.OfPost(reply.post().id()),
        FlagReason.INAPPROPRIATE, "No és el lloc"));
    IndexResult stillThere = index.query(new IndexQuery("inapropiat", org.copkit.api.search.port.SearchAccess.all(),
        Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), 0, 10, 0));

    assertThat(stillThere.total()).as("the index lags").isEqualTo(1);
    SearchResults results = node.search().search(LAIA, SearchQuery.of("inapropiat"));
    assertThat(results.hits().items()).isEmpty();
    assertThat(results.hits().total()).isZero();
    assertThat(ids(node, ORIOL, "inapropiat")).as("its author still reads it").hasSize(1);
    node.close();
  }

  @Test
  void anIndexThatLagsNeverShowsAThreadTheStorageHidSinceNorACoreThreadToTheWholeCommunity() {
    FreezableIndex index = new FreezableIndex();
    CopPlatform node = anotherNode(index);
    PostOutcome.Published question = start(MARTA, "Pregunta inapropiada", "Com comencem?", Set.of());
    PostOutcome.Published core = (PostOutcome.Published) scene.platform.discussions().start(MARTA,
        new StartThread(community, ThreadKind.DISCUSSION, Audience.CORE, "Esborrany inapropiat", "Només el nucli",
            Set.of()));
    assertThat(ids(node, MARTA, "pregunta")).contains(question.thread().id().toString());
    assertThat(ids(node, MARTA, "esborrany")).contains(core.thread().id().toString());
    index.frozen = true;

    scene.platform.moderation().flag(LAIA, new RaiseFlag(community,
        new ModerationSubject.OfPost(question.post().id()), FlagReason.INAPPROPRIATE, "No és el lloc"));

    assertThat(ids(node, LAIA, "pregunta")).as("hidden since, whatever the index says").isEmpty();
    assertThat(ids(node, LAIA, "esborrany")).as("the working group's, not a participant's").isEmpty();
    assertThat(ids(node, MARTA, "esborrany")).contains(core.thread().id().toString());
    assertThat(ids(node, JORDI, "pregunta")).as("its e-moderator still reads it")
        .contains(question.thread().id().toString());
    node.close();
  }

  @Test
  void aSnippetEscapesTheTextBeforeBetweenAndAfterItsMarks() {
    assertThat(SearchService.html(new org.copkit.api.search.port.Excerpt("a < b & \"c\" mediació 'd' > e",
        List.of(new org.copkit.api.search.port.Excerpt.Mark(12, 20)))))
        .isEqualTo("a &lt; b &amp; &quot;c&quot; <mark>mediació</mark> &#39;d&#39; &gt; e");
    assertThat(SearchService.html(new org.copkit.api.search.port.Excerpt("<i>", List.of(
        new org.copkit.api.search.port.Excerpt.Mark(0, 3))))).isEqualTo("<mark>&lt;i&gt;</mark>");
  }

  @Test
  void aThreadMovedToAnotherCommunityIsFoundThereWithItsReplies() {
    PostOutcome.Published question = start(MARTA, "Trasllat", "Un fil que canvia de comunitat", Set.of());
    scene.platform.discussions().reply(LAIA, new Reply(question.thread().id(), Optional.empty(), "Resposta del fil"));
    CommunityId target = scene.platform.lifecycle().create(NURIA,
        new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.SECRET)).id();

    scene.platform.discussions().move(NURIA, question.thread().id(), target, "Hi encaixa millor");

    SearchResults results = scene.platform.search().search(NURIA, SearchQuery.of("fil"));
    assertThat(results.hits().items()).extracting(SearchHit::community).containsOnly(target).hasSize(2);
    assertThat(ids(scene.platform, MARTA, "fil")).as("the author is no member of the SECRET community").isEmpty();
  }

  @Test
  void filtersAndFacetsByKindTagAuthorAndTime() {
    PostOutcome.Published first = start(MARTA, "Pressupost", "Pressupost del 2026", Set.of("diners", "2026"));
    scene.clock.advance(java.time.Duration.ofDays(1));
    Instant later = scene.clock.instant();
    PostOutcome.Published second = start(LAIA, "Pressupost B", "Un altre pressupost", Set.of("diners"));
    SearchQuery query = SearchQuery.of("pressupost");

    SearchResults all = scene.platform.search().search(LAIA, query);
    assertThat(all.facet(SearchFacet.TAG)).containsExactly(new FacetCount("diners", 2), new FacetCount("2026", 1));
    assertThat(all.facet(SearchFacet.AUTHOR)).containsExactlyInAnyOrder(new FacetCount("marta", 1), new FacetCount("laia", 1));
    assertThat(all.stale()).isFalse();
    assertThat(ids(scene.platform, LAIA, "pressupost")).hasSize(2);
    assertThat(scene.platform.search().search(LAIA, query.taggedWith(Set.of("2026"))).hits().items())
        .extracting(SearchHit::id).containsExactly(first.thread().id().toString());
    assertThat(scene.platform.search().search(LAIA, query.byAuthors(Set.of(LAIA))).hits().items())
        .extracting(SearchHit::id).containsExactly(second.thread().id().toString());
    assertThat(scene.platform.search().search(LAIA, query.writtenBetween(Optional.of(later), Optional.empty()))
        .hits().items()).extracting(SearchHit::id).containsExactly(second.thread().id().toString());
    assertThat(scene.platform.search().search(LAIA, query.ofKinds(Set.of(SearchKind.KNOWLEDGE_ITEM))).hits().total())
        .isZero();
  }

  @Test
  void refusesQueriesOutOfBoundsNamingTheField() {
    assertThatThrownBy(() -> SearchQuery.of("x".repeat(SearchQuery.MAX_TEXT + 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> SearchQuery.of("x").at(new PageRequest(0, SearchQuery.MAX_PAGE_SIZE + 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
    assertThatThrownBy(() -> SearchQuery.of("x").at(new PageRequest(SearchQuery.MAX_DEPTH / 10, 10)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
    Instant now = scene.clock.instant();
    assertThatThrownBy(() -> SearchQuery.of("x").writtenBetween(Optional.of(now), Optional.of(now)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("until");
    assertThatThrownBy(() -> SearchQuery.of("x").taggedWith(Set.of("two words")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tags");
    assertThat(SearchQuery.of("x").at(new PageRequest(SearchQuery.MAX_DEPTH / 10 - 1, 10)).page().offset()).isEqualTo(990);
  }

  @Test
  void snippetsEscapeWhatTheAuthorWroteAndMarkOnlyTheWords() {
    start(MARTA, "Etiquetes", "Escriu <script>alert('x')</script> i **mediació** & més", Set.of());

    SearchHit hit = scene.platform.search().search(LAIA, SearchQuery.of("mediacio")).hits().items().get(0);

    assertThat(hit.snippet()).contains("<mark>mediació</mark>").doesNotContain("<script>").contains("&amp;");
  }

  @Test
  void closingANodeWaitsForItsPollerAndThenNothingMoreIsWrittenToTheIndex() throws Exception {
    java.util.concurrent.CountDownLatch inPut = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean blocking = new java.util.concurrent.atomic.AtomicBoolean();
    SearchIndex index = new FreezableIndex() {
      @Override
      public void put(Collection<SearchDocument> documents) {
        puts.incrementAndGet();
        if (blocking.compareAndSet(true, false)) {
          inPut.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        super.put(documents);
      }
    };
    CopPlatform node = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).searchIndex(index).feedCatchUpInterval(java.time.Duration.ofMillis(2)).build();
    blocking.set(true);
    start(MARTA, "Pregunta", "Escrita en un altre node", Set.of());
    assertThat(inPut.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the poller applies the change").isTrue();

    java.util.concurrent.CompletableFuture<Void> closing = java.util.concurrent.CompletableFuture.runAsync(node::close);
    Thread.sleep(50);
    assertThat(closing).as("close waits for the catch-up in flight").isNotDone();
    release.countDown();
    closing.get(10, java.util.concurrent.TimeUnit.SECONDS);
    int afterClose = puts.get();
    start(MARTA, "Una altra pregunta", "Escrita quan el node ja no segueix", Set.of());
    Thread.sleep(50);

    assertThat(puts.get()).as("no background write after close").isEqualTo(afterClose);
  }

  /** An index that stops applying writes when frozen: a node that lags behind the log. */
  private static class FreezableIndex extends ForwardingSearchIndex {
    volatile boolean frozen;

    @Override
    public void put(Collection<SearchDocument> documents) {
      if (!frozen) {
        super.put(documents);
      }
    }

    @Override
    public void remove(Collection<String> keys) {
      if (!frozen) {
        super.remove(keys);
      }
    }
  }
}
