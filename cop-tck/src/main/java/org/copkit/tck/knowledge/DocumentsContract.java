package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of {@link Documents}: bytes come back exactly as put, with their size, media type
 * and SHA-256 digest; content larger than the store's limit, or a stream that fails half-way,
 * stores nothing; a key is taken once, also when many threads put it at once; deleting frees a key;
 * content is streamed (a document larger than any buffer goes through whole).
 *
 * <p>Extend it and return a fresh, empty store whose limit is {@value #LIMIT} bytes.
 */
@ExtendWith(ReadableFailures.class)
public abstract class DocumentsContract {

  /** The limit the store under test must have, in bytes. */
  protected static final long LIMIT = 1_000_000;

  private Documents documents;

  /** For subclasses. */
  protected DocumentsContract() {}

  /** @return a fresh, empty store that accepts up to {@link #LIMIT} bytes */
  protected abstract Documents documents();

  @BeforeEach
  final void openStore() {
    documents = documents();
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + (i >> 8));
    }
    return bytes;
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private byte[] read(DocumentKey key) {
    try (Documents.Content content = documents.get(key).orElseThrow()) {
      return content.readAllBytes();
    }
  }

  @Test
  void givesBackTheBytesAsPutWithTheirDescription() throws Exception {
    byte[] pdf = bytes(300_001);
    DocumentKey key = new DocumentKey("5f0c9a1e-r1");

    DocumentFile file = documents.put(key, "Application/PDF", new ByteArrayInputStream(pdf));

    assertThat(file).isEqualTo(new DocumentFile(key, "application/pdf", pdf.length, sha256(pdf)));
    try (Documents.Content content = documents.get(key).orElseThrow()) {
      assertThat(content.file()).isEqualTo(file);
      assertThat(content.readAllBytes()).isEqualTo(pdf);
    }
    assertThat(documents.get(new DocumentKey("other"))).isEmpty();
    assertThat(documents.maxSize()).isEqualTo(LIMIT);
  }

  @Test
  void keepsEmptyContentAndContentOfExactlyTheLimit() throws Exception {
    DocumentFile empty = documents.put(new DocumentKey("empty"), "text/plain", new ByteArrayInputStream(new byte[0]));
    byte[] full = bytes((int) LIMIT);
    DocumentFile limit = documents.put(new DocumentKey("full"), "application/octet-stream", new ByteArrayInputStream(full));

    assertThat(empty.size()).isZero();
    assertThat(empty.sha256()).isEqualTo(sha256(new byte[0]));
    assertThat(read(empty.key())).isEmpty();
    assertThat(limit.size()).isEqualTo(LIMIT);
    assertThat(read(limit.key())).isEqualTo(full);
  }

  @Test
  void storesNothingOfContentOverTheLimitOrOfAStreamThatFails() {
    DocumentKey big = new DocumentKey("big");
    assertThatThrownBy(() -> documents.put(big, "application/pdf", new ByteArrayInputStream(bytes((int) LIMIT + 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("content");
    assertThat(documents.get(big)).isEmpty();

    DocumentKey cut = new DocumentKey("cut");
    InputStream failing = new InputStream() {
      private int left = 100_000;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("connection reset");
        }
        left--;
        return 7;
      }
    };
    assertThatThrownBy(() -> documents.put(cut, "application/pdf", failing)).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(documents.get(cut)).isEmpty();

    assertThat(documents.put(big, "application/pdf", new ByteArrayInputStream(bytes(10))).size()).isEqualTo(10);
    assertThat(documents.put(cut, "application/pdf", new ByteArrayInputStream(bytes(10))).size()).isEqualTo(10);
  }

  @Test
  void takesAKeyOnceAndDeletingFreesIt() {
    DocumentKey key = new DocumentKey("guide.v1");
    documents.put(key, "text/markdown", new ByteArrayInputStream(bytes(10)));

    Throwable again = org.assertj.core.api.Assertions.catchThrowable(
        () -> documents.put(key, "text/markdown", new ByteArrayInputStream(bytes(20))));
    assertThat(again).isInstanceOf(ConflictException.class);
    assertThat(((ConflictException) again).kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
    assertThat(read(key)).isEqualTo(bytes(10));

    assertThat(documents.delete(key)).isTrue();
    assertThat(documents.delete(key)).isFalse();
    assertThat(documents.get(key)).isEmpty();
    assertThat(documents.put(key, "text/markdown", new ByteArrayInputStream(bytes(20))).size()).isEqualTo(20);
    assertThat(read(key)).isEqualTo(bytes(20));
  }

  @Test
  void refusesKeysThatCouldLeaveTheStoreAndMediaTypesThatAreNone() {
    for (String key : new String[] {"../etc", "a/b", "..", ".hidden", "a\\b", "", "x".repeat(DocumentKey.MAX_LENGTH + 1)}) {
      assertThatThrownBy(() -> new DocumentKey(key)).as(key).isInstanceOf(InvalidInputException.class);
    }
    DocumentKey key = new DocumentKey("typed");
    assertThatThrownBy(() -> documents.put(key, "pdf", new ByteArrayInputStream(bytes(1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("contentType");
    assertThatThrownBy(() -> documents.put(key, "text/plain; charset=utf-8", new ByteArrayInputStream(bytes(1))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(documents.get(key)).isEmpty();
  }

  @Test
  void exactlyOneOfConcurrentPutsOfAKeyWinsAndReadersSeeItWhole() throws Exception {
    DocumentKey key = new DocumentKey("raced");
    AtomicInteger won = new AtomicInteger();
    int threads = 8;

    Race.run(threads, thread -> {
      byte[] mine = bytes(200_000 + thread);
      try {
        documents.put(key, "application/pdf", new ByteArrayInputStream(mine));
        won.incrementAndGet();
      } catch (ConflictException e) {
        assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
      }
      Optional<Documents.Content> seen = documents.get(key);
      if (seen.isPresent()) {
        try (Documents.Content content = seen.get()) {
          byte[] read = content.readAllBytes();
          assertThat(read).hasSize((int) content.file().size());
          assertThat(sha256(read)).isEqualTo(content.file().sha256());
        }
      }
    });

    assertThat(won).hasValue(1);
    byte[] stored = read(key);
    assertThat(stored).isEqualTo(bytes(stored.length));
  }
}
