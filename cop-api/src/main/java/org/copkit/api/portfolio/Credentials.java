package org.copkit.api.portfolio;

import org.copkit.api.competence.ClaimId;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: a member's own achievements as Open Badges 3.0 credentials: a learning unit
 * they completed, an event they attended, a competence level an e-moderator or expert validated. Each credential's achievement has criteria and an
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

  /**
   * The level of a competence validated on a claim of the actor's, as an achievement of type
   * {@code Competency} aligned to that competence at that level; the endorsements and the validation
   * that gave a link to evidence are its {@code evidence}. Its {@code validFrom} is the latest
   * validation's time; a later validation at another level gives another credential.
   *
   * @param actor the member whose claim it is
   * @param claim the claim
   * @return the credential
   * @throws org.copkit.api.shared.NotFoundException when the claim is not the actor's, has no
   *     validation, or is in a community the actor may no longer read
   * @throws org.copkit.api.shared.ConflictException RULE when the platform has no issuer
   */
  Credential forValidatedLevel(MemberId actor, ClaimId claim);
}
