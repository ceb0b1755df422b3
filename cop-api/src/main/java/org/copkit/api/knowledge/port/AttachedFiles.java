package org.copkit.api.knowledge.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.KnowledgeItemId;

/**
 * Outbound port: what describes the files attached to library documents (their bytes are in the
 * {@link Documents} store), one per item revision, never changed once stored. Contract: {@code
 * org.copkit.tck.knowledge.AttachedFilesContract}.
 */
public interface AttachedFiles {

  /**
   * @param file a file attached at a revision
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when that revision has a file
   *     already, under any concurrency
   */
  void add(AttachedFile file);

  /**
   * @param item an item
   * @param revision a revision's number
   * @return the file attached at that revision or, failing one, the latest attached before it
   */
  Optional<AttachedFile> atRevision(KnowledgeItemId item, int revision);

  /**
   * @param item an item
   * @return its files, newest revision first
   */
  List<AttachedFile> of(KnowledgeItemId item);
}
