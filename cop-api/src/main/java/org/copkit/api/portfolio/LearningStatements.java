package org.copkit.api.portfolio;

import java.util.List;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;

/**
 * Inbound use case: a member's own learning activity as xAPI 1.0.3 statements, with ADL verb IRIs
 * ({@code completed}, {@code attended}), the member as an account of the issuer's home page, and
 * stable statement IDs.
 */
public interface LearningStatements {

  /**
   * @param actor the member
   * @param page which page of their completions, newest first
   * @return one {@code completed} statement per completion on the page, in communities they may still read
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  List<Statement> completions(MemberId actor, PageRequest page);

  /**
   * @param actor the member the organisers recorded PRESENT
   * @param event the event
   * @return the {@code attended} statement
   * @throws org.copkit.api.shared.NotFoundException when the actor was not recorded present or may not see it
   */
  Statement attendance(MemberId actor, CalendarEventId event);
}
