package org.copkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.AttachFile;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.Library;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.FileSystemDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of library documents through the platform, on a file-system store with a small limit: whoever
 * may change the document attaches a file as its next revision; whoever may read it downloads it
 * (counted) and lists its files; an item the reader may not read is missing as an unused ID; a file
 * over the limit, a bad name or media type, an item that moved on or is no library document leave no
 * byte in the store and no revision.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia and Oriol, participants; Pere, an observer;
 * Xavier, an outsider.
 */
class LibraryTest {

  private static final long LIMIT = 4096;

  @TempDir
  Path directory;

  private ConversationScene scene;
  private Library library;
  private CommunityId community;

  private void open() {
    scene = new ConversationScene(Visibility.CLOSED, FileSystemDocuments.in(directory.resolve("files"), LIMIT));
    library = scene.platform.library();
    community = scene.community.id();
  }

  private KnowledgeItem document(Audience audience) {
    return scene.platform.knowledgeBase().create(MARTA, new CreateItem(community, KnowledgeKind.LIBRARY_DOCUMENT, audience,
        new KnowledgeContent("Guia de mediació", "La guia del CEJFE", "https://example.org/guia", Set.of(), Set.of()), ""));
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> stored() throws IOException {
    try (Stream<Path> files = Files.list(directory.resolve("files"))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void aFileIsAttachedAsTheNextRevisionAndDownloadedWhole() throws Exception {
    open();
    KnowledgeItem guide = document(Audience.COMMUNITY);
    String text = "Guia de mediació · l·l";

    AttachedFile file = library.attach(MARTA, new AttachFile(guide.id(), 1, "Guia mediació.pdf", "Application/PDF", ""),
        bytes(text));

    assertThat(file.revision()).isEqualTo(2);
    assertThat(file.name()).isEqualTo("Guia mediació.pdf");
    assertThat(file.file().contentType()).isEqualTo("application/pdf");
    assertThat(file.file().size()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(file.file().sha256()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
    KnowledgeItem now = scene.platform.knowledgeQueries().item(ORIOL, guide.id());
    assertThat(now.revision()).isEqualTo(2);
    assertThat(now.current().content()).isEqualTo(guide.current().content());
    assertThat(now.current().note()).isEqualTo("file Guia mediació.pdf");
    try (Library.Download download = library.download(PERE, guide.id())) {
      assertThat(download.file()).isEqualTo(file);
      assertThat(new String(download.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
    scene.platform.knowledgeBase().edit(MARTA, new EditItem(guide.id(), 2, new KnowledgeContent("Guia (2)", "Nova",
        "https://example.org/guia", Set.of(), Set.of()), "títol"));
    try (Library.Download download = library.download(ORIOL, guide.id())) {
      assertThat(download.file()).as("the latest file before the latest revision").isEqualTo(file);
    }
    AttachedFile second = library.attach(JORDI, new AttachFile(guide.id(), 3, "guia-v2.txt", "text/plain", "nova versió"),
        bytes("v2"));
    assertThat(library.files(PERE, guide.id())).containsExactly(second, file);
    assertThat(scene.platform.knowledgeFeedback().summary(JORDI, guide.id()).reach()).isEqualTo(new Reach(0, 2));
    assertThat(stored()).hasSize(2).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void whoMayNotChangeTheDocumentAttachesNothingAndWhoMayNotReadItFindsNothing() throws Exception {
    open();
    KnowledgeItem guide = document(Audience.COMMUNITY);
    KnowledgeItem core = document(Audience.CORE);

    assertThatThrownBy(() -> library.attach(LAIA, new AttachFile(guide.id(), 1, "a.pdf", "application/pdf", ""), bytes("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> library.attach(PERE, new AttachFile(guide.id(), 1, "a.pdf", "application/pdf", ""), bytes("x")))
        .isInstanceOf(AccessDeniedException.class);
    for (KnowledgeItemId hidden : List.of(KnowledgeItemId.random(), guide.id())) {
      assertThatThrownBy(() -> library.attach(XAVIER, new AttachFile(hidden, 1, "a.pdf", "application/pdf", ""), bytes("x")))
          .isInstanceOf(NotFoundException.class).hasMessageContaining(hidden.toString());
      assertThatThrownBy(() -> library.download(XAVIER, hidden)).isInstanceOf(NotFoundException.class)
          .hasMessageContaining("knowledge item");
      assertThatThrownBy(() -> library.files(XAVIER, hidden)).isInstanceOf(NotFoundException.class);
    }
    library.attach(MARTA, new AttachFile(core.id(), 1, "nota.txt", "text/plain", ""), bytes("del grup"));
    assertThatThrownBy(() -> library.download(ORIOL, core.id())).isInstanceOf(NotFoundException.class)
        .hasMessage(new NotFoundException("knowledge item", core.id().toString()).getMessage());
    assertThatThrownBy(() -> library.download(ORIOL, guide.id())).as("no file yet")
        .isInstanceOf(NotFoundException.class).hasMessageContaining("file of knowledge item");

    assertThat(stored()).hasSize(1);
    assertThat(scene.platform.knowledgeQueries().item(JORDI, guide.id()).revision()).isEqualTo(1);
  }

  @Test
  void badInputAStaleRevisionOrAFileOverTheLimitLeaveNoByteAndNoRevision() throws Exception {
    open();
    KnowledgeItem guide = document(Audience.COMMUNITY);
    KnowledgeItem pill = scene.platform.knowledgeBase().create(JORDI, new CreateItem(community, KnowledgeKind.PILL,
        Audience.COMMUNITY, new KnowledgeContent("Píndola", "Breu", "", Set.of(), Set.of()), ""));

    for (String name : List.of("", "../secret", "a/b.pdf", "a\\b", "..", "x".repeat(AttachedFile.MAX_NAME + 1), "a\u0000b")) {
      assertThatThrownBy(() -> new AttachFile(guide.id(), 1, name, "application/pdf", ""))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
    assertThatThrownBy(() -> new AttachFile(guide.id(), 1, "a.pdf", "pdf", ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contentType"));
    assertThatThrownBy(() -> library.attach(MARTA, new AttachFile(guide.id(), 1, "gran.bin", "application/octet-stream", ""),
        new ByteArrayInputStream(new byte[(int) LIMIT + 1])))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
    assertThatThrownBy(() -> library.attach(MARTA, new AttachFile(guide.id(), 1, "a.pdf", "application/pdf", ""), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> library.attach(JORDI, new AttachFile(pill.id(), 1, "a.pdf", "application/pdf", ""), bytes("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("item"));
    assertThatThrownBy(() -> library.attach(MARTA, new AttachFile(guide.id(), 2, "a.pdf", "application/pdf", ""), bytes("x")))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
    InputStream failing = new InputStream() {
      private int left = 100;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("connection reset");
        }
        left--;
        return 'x';
      }
    };
    assertThatThrownBy(() -> library.attach(MARTA, new AttachFile(guide.id(), 1, "a.pdf", "application/pdf", ""), failing))
        .isInstanceOf(java.io.UncheckedIOException.class);

    assertThat(stored()).as("no byte kept, no temporary file left").isEmpty();
    assertThat(scene.platform.knowledgeQueries().revisions(JORDI, guide.id(), PageRequest.first(5)).items()).hasSize(1);
    assertThat(library.files(JORDI, guide.id())).isEmpty();
  }

  @Test
  void twoAttachmentsBasedOnTheSameRevisionKeepOneAndTheOthersBytesAreDeleted() throws Exception {
    open();
    KnowledgeItem guide = document(Audience.COMMUNITY);
    java.util.concurrent.atomic.AtomicInteger attached = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger stale = new java.util.concurrent.atomic.AtomicInteger();
    org.copkit.tck.shared.Race.run(4, thread -> {
      try {
        library.attach(thread % 2 == 0 ? MARTA : JORDI,
            new AttachFile(guide.id(), 1, "v" + thread + ".txt", "text/plain", ""), bytes("versió " + thread));
        attached.incrementAndGet();
      } catch (ConflictException lost) {
        assertThat(lost.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
        stale.incrementAndGet();
      }
    });

    assertThat(attached).hasValue(1);
    assertThat(stale).hasValue(3);
    assertThat(library.files(JORDI, guide.id())).singleElement().satisfies(f -> assertThat(f.revision()).isEqualTo(2));
    assertThat(stored()).hasSize(1);
  }

  private CreateItem noLink(Audience audience) {
    return new CreateItem(community, KnowledgeKind.LIBRARY_DOCUMENT, audience,
        new KnowledgeContent("Protocol", "El protocol signat", "", Set.of(), Set.of()), "");
  }

  @Test
  void aDocumentCreatedWithItsFileNeedsNoLinkAndOneWithAFileMayDropItsLink() throws Exception {
    open();
    AttachedFile file = library.create(MARTA, noLink(Audience.COMMUNITY), "protocol.pdf", "application/pdf",
        bytes("el protocol"));

    assertThat(file.revision()).isEqualTo(1);
    KnowledgeItem protocol = scene.platform.knowledgeQueries().item(ORIOL, file.item());
    assertThat(protocol.kind()).isEqualTo(KnowledgeKind.LIBRARY_DOCUMENT);
    assertThat(protocol.current().content().link()).isEmpty();
    assertThat(protocol.createdBy()).isEqualTo(MARTA);
    try (Library.Download download = library.download(PERE, protocol.id())) {
      assertThat(download.file()).isEqualTo(file);
      assertThat(new String(download.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("el protocol");
    }
    KnowledgeItem linked = scene.platform.knowledgeBase().edit(JORDI, new EditItem(protocol.id(), 1,
        new KnowledgeContent("Protocol", "Amb enllaç", "https://example.org/p", Set.of(), Set.of()), "enllaç"));
    KnowledgeItem unlinked = scene.platform.knowledgeBase().edit(JORDI, new EditItem(protocol.id(), 2,
        new KnowledgeContent("Protocol", "Sense enllaç", "", Set.of(), Set.of()), "fora l'enllaç"));
    assertThat(unlinked.current().content().link()).isEmpty();
    scene.platform.knowledgeBase().restore(JORDI, new org.copkit.api.knowledge.RestoreRevision(protocol.id(), 1, 3, "la primera"));

    KnowledgeItem guide = document(Audience.COMMUNITY);
    library.attach(MARTA, new AttachFile(guide.id(), 1, "guia.pdf", "application/pdf", ""), bytes("guia"));
    KnowledgeItem fileOnly = scene.platform.knowledgeBase().edit(MARTA, new EditItem(guide.id(), 2,
        new KnowledgeContent("Guia", "Ara amb fitxer", "", Set.of(), Set.of()), "el fitxer basta"));
    assertThat(fileOnly.current().content().link()).isEmpty();
    assertThat(linked.revision()).isEqualTo(2);
    assertThat(stored()).hasSize(2);
  }

  @Test
  void aDocumentWithNeitherLinkNorFileIsRefusedAndNothingIsKept() throws Exception {
    open();
    KnowledgeItem guide = document(Audience.COMMUNITY);

    assertThatThrownBy(() -> scene.platform.knowledgeBase().create(MARTA, noLink(Audience.COMMUNITY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content.link"));
    assertThatThrownBy(() -> scene.platform.knowledgeBase().edit(MARTA, new EditItem(guide.id(), 1,
        new KnowledgeContent("Guia", "Sense res", "", Set.of(), Set.of()), "sense enllaç")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content.link"));
    CreateItem pill = new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
        new KnowledgeContent("Píndola", "Breu", "", Set.of(), Set.of()), "");
    assertThatThrownBy(() -> library.create(JORDI, pill, "a.pdf", "application/pdf", bytes("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    assertThatThrownBy(() -> library.create(MARTA, noLink(Audience.COMMUNITY), "../a.pdf", "application/pdf", bytes("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> library.create(MARTA, noLink(Audience.COMMUNITY), "a.pdf", "pdf", bytes("x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contentType"));
    assertThatThrownBy(() -> library.create(MARTA, noLink(Audience.COMMUNITY), "a.pdf", "application/pdf",
        new ByteArrayInputStream(new byte[(int) LIMIT + 1])))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
    assertThatThrownBy(() -> library.create(LAIA, noLink(Audience.COMMUNITY), "a.pdf", "application/pdf", bytes("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> library.create(XAVIER, noLink(Audience.COMMUNITY), "a.pdf", "application/pdf", bytes("x")))
        .as("an outsider of a closed community").isInstanceOf(AccessDeniedException.class);

    assertThat(stored()).as("no byte kept").isEmpty();
    assertThat(scene.platform.knowledgeQueries().items(JORDI, community,
        PageRequest.first(10)).items()).containsExactly(guide);
  }
}
