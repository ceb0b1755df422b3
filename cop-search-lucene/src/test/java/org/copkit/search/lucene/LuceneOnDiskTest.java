package org.copkit.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index on disk outlives its platform: a node that restarts reopens it at its checkpoint and
 * applies only what the change log added since, without rebuilding.
 */
class LuceneOnDiskTest {

  private static final MemberId JORDI = MemberId.of("jordi");

  @TempDir Path folder;

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final InMemoryDirectory people = InMemoryDirectory.of(Person.active(JORDI, "Jordi Casals", "Mediació"));

  private CopPlatform platform(LuceneSearchIndex index) {
    return CopPlatform.builder().storage(storage).directory(people).discoverModerationRules(false).searchIndex(index)
        .searchLanguages(community -> SearchLanguage.CATALAN).build();
  }

  private void start(CopPlatform platform, CommunityId community, String title) {
    platform.discussions().start(JORDI, new StartThread(community, ThreadKind.DISCUSSION, Audience.COMMUNITY, title,
        title + ".", Set.of()));
  }

  @Test
  void aRestartedNodeCatchesUpFromItsCheckpointInsteadOfRebuilding() {
    LuceneSearchIndex first = LuceneSearchIndex.onDisk(folder);
    CopPlatform before = platform(first);
    CommunityId community = before.lifecycle().create(JORDI,
        new CommunityDetails("Mediació", "Mediació penal", "", Visibility.OPEN)).id();
    start(before, community, "Primera entrevista amb la víctima");
    assertThat(before.search().search(JORDI, SearchQuery.of("entrevista")).hits().total()).isEqualTo(1);
    long checkpoint = first.checkpoint();
    first.put(java.util.List.of(new org.copkit.api.search.port.SearchDocument(org.copkit.api.search.SearchKind.THREAD,
        "marker", java.util.Optional.empty(), community, SearchLanguage.CATALAN, Audience.COMMUNITY, true, JORDI,
        "Marcador", "Només és a l'índex", Set.of(), java.time.Instant.parse("2026-01-01T00:00:00Z"))));
    first.commit(checkpoint);
    before.close();
    first.close();
    start(platform(LuceneSearchIndex.inMemory()), community, "Segona entrevista, ja amb l'infractor");

    LuceneSearchIndex reopened = LuceneSearchIndex.onDisk(folder);
    assertThat(reopened.checkpoint()).as("remembered across the restart").isEqualTo(checkpoint).isPositive();
    CopPlatform after = platform(reopened);

    assertThat(after.search().search(JORDI, SearchQuery.of("entrevista")).hits().total()).isEqualTo(2);
    assertThat(reopened.checkpoint()).isGreaterThan(checkpoint);
    assertThat(reopened.query(new org.copkit.api.search.port.IndexQuery("marcador",
        org.copkit.api.search.port.SearchAccess.all(), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Optional.empty(),
        java.util.Optional.empty(), 0, 10, 0)).total()).as("not rebuilt: what only the index held is still there")
        .isEqualTo(1);
    after.close();
    reopened.close();
  }

  @Test
  void anIndexWrittenWithAnotherLayoutOfFieldsIsRebuilt() throws Exception {
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder);
        org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document document = new org.apache.lucene.document.Document();
      document.add(new org.apache.lucene.document.TextField("title_catalan", "Entrevista",
          org.apache.lucene.document.Field.Store.NO));
      old.addDocument(document);
      old.setLiveCommitData(java.util.Map.of("copkit.checkpoint", "42").entrySet());
      old.commit();
    }
    CommunityId community;
    try (LuceneSearchIndex reopened = LuceneSearchIndex.onDisk(folder)) {
      assertThat(reopened.checkpoint()).as("an old layout holds no checkpoint: the platform rebuilds it").isZero();
      CopPlatform platform = platform(reopened);
      community = platform.lifecycle().create(JORDI,
          new CommunityDetails("Mediació", "Mediació penal", "", Visibility.OPEN)).id();
      start(platform, community, "Primera entrevista amb la víctima");
      assertThat(platform.search().search(JORDI, SearchQuery.of("entrevista")).hits().total()).isEqualTo(1);
      platform.close();
    }
    try (LuceneSearchIndex again = LuceneSearchIndex.onDisk(folder)) {
      assertThat(again.checkpoint()).as("the new layout keeps its checkpoint").isPositive();
    }
  }

  @Test
  void refusesAFolderAnotherIndexHolds() {
    LuceneSearchIndex holder = LuceneSearchIndex.onDisk(folder);
    try {
      assertThatThrownBy(() -> LuceneSearchIndex.onDisk(folder)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("path");
    } finally {
      holder.close();
    }
    assertThatThrownBy(() -> LuceneSearchIndex.onDisk(null)).isInstanceOf(InvalidInputException.class);
  }
}
