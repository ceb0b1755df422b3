package org.copkit.api.knowledge;

import org.copkit.api.shared.Validation;

/**
 * Command: attach a file to a library document, as its next revision.
 *
 * @param item the library document
 * @param basedOn the number of its latest revision, as the member saw it
 * @param name the file's name, 1 to {@value AttachedFile#MAX_NAME} characters without path
 *     separators
 * @param contentType its media type, such as {@code application/pdf}
 * @param note a change note, possibly empty
 */
public record AttachFile(KnowledgeItemId item, int basedOn, String name, String contentType, String note) {

  /** Validates the fields. */
  public AttachFile {
    Validation.required("item", item);
    Validation.between("basedOn", basedOn, 1, Integer.MAX_VALUE);
    name = AttachedFile.name(name);
    contentType = DocumentFile.contentType(contentType);
    note = Validation.optionalText("note", note, KnowledgeRevision.MAX_NOTE);
  }
}
