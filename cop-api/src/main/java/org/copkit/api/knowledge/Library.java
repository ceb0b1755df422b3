package org.copkit.api.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Inbound use case: the files of library documents. Whoever may change a library document (see
 * {@link KnowledgeBase}) attaches a file to it, which makes its next revision; whoever may read it
 * downloads its file (each download counted in its {@link Reach}) and lists the files of its
 * revisions. A library document has a link, a file, or both: one created with its file (see {@link
 * #create}) needs no link, and, as files stay attached, never again. The bytes go to the host's {@link org.copkit.api.knowledge.port.Documents} store (given
 * to the platform's builder), which sets the size limit; the platform's storage keeps what describes
 * them.
 *
 * <p>An item the actor may not read is a {@link org.copkit.api.shared.NotFoundException} exactly as
 * an ID never used.
 */
public interface Library {

  /**
   * Streams a file into the store and attaches it to the library document as its next revision
   * (same content, the change note given). The stream is read to its end, not closed. If the
   * revision cannot be made, nothing of the file is kept.
   *
   * @param actor who attaches it
   * @param command the item, its revision as seen, the file's name and media type
   * @param content the bytes
   * @return the file as attached
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not change the item
   * @throws org.copkit.api.shared.InvalidInputException naming {@code item} when it is not a library
   *     document; naming {@code content} when the bytes are more than the store takes
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the item moved past {@code
   *     basedOn}
   */
  AttachedFile attach(MemberId actor, AttachFile command, InputStream content);

  /**
   * Creates a library document with its file: revision 1 of the item (its link may be empty) and the
   * file attached at it, in one unit of work. The stream is read to its end, not closed. If the item
   * cannot be created, nothing of the file is kept and no item exists.
   *
   * @param actor who creates it, as in {@link KnowledgeBase#create}
   * @param command the item, of kind {@link KnowledgeKind#LIBRARY_DOCUMENT}
   * @param name the file's name (see {@link AttachedFile#name(String)})
   * @param contentType its media type, such as {@code application/pdf}
   * @param content the bytes
   * @return the file as attached, at revision 1 of the new item
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not write it
   * @throws org.copkit.api.shared.InvalidInputException naming {@code kind} when it is not a
   *     library document; {@code name} or {@code contentType} when they are not a file name and a
   *     media type; {@code content} when the bytes are more than the store takes
   */
  AttachedFile create(MemberId actor, CreateItem command, String name, String contentType, InputStream content);

  /**
   * Opens the file of the item's latest revision, and counts the download; the caller closes it.
   *
   * @param reader who downloads it
   * @param item a library document
   * @return the file and its bytes
   * @throws org.copkit.api.shared.NotFoundException also when the item has no file, and of kind
   *     {@link #ERASED_FILE} when an erasure removed its bytes with its author's data (the item and
   *     the file's description stay, signed by the pseudonym)
   */
  Download download(MemberId reader, KnowledgeItemId item);

  /** The kind of the {@code NotFoundException} of a file whose bytes an erasure removed. */
  String ERASED_FILE = "erased file of knowledge item";

  /**
   * @param reader who reads
   * @param item a library document
   * @return the files attached to its revisions, newest first
   */
  List<AttachedFile> files(MemberId reader, KnowledgeItemId item);

  /**
   * A file being downloaded.
   *
   * @param file what it is
   * @param stream its bytes, from the first
   */
  record Download(AttachedFile file, InputStream stream) implements AutoCloseable {

    /** Validates the fields. */
    public Download {
      Validation.required("file", file);
      Validation.required("stream", stream);
    }

    /**
     * @return every byte, for files known to be small
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
