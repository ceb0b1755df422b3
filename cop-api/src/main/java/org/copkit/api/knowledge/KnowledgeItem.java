package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A knowledge item of a community, as of its latest revision.
 *
 * @param id its ID
 * @param community its community
 * @param kind what it is
 * @param audience who may read it: the whole community, or its working group (CORE) only
 * @param createdBy who created it
 * @param createdAt when
 * @param current its latest revision
 */
public record KnowledgeItem(KnowledgeItemId id, CommunityId community, KnowledgeKind kind, Audience audience,
    MemberId createdBy, Instant createdAt, KnowledgeRevision current) {

  /** Validates the fields. */
  public KnowledgeItem {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("kind", kind);
    Validation.required("audience", audience);
    Validation.required("createdBy", createdBy);
    Validation.required("createdAt", createdAt);
    Validation.required("current", current);
    if (!current.item().equals(id)) {
      throw new InvalidInputException("current", "must be a revision of the item");
    }
  }

  /** @return the number of its latest revision */
  public int revision() {
    return current.number();
  }

  /**
   * @param next the next revision
   * @return the item at that revision
   */
  public KnowledgeItem revised(KnowledgeRevision next) {
    return new KnowledgeItem(id, community, kind, audience, createdBy, createdAt, next);
  }
}
