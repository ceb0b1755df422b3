package org.copkit.api.knowledge.port;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Outbound port: the bytes of library documents, which the host keeps where it wants (a directory,
 * an object store); the platform's storage keeps only their {@link DocumentFile} description.
 * CoPKit ships an in-memory store ({@code org.copkit.core.memory.InMemoryDocuments}) and a
 * directory ({@code org.copkit.core.FileSystemDocuments}). Contract: {@code
 * org.copkit.tck.knowledge.DocumentsContract}.
 *
 * <p>Rules every store keeps: a key names one content for good (a second {@link #put} of a key is a
 * DUPLICATE, under any concurrency, and leaves the first); a put is all or nothing (a reader never
 * sees part of a file, and a put that fails, too large or cut off, stores nothing); bytes come
 * back exactly as put, with the size, media type and SHA-256 digest the put returned; content is
 * streamed, never required to fit in memory; safe to use from many threads.
 */
public interface Documents {

  /** @return the largest content, in bytes, that {@link #put} accepts */
  long maxSize();

  /**
   * Stores content under a new key, reading the stream to its end (the caller closes it).
   *
   * @param key the key
   * @param contentType its media type (see {@link DocumentFile#contentType(String)})
   * @param content the bytes
   * @return what was stored: the key, the media type, the size and the SHA-256 digest
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the key holds content already
   * @throws org.copkit.api.shared.InvalidInputException naming {@code content} when it is longer
   *     than {@link #maxSize()}; naming {@code contentType} when it is not a media type
   * @throws UncheckedIOException when reading the stream or writing the store fails
   */
  DocumentFile put(DocumentKey key, String contentType, InputStream content);

  /**
   * Opens stored content for reading; the caller closes it.
   *
   * @param key the key
   * @return the content and its description, if the key holds content
   * @throws UncheckedIOException when the store cannot be read
   */
  Optional<Content> get(DocumentKey key);

  /**
   * @param key the key
   * @return true when content was deleted; false when the key held none
   * @throws UncheckedIOException when the store cannot be written
   */
  boolean delete(DocumentKey key);

  /**
   * Copies content from the caller's stream to a store, counting the bytes against the store's
   * limit and computing their SHA-256 digest on the way: the part of {@link #put} every store does
   * the same way.
   *
   * @param key the key it goes under
   * @param contentType its media type, already checked
   * @param in the caller's stream, read to its end (not closed)
   * @param out where the bytes go (not closed)
   * @param maxSize the most bytes accepted
   * @return the description of what was copied
   * @throws org.copkit.api.shared.InvalidInputException naming {@code content} as soon as more than
   *     {@code maxSize} bytes were read (part of them may have been written to {@code out})
   * @throws UncheckedIOException when reading or writing fails
   */
  static DocumentFile copy(DocumentKey key, String contentType, InputStream in, OutputStream out, long maxSize) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        size += read;
        if (size > maxSize) {
          throw new InvalidInputException("content", "must be at most " + maxSize + " bytes");
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DocumentFile(key, contentType, size, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Stored content being read.
   *
   * @param file its description
   * @param stream its bytes, from the first
   */
  record Content(DocumentFile file, InputStream stream) implements AutoCloseable {

    /** Validates the fields. */
    public Content {
      Validation.required("file", file);
      Validation.required("stream", stream);
    }

    /**
     * @return every byte, for contents known to be small
     * @throws UncheckedIOException when reading fails
     */
    public byte[] readAllBytes() {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
