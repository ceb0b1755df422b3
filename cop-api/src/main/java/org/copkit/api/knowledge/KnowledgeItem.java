package org.copkit.api.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
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
 * @param curation its section, owner and review-by day
 * @param provenance the thread it was promoted from and the co-authors it credits
 */
public record KnowledgeItem(KnowledgeItemId id, CommunityId community, KnowledgeKind kind, Audience audience,
    MemberId createdBy, Instant createdAt, KnowledgeRevision current, Curation curation, Provenance provenance) {

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
    Validation.required("curation", curation);
    Validation.required("provenance", provenance);
  }

  /**
   * An item written directly: in no section, owned by its creator, due for review {@link
   * Curation#DEFAULT_REVIEW_PERIOD} after the day (UTC) it was created, crediting nobody else.
   *
   * @param id its ID
   * @param community its community
   * @param kind what it is
   * @param audience who may read it
   * @param createdBy who created it
   * @param createdAt when
   * @param current its latest revision
   */
  public KnowledgeItem(KnowledgeItemId id, CommunityId community, KnowledgeKind kind, Audience audience,
      MemberId createdBy, Instant createdAt, KnowledgeRevision current) {
    this(id, community, kind, audience, createdBy, createdAt, current,
        Curation.initial(Validation.required("createdBy", createdBy),
            LocalDate.ofInstant(Validation.required("createdAt", createdAt), ZoneOffset.UTC)),
        Provenance.NONE);
  }

  /** @return the number of its latest revision */
  public int revision() {
    return current.number();
  }

  /** @return the section it is placed in, if any */
  public Optional<SectionId> section() {
    return curation.section();
  }

  /**
   * @param next the next revision
   * @return the item at that revision
   */
  public KnowledgeItem revised(KnowledgeRevision next) {
    return new KnowledgeItem(id, community, kind, audience, createdBy, createdAt, next, curation, provenance);
  }

  /**
   * @param next how it is kept now
   * @return the item kept so
   */
  public KnowledgeItem curated(Curation next) {
    return new KnowledgeItem(id, community, kind, audience, createdBy, createdAt, current, next, provenance);
  }

  /**
   * @param day a day (UTC, as the platform's clock says)
   * @return whether its review is overdue on that day: its review-by day has passed
   */
  public boolean overdueOn(LocalDate day) {
    return curation.reviewBy().isBefore(day);
  }
}
