package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.port.AttachedFiles;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AttachedFiles}: a file comes back with every field as stored (a name with
 * accents and spaces, the store's key, media type, size and digest); one file per item revision,
 * a second is a DUPLICATE; the file at a revision is the one attached at it or the latest before it;
 * an item's files list newest revision first; a unit of work that fails keeps nothing.
 */
public abstract class AttachedFilesContract extends StorageContract {

  private final KnowledgeItemId item = KnowledgeItemId.random();
  private AttachedFiles files;

  /** For subclasses. */
  protected AttachedFilesContract() {}

  @BeforeEach
  final void openPorts() {
    files = eachCallInATransaction(AttachedFiles.class, storage -> storage.attachedFiles());
  }

  private AttachedFile file(KnowledgeItemId of, int revision, String name) {
    DocumentFile stored = new DocumentFile(new DocumentKey(of + "-r" + revision + "-0a1b"), "application/pdf",
        5_000_000_000L + revision, "0123456789abcdef".repeat(4));
    return new AttachedFile(of, revision, name, stored, MemberId.of("Núria"), secondsAfterT0(revision));
  }

  @Test
  void keepsEveryFieldAndFindsTheFileAtOrBeforeARevision() {
    AttachedFile second = file(item, 2, "Guia de mediació · l·l (v2).pdf");
    AttachedFile fifth = file(item, 5, "guia.pdf");
    files.add(fifth);
    files.add(second);
    files.add(file(KnowledgeItemId.random(), 3, "altre.pdf"));

    assertThat(files.atRevision(item, 1)).isEmpty();
    assertThat(files.atRevision(item, 2)).contains(second);
    assertThat(files.atRevision(item, 4)).contains(second);
    assertThat(files.atRevision(item, 5)).contains(fifth);
    assertThat(files.atRevision(item, 9)).contains(fifth);
    assertThat(files.of(item)).containsExactly(fifth, second);
    assertThat(files.of(KnowledgeItemId.random())).isEmpty();
  }

  @Test
  void takesOneFilePerRevision() {
    files.add(file(item, 2, "a.pdf"));

    assertConflict(ConflictException.Kind.DUPLICATE, () -> files.add(file(item, 2, "b.pdf")));
    assertThat(files.of(item)).extracting(AttachedFile::name).containsExactly("a.pdf");
  }

  @Test
  void aUnitOfWorkThatFailsKeepsNothing() {
    try {
      inTransaction(() -> {
        store().attachedFiles().add(file(item, 2, "a.pdf"));
        throw new IllegalStateException("boom");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(files.of(item)).isEmpty();
  }
}
