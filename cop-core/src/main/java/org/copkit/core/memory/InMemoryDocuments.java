package org.copkit.core.memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * {@link Documents} in memory, for tests and demos: the bytes live as long as the object. Thread
 * safe; a put becomes visible whole, once every byte was read.
 */
public final class InMemoryDocuments implements Documents {

  /** The largest content by default: 20 MiB. */
  public static final long DEFAULT_MAX_SIZE = 20L * 1024 * 1024;

  private record Stored(DocumentFile file, byte[] bytes) {}

  private final Map<DocumentKey, Stored> documents = new ConcurrentHashMap<>();
  private final long maxSize;

  private InMemoryDocuments(long maxSize) {
    this.maxSize = maxSize;
  }

  /** @return an empty store that accepts up to {@link #DEFAULT_MAX_SIZE} bytes per document */
  public static InMemoryDocuments create() {
    return withMaxSize(DEFAULT_MAX_SIZE);
  }

  /**
   * @param maxSize the largest content accepted, in bytes: at least 1, at most {@code
   *     Integer.MAX_VALUE - 8} (what one array holds)
   * @return an empty store
   */
  public static InMemoryDocuments withMaxSize(long maxSize) {
    if (maxSize < 1 || maxSize > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException("maxSize", "must be from 1 to " + (Integer.MAX_VALUE - 8) + " bytes, was " + maxSize);
    }
    return new InMemoryDocuments(maxSize);
  }

  @Override
  public long maxSize() {
    return maxSize;
  }

  @Override
  public DocumentFile put(DocumentKey key, String contentType, InputStream content) {
    Validation.required("key", key);
    String type = DocumentFile.contentType(contentType);
    Validation.required("content", content);
    if (documents.containsKey(key)) {
      throw ConflictException.duplicate("document " + key);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DocumentFile file = Documents.copy(key, type, content, bytes, maxSize);
    if (documents.putIfAbsent(key, new Stored(file, bytes.toByteArray())) != null) {
      throw ConflictException.duplicate("document " + key);
    }
    return file;
  }

  @Override
  public Optional<Content> get(DocumentKey key) {
    Validation.required("key", key);
    return Optional.ofNullable(documents.get(key))
        .map(stored -> new Content(stored.file(), new ByteArrayInputStream(stored.bytes())));
  }

  @Override
  public boolean delete(DocumentKey key) {
    Validation.required("key", key);
    return documents.remove(key) != null;
  }
}
