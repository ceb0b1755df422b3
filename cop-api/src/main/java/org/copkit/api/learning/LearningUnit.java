package org.copkit.api.learning;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A short, always available learning unit of a community.
 *
 * @param id its ID
 * @param community its community
 * @param title its title
 * @param summary what it teaches, or the text itself
 * @param format what it is made of
 * @param link where it is, empty for a text without one
 * @param estimatedMinutes how long it takes
 * @param competences the competences it addresses, with their levels
 * @param author who published it
 * @param publishedAt when
 */
public record LearningUnit(LearningUnitId id, CommunityId community, String title, String summary, UnitFormat format,
    String link, int estimatedMinutes, Set<CompetenceLevel> competences, MemberId author, Instant publishedAt) {

  /** The longest estimated time of a unit, in minutes (units are short: a working day at most). */
  public static final int MAX_MINUTES = 480;

  /** Validates the fields. */
  public LearningUnit {
    Validation.required("id", id);
    PublishUnit checked = new PublishUnit(community, title, summary, format, link, estimatedMinutes, competences);
    title = checked.title();
    summary = checked.summary();
    link = checked.link();
    competences = checked.competences();
    Validation.required("author", author);
    Validation.required("publishedAt", publishedAt);
  }
}
