package org.copkit.core.knowledge;

import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.copkit.api.knowledge.AttachFile;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.DocumentFile;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.Library;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Library}: files of library documents. The bytes go to the store first, under a key of
 * their own (the item, the revision they are meant for and a random part, so that a put left behind
 * by a node that stopped never blocks a later one); then one unit of work checks the item again,
 * makes its next revision and records the file. When that unit fails (the item moved on, another
 * attach won), the bytes are deleted again.
 */
final class LibraryService implements Library {

  private static final Logger LOG = LoggerFactory.getLogger(LibraryService.class);

  private final KnowledgeWork work;
  private final KnowledgeBaseService base;
  private final Documents documents;

  LibraryService(KnowledgeWork work, Documents documents) {
    this.work = work;
    this.base = new KnowledgeBaseService(work);
    this.documents = documents;
  }

  @Override
  public AttachedFile attach(MemberId actorId, AttachFile command, InputStream content) {
    Validation.required("command", command);
    Validation.required("content", content);
    work.command(() -> attachable(actorId, command)); // refuse before any byte is stored; writes nothing
    return stored(command.item(), command.basedOn() + 1, command.contentType(), content, stored -> {
      KnowledgeWork.Seen seen = attachable(actorId, command);
      KnowledgeItem item = seen.item();
      KnowledgeItem revised = base.revise(seen, item.current().content(), item.current().html(), actorId,
          command.note().isEmpty() ? "file " + command.name() : command.note(), 0, AuditAction.KNOWLEDGE_FILE_ATTACHED);
      AttachedFile file = new AttachedFile(item.id(), revised.revision(), command.name(), stored, actorId,
          revised.current().at());
      work.storage.attachedFiles().add(file);
      return file;
    });
  }

  @Override
  public AttachedFile create(MemberId actorId, CreateItem command, String name, String contentType, InputStream content) {
    Validation.required("command", command);
    if (command.kind() != KnowledgeKind.LIBRARY_DOCUMENT) {
      throw new InvalidInputException("kind", "must be a library document to have files");
    }
    String fileName = AttachedFile.name(name);
    String mediaType = DocumentFile.contentType(contentType);
    Validation.required("content", content);
    String html = work.renderer.render(command.content().body()).html();
    work.command(() -> base.creatable(actorId, command)); // refuse before any byte is stored; writes nothing
    KnowledgeItemId id = KnowledgeItemId.random();
    return stored(id, 1, mediaType, content, stored -> {
      KnowledgeItem item = base.create(actorId, command, id, html);
      AttachedFile file = new AttachedFile(id, 1, fileName, stored, actorId, item.current().at());
      work.storage.attachedFiles().add(file);
      return file;
    });
  }

  /**
   * Puts the bytes in the store under a key of their own (the item, the revision they are meant for
   * and a random part), then runs the unit of work that records them; when it fails, deletes them.
   */
  private AttachedFile stored(KnowledgeItemId item, int revision, String contentType, InputStream content,
      Function<DocumentFile, AttachedFile> record) {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    DocumentKey key = new DocumentKey(item + "-r" + revision + "-" + HexFormat.of().formatHex(random));
    DocumentFile stored = documents.put(key, contentType, content);
    try {
      return work.command(() -> record.apply(stored));
    } catch (RuntimeException failed) {
      try {
        documents.delete(key);
      } catch (RuntimeException cleanup) {
        failed.addSuppressed(cleanup);
        LOG.warn("The bytes of a file whose attachment failed stay in the store under key {}", key);
      }
      throw failed;
    }
  }

  private KnowledgeWork.Seen attachable(MemberId actorId, AttachFile command) {
    KnowledgeWork.Seen seen = base.writable(actorId, command.item(), command.basedOn());
    if (seen.item().kind() != KnowledgeKind.LIBRARY_DOCUMENT) {
      throw new InvalidInputException("item", "must be a library document to have files");
    }
    return seen;
  }

  @Override
  public Download download(MemberId readerId, KnowledgeItemId id) {
    AttachedFile file = work.command(() -> {
      KnowledgeItem item = work.item(work.communities.actor(readerId), id).item();
      AttachedFile found = work.storage.attachedFiles().atRevision(item.id(), item.revision())
          .orElseThrow(() -> new NotFoundException("file of knowledge item", id.toString()));
      work.storage.itemReach().count(item.id(), item.revision(), Reach.Kind.DOWNLOAD);
      return found;
    });
    Documents.Content content = documents.get(file.file().key()).orElseThrow(() ->
        file.by().value().startsWith(org.copkit.api.privacy.Privacy.PSEUDONYM_PREFIX)
            ? new NotFoundException(ERASED_FILE, id.toString()) // removed with its author's data
            : new IllegalStateException("the document store lost the bytes of " + file.file().key()
                + ", the file of knowledge item " + id));
    return new Download(file, content.stream());
  }

  @Override
  public List<AttachedFile> files(MemberId readerId, KnowledgeItemId id) {
    return work.query(() -> {
      KnowledgeItem item = work.item(work.communities.actor(readerId), id).item();
      return work.storage.attachedFiles().of(item.id());
    });
  }
}
