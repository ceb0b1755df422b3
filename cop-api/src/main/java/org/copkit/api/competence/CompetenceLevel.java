package org.copkit.api.competence;

import org.copkit.api.shared.Validation;

/**
 * A competence at a proficiency level: what a learning unit addresses, what a member claims.
 * Whether the competence and the level exist in their framework is checked by the use case that
 * receives it.
 *
 * @param competence the competence
 * @param level the level's rank, 1 to {@value ProficiencyLevel#MAX_RANK}
 */
public record CompetenceLevel(CompetenceRef competence, int level) {

  /** Validates the fields. */
  public CompetenceLevel {
    Validation.required("competence", competence);
    Validation.between("level", level, 1, ProficiencyLevel.MAX_RANK);
  }

  /**
   * @param competence such as {@code digcomp@2.2#1.1}
   * @param level the level's rank
   * @return the competence at that level
   */
  public static CompetenceLevel of(String competence, int level) {
    return new CompetenceLevel(CompetenceRef.of(competence), level);
  }
}
