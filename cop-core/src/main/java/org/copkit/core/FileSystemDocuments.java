package org.copkit.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * {@link Documents} in a directory of the host's file system: one file per document, named by its
 * key, holding a header of {@value #HEADER} bytes (media type, size and SHA-256 digest, as text)
 * then the bytes.
 *
 * <p>A put streams into a temporary file of the same directory (named with a leading dot, which no
 * key has), writes the header, forces both to the disk, then links the file to its key's name: a
 * link fails when the name exists, so two puts of one key never both win, and a reader sees the
 * whole file or none. A put that fails (too large, cut off) leaves nothing. Keys hold no separator
 * nor {@code ..} ({@link DocumentKey}), and every path is checked to stay inside the directory.
 * Several nodes may share the directory (a network file system that supports hard links).
 */
public final class FileSystemDocuments implements Documents {

  /** The length of each file's header, in bytes. */
  public static final int HEADER = 256;

  private static final String MAGIC = "copkit-document 1";

  private final Path directory;
  private final long maxSize;

  private FileSystemDocuments(Path directory, long maxSize) {
    this.directory = directory;
    this.maxSize = maxSize;
  }

  /**
   * @param directory where the files go: created if missing
   * @param maxSize the largest content accepted, in bytes, at least 1
   * @return the store
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static FileSystemDocuments in(Path directory, long maxSize) {
    Validation.required("directory", directory);
    if (maxSize < 1) {
      throw new InvalidInputException("maxSize", "must be at least 1 byte, was " + maxSize);
    }
    try {
      Path absolute = Files.createDirectories(directory).toAbsolutePath().normalize();
      return new FileSystemDocuments(absolute, maxSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the documents directory " + directory, e);
    }
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
    Path target = pathOf(key);
    if (Files.exists(target)) {
      throw ConflictException.duplicate("document " + key);
    }
    Path temporary = directory.resolve(".tmp-" + UUID.randomUUID());
    try {
      DocumentFile file;
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        channel.position(HEADER);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        file = Documents.copy(key, type, content, out, maxSize);
        out.flush();
        channel.write(ByteBuffer.wrap(header(file)), 0);
        channel.force(true);
      }
      try {
        Files.createLink(target, temporary);
      } catch (FileAlreadyExistsException e) {
        throw ConflictException.duplicate("document " + key);
      } catch (UnsupportedOperationException e) {
        // No hard links here: a rename within the directory is still atomic for readers.
        if (Files.exists(target)) {
          throw ConflictException.duplicate("document " + key);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store document " + key, e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // A temporary file left behind is named with a leading dot: never taken for a document.
      }
    }
  }

  @Override
  public Optional<Content> get(DocumentKey key) {
    Validation.required("key", key);
    InputStream in;
    try {
      in = Files.newInputStream(pathOf(key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + key, e);
    }
    try {
      byte[] header = in.readNBytes(HEADER);
      return Optional.of(new Content(parse(key, header), in));
    } catch (IOException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot read document " + key, io);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public boolean delete(DocumentKey key) {
    Validation.required("key", key);
    try {
      return Files.deleteIfExists(pathOf(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete document " + key, e);
    }
  }

  /** The key's file, checked to be a direct child of the directory. */
  private Path pathOf(DocumentKey key) {
    Path path = directory.resolve(key.value()).normalize();
    if (!directory.equals(path.getParent())) {
      throw new InvalidInputException("documentKey", "must name a file inside the documents directory");
    }
    return path;
  }

  private static byte[] header(DocumentFile file) {
    String text = MAGIC + "\n" + file.contentType() + "\n" + file.size() + "\n" + file.sha256() + "\n";
    byte[] header = new byte[HEADER];
    java.util.Arrays.fill(header, (byte) ' ');
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, 0, bytes.length);
    return header;
  }

  private static DocumentFile parse(DocumentKey key, byte[] header) {
    String[] lines = new String(header, StandardCharsets.US_ASCII).split("\n");
    if (header.length != HEADER || lines.length < 4 || !lines[0].equals(MAGIC)) {
      throw new IllegalStateException("document " + key + " has no valid header: not written by this store");
    }
    return new DocumentFile(key, lines[1], Long.parseLong(lines[2]), lines[3]);
  }
}
