package org.copkit.api.competence;

import org.copkit.api.shared.Validation;

/**
 * One proficiency level of a framework, described as DigComp 2.2 describes its eight: the band it
 * belongs to, the complexity of the tasks, the autonomy, and the cognitive domain. A host's own
 * framework may leave the last three empty.
 *
 * @param rank the level, from 1 (the lowest) upwards, at most {@value #MAX_RANK}
 * @param band the band it belongs to, such as {@code Foundation}
 * @param tasks the complexity of the tasks at this level, possibly empty
 * @param autonomy the autonomy at this level, possibly empty
 * @param cognitiveDomain the cognitive domain, possibly empty
 */
public record ProficiencyLevel(int rank, String band, String tasks, String autonomy, String cognitiveDomain) {

  /** The highest rank a framework may have. */
  public static final int MAX_RANK = 20;

  /** Validates the fields. */
  public ProficiencyLevel {
    Validation.between("level.rank", rank, 1, MAX_RANK);
    band = Validation.name("level.band", band, 100);
    tasks = Validation.optionalName("level.tasks", tasks, 300);
    autonomy = Validation.optionalName("level.autonomy", autonomy, 300);
    cognitiveDomain = Validation.optionalName("level.cognitiveDomain", cognitiveDomain, 100);
  }
}
