package org.copkit.api.knowledge;

import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * Command: create a knowledge item, with its first revision.
 *
 * @param community the community
 * @param kind what it is
 * @param audience who may read it
 * @param content what it says; a library document needs a link or a file: created here it needs the
 *     link, created with its file through {@link Library#create} it may have none
 * @param note a change note, possibly empty, at most {@value KnowledgeRevision#MAX_NOTE} characters
 */
public record CreateItem(CommunityId community, KnowledgeKind kind, Audience audience, KnowledgeContent content,
    String note) {

  /** Validates the fields. */
  public CreateItem {
    Validation.required("community", community);
    Validation.required("kind", kind);
    Validation.required("audience", audience);
    Validation.required("content", content);
    note = Validation.optionalText("note", note, KnowledgeRevision.MAX_NOTE);
  }
}
