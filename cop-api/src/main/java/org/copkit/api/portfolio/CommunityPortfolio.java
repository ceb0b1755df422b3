package org.copkit.api.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.knowledge.Assessment;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.shared.Validation;

/**
 * The collective portfolio of a community: what it produced, the learning events it held, the
 * competences its members developed there and how its participation went, as one portfolio it can
 * show. Built for one reader: only what they may read.
 *
 * @param community the community
 * @param name its name
 * @param outputs its outputs (knowledge items of kind OUTPUT), newest first, each with where its
 *     production cycle is, how far it was diffused and how it was assessed
 * @param eventsHeld the learning events that have ended, latest first
 * @param competences the competences claimed there, in the order of their text form
 * @param participation how many members contributed, month by month, oldest first
 * @param validations how many claims its e-moderators and experts validated
 */
public record CommunityPortfolio(CommunityId community, String name, List<Output> outputs, List<EventHeld> eventsHeld,
    List<Developed> competences, List<Participation> participation, int validations) {

  /** Validates the fields. */
  public CommunityPortfolio {
    Validation.required("community", community);
    Validation.required("name", name);
    outputs = List.copyOf(outputs);
    eventsHeld = List.copyOf(eventsHeld);
    competences = List.copyOf(competences);
    participation = List.copyOf(participation);
  }

  /**
   * An output of the community.
   *
   * @param key its evidence key
   * @param title its title
   * @param at when it was created
   * @param stage where its production cycle is, empty when none was started
   * @param diffusions how many times it was diffused (to other communities, the platform or outside)
   * @param assessment the assessment that closed its production cycle, if assessed
   */
  public record Output(String key, String title, Instant at, Optional<OutputStage.Kind> stage, int diffusions,
      Optional<Assessment> assessment) {

    /** Validates the fields. */
    public Output {
      Validation.required("key", key);
      Validation.required("title", title);
      Validation.required("at", at);
      Validation.required("stage", stage);
      Validation.notNegative("diffusions", diffusions);
      Validation.required("assessment", assessment);
    }
  }

  /**
   * A learning event held.
   *
   * @param key its evidence key
   * @param title its title
   * @param endedAt when it ended
   * @param attended how many were recorded PRESENT
   */
  public record EventHeld(String key, String title, Instant endedAt, int attended) {}

  /**
   * A competence developed by the community's members.
   *
   * @param competence the competence
   * @param claimants how many members claimed it there
   * @param validated how many of their claims were validated
   * @param highestValidated the highest level validated, 0 when none
   */
  public record Developed(CompetenceRef competence, int claimants, int validated, int highestValidated) {}

  /**
   * One month of participation.
   *
   * @param month the month, {@code yyyy-MM}
   * @param contributors how many distinct members left evidence there that month
   * @param pieces how many pieces of evidence that month
   */
  public record Participation(String month, int contributors, int pieces) {}
}
