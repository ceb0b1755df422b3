package org.copkit.api.portfolio;

import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: a member's own achievements as Open Badges 3.0 credentials: a learning unit
 * they completed, an event they attended. Each credential's achievement has criteria and an
 * alignment to every competence the unit or event addresses; it is signed by the platform's {@link
 * org.copkit.api.portfolio.port.CredentialSigner}. A member asks for their own achievements only; an
 * achievement they do not hold, or one of a community they may no longer read, is missing.
 */
public interface Credentials {

  /**
   * @param actor the member who completed the unit
   * @param unit the unit
   * @return the credential
   * @throws org.copkit.api.shared.NotFoundException when the actor has not completed it or may not see it
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  Credential forCompletion(MemberId actor, LearningUnitId unit);

  /**
   * @param actor the member the organisers recorded PRESENT
   * @param event the event
   * @return the credential
   * @throws org.copkit.api.shared.NotFoundException when the actor was not recorded present or may not see it
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  Credential forAttendance(MemberId actor, CalendarEventId event);
}
