package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.port.AttachedFiles;
import org.copkit.api.shared.ConflictException;

/** {@link AttachedFiles} in memory: per item, its files by revision. */
final class InMemoryAttachedFiles implements AttachedFiles {

  private static final Comparator<AttachedFile> NEWEST_FIRST =
      Comparator.comparingInt(AttachedFile::revision).reversed();

  private final VersionedStore<KnowledgeItemId, List<AttachedFile>> files;

  InMemoryAttachedFiles(InMemoryTransactions transactions) {
    this.files = VersionedStore.unversioned(transactions, "attached file");
  }

  @Override
  public void add(AttachedFile file) {
    // Units of work run one at a time here, so the check holds until this unit ends.
    if (of(file.item()).stream().anyMatch(f -> f.revision() == file.revision())) {
      throw ConflictException.duplicate("file of revision " + file.revision() + " of knowledge item " + file.item());
    }
    files.put(file.item(), old -> {
      List<AttachedFile> next = old == null ? new ArrayList<>() : new ArrayList<>(old);
      next.add(file);
      next.sort(NEWEST_FIRST);
      return List.copyOf(next);
    });
  }

  @Override
  public Optional<AttachedFile> atRevision(KnowledgeItemId item, int revision) {
    return of(item).stream().filter(f -> f.revision() <= revision).findFirst();
  }

  @Override
  public List<AttachedFile> of(KnowledgeItemId item) {
    return files.find(item).orElse(List.of());
  }

  /** @return the files of each item, for privacy */
  VersionedStore<KnowledgeItemId, List<AttachedFile>> fileStore() {
    return files;
  }
}
