package org.copkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.CopStorage;

/**
 * The bytes of the files a member attached to library documents, in the {@link Documents} store.
 * The knowledge capability describes the files ({@code attached-file} records, naming each one's
 * {@code document} key); the bytes go in the archive of an export ({@code Privacy.exportArchive}),
 * not in its JSON document. Erasure deletes the bytes of the files they attached in a community
 * whose policy is {@code REMOVE} (the description stays, signed by the pseudonym); elsewhere the
 * community keeps them. It runs after the knowledge capability, so it finds the files under the
 * pseudonym.
 */
final class UploadedDocuments implements PersonalData {

  /** The knowledge capability's name and the kind of its file records. */
  static final String KNOWLEDGE = "knowledge";
  static final String ATTACHED_FILE = "attached-file";

  /**
   * A file a member attached.
   *
   * @param item the item
   * @param revision the revision it was attached at
   * @param name its name
   * @param document its key in the store
   */
  record Uploaded(KnowledgeItemId item, int revision, String name, DocumentKey document) {
    static Optional<Uploaded> of(String kind, Map<String, ?> fields) {
      if (!ATTACHED_FILE.equals(kind) || fields.get("document") == null || fields.get("item") == null) {
        return Optional.empty();
      }
      return Optional.of(new Uploaded(KnowledgeItemId.of(fields.get("item").toString()),
          ((Number) fields.get("revision")).intValue(), String.valueOf(fields.get("name")),
          new DocumentKey(fields.get("document").toString())));
    }
  }

  private final CopStorage storage;
  private final Documents documents;

  UploadedDocuments(CopStorage storage, Documents documents) {
    this.storage = storage;
    this.documents = documents;
  }

  @Override
  public String capability() {
    return "documents";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    // the bytes go in the archive; the knowledge capability describes them
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    if (erasure.removing().isEmpty()) {
      return 0;
    }
    long deleted = 0;
    for (Uploaded file : uploadedBy(erasure.pseudonym())) {
      Optional<CommunityId> community = storage.knowledgeItems().find(file.item()).map(KnowledgeItem::community);
      if (community.isPresent() && erasure.policyIn(community.get()) == ErasurePolicy.REMOVE
          && documents.delete(file.document())) {
        deleted++;
      }
    }
    return deleted;
  }

  /** The files the member (or pseudonym) attached, as the storage's knowledge capability lists them. */
  private List<Uploaded> uploadedBy(MemberId member) {
    List<Uploaded> files = new ArrayList<>();
    for (PersonalData holder : storage.personalData()) {
      if (KNOWLEDGE.equals(holder.capability())) {
        holder.export(member, (kind, fields) -> Uploaded.of(kind, fields).ifPresent(files::add));
      }
    }
    return files;
  }
}
