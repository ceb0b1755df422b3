package org.copkit.api.community;

import java.util.List;
import org.copkit.api.shared.MemberId;

/**
 * Use case: found communities, describe them, and move them through their life.
 *
 * <p>Every method takes the acting person first; the core authorizes them, deny by default.
 */
public interface CommunityLifecycle {

  /**
   * Proposes a community. The actor becomes its first e-moderator, in the CORE tier. The community
   * starts PROPOSED, or ACTIVE when the platform activates proposals automatically (the default).
   * Any active person may propose.
   *
   * @param actor who proposes
   * @param details name, domain, purpose and visibility
   * @return the new community
   */
  Community create(MemberId actor, CommunityDetails details);

  /**
   * Changes name, domain, purpose or visibility. E-moderators and administrators only.
   *
   * @param actor who changes it
   * @param command the change, with the version the actor read
   * @return the changed community
   * @throws org.copkit.api.shared.ConflictException of kind STALE_VERSION when the community
   *     changed since {@code expectedVersion}
   */
  Community update(MemberId actor, UpdateCommunity command);

  /**
   * Moves a community to another stage. Activating a proposal is for administrators; putting to
   * sleep, waking and archiving are for e-moderators and administrators. ARCHIVED is final.
   *
   * @param actor who moves it
   * @param command the target stage and the reason
   * @return the community in its new stage
   */
  Community changeStage(MemberId actor, ChangeStage command);

  /**
   * Puts to sleep every ACTIVE community with no activity for the platform's dormancy period
   * ({@code CopPlatform.Builder#dormancyAfter}). Administrators only; the changes are recorded as
   * the platform's, with the administrator in the audit trail.
   *
   * @param actor the administrator who runs the sweep
   * @return the communities that went DORMANT
   */
  List<Community> sweepDormant(MemberId actor);

  /**
   * Notes activity in a community at the platform clock's current time; a DORMANT community wakes
   * up. Other capabilities call this as members post; hosts may call it for activity that happens
   * outside CoPKit. Any member who may write in the community may record activity.
   *
   * @param actor the member who was active
   * @param community the community
   * @return the community after the activity
   */
  Community recordActivity(MemberId actor, CommunityId community);
}
