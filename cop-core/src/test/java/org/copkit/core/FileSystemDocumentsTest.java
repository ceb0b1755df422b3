package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.tck.knowledge.DocumentsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileSystemDocuments} against {@link DocumentsContract}, in a fresh directory, plus what only
 * a directory shows: no temporary file is left behind, files live only inside the directory, and a
 * second store on the same directory (another node, a restart) reads what the first wrote.
 */
class FileSystemDocumentsTest extends DocumentsContract {

  @TempDir
  Path directory;

  @Override
  protected Documents documents() {
    return FileSystemDocuments.in(directory.resolve("documents"), LIMIT);
  }

  private Stream<Path> files() throws IOException {
    return Files.list(directory.resolve("documents"));
  }

  @Test
  void leavesNoTemporaryFileAndWritesOnlyInsideItsDirectory() throws IOException {
    Documents store = documents();
    store.put(new DocumentKey("kept"), "text/plain", new ByteArrayInputStream(new byte[10]));
    try {
      store.put(new DocumentKey("too-big"), "text/plain", new ByteArrayInputStream(new byte[(int) LIMIT + 1]));
    } catch (RuntimeException expected) {
      // refused: nothing of it stays
    }

    try (Stream<Path> files = files()) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept");
    }
    try (Stream<Path> all = Files.walk(directory)) {
      assertThat(all.filter(Files::isRegularFile)).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(directory.resolve("documents")));
    }
  }

  @Test
  void aPutCutOffOrLosingItsKeyLeavesNoTemporaryFile() throws IOException {
    Documents store = documents();
    store.put(new DocumentKey("kept"), "text/plain", new ByteArrayInputStream(new byte[10]));
    java.io.InputStream cutOff = new java.io.InputStream() {
      private int left = 5000;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("connection reset");
        }
        left--;
        return 'x';
      }
    };

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.put(new DocumentKey("cut"), "text/plain", cutOff))
        .isInstanceOf(java.io.UncheckedIOException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> store.put(new DocumentKey("kept"), "text/plain", new ByteArrayInputStream(new byte[3])))
        .isInstanceOf(org.copkit.api.shared.ConflictException.class);

    try (Stream<Path> files = files()) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept");
    }
  }

  @Test
  void anotherStoreOnTheSameDirectoryReadsWhatTheFirstWrote() {
    byte[] bytes = "Guia de mediació · l·l".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var file = documents().put(new DocumentKey("shared"), "text/plain", new ByteArrayInputStream(bytes));

    try (Documents.Content content = documents().get(new DocumentKey("shared")).orElseThrow()) {
      assertThat(content.file()).isEqualTo(file);
      assertThat(content.readAllBytes()).isEqualTo(bytes);
    }
  }
}
