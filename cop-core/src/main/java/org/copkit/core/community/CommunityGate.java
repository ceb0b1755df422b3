package org.copkit.core.community;

import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;

/**
 * How the core's other features (discussions, moderation, the feed) ask the community rules who
 * may do what, inside their own unit of work. Wiring, not API: hosts use {@code CopPlatform}.
 */
public final class CommunityGate {

  private final CommunityWork work;
  private final LifecycleService lifecycle;

  CommunityGate(CommunityWork work, LifecycleService lifecycle) {
    this.work = work;
    this.lifecycle = lifecycle;
  }

  /**
   * @param id the acting person
   * @return the actor, when the directory knows them and they are active
   * @throws org.copkit.api.shared.AccessDeniedException otherwise
   */
  public Actor actor(MemberId id) {
    return work.actor(id);
  }

  /**
   * @param actor the actor
   * @param community the community
   * @return the actor's standing there
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for them
   */
  public Standing standing(Actor actor, CommunityId community) {
    return work.standing(actor, community);
  }

  /**
   * @param actor the actor
   * @param community the community
   * @param action what they try, for the error message
   * @return the standing of an e-moderator of the community or an administrator
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else who can see it
   */
  public Standing moderating(Actor actor, CommunityId community, String action) {
    return work.moderating(actor, community, action);
  }

  /**
   * @param field the command's field that names the person
   * @param id the person
   * @return the person, when the directory knows them and they are active
   * @throws org.copkit.api.shared.InvalidInputException otherwise, naming the field
   */
  public Person person(String field, MemberId id) {
    return work.person(field, id);
  }

  /**
   * @param id a person named in free text, such as a mention
   * @return the person, when the directory knows them and they are active
   */
  public java.util.Optional<Person> findActivePerson(MemberId id) {
    return work.findActivePerson(id);
  }

  /**
   * @param community a community
   * @throws org.copkit.api.shared.ConflictException RULE when it is archived
   */
  public void requireWritable(Community community) {
    CommunityWork.requireWritable(community);
  }

  /**
   * Records meaningful activity (a post, say) in the standing's community: its last activity
   * becomes now, and a DORMANT community wakes up. The caller has checked that the actor may write.
   *
   * @param standing the active member's standing
   * @return the community after the activity
   */
  public Community noteActivity(Standing standing) {
    return lifecycle.noteActivity(standing);
  }

  /**
   * @param standing the acting moderator's standing
   * @param action what was done, such as {@code "ITEM_DECIDED"}
   * @param subject the person it was done to, if any
   * @param detail a short description
   * @param reason the reason given, possibly empty
   */
  public void audit(Standing standing, String action, java.util.Optional<MemberId> subject, String detail, String reason) {
    work.audit(standing, action, subject, detail, reason);
  }
}
