package org.copkit.api.portfolio;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.Validation;

/**
 * The collective portfolio of a community: what it produced, the learning events it held, the
 * competences its members developed there and how its participation went, as one portfolio it can
 * show. Built for one reader: only what they may read.
 *
 * @param community the community
 * @param name its name
 * @param outputs its outputs (knowledge items of kind OUTPUT), newest first
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
   */
  public record Output(String key, String title, Instant at) {}

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
