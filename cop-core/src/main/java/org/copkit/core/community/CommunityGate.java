package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
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
   * @param community a community
   * @return its e-moderators, for the notifications meant for them
   */
  public java.util.List<MemberId> moderatorsOf(CommunityId community) {
    return work.storage.memberships().list(community, java.util.Optional.empty(),
            java.util.Optional.of(org.copkit.api.community.Role.E_MODERATOR),
            org.copkit.api.shared.PageRequest.first(org.copkit.api.shared.PageRequest.MAX_SIZE))
        .items().stream().map(org.copkit.api.community.Membership::member).toList();
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
   * The actor's standing in the community of an object they named by its ID. Every use case that
   * reads or writes an object goes through here (or {@link #moderatingAt}), so that an object in a
   * community the actor may not see fails exactly as an ID never used: the error names the object
   * they asked for, never its community.
   *
   * @param actor the actor
   * @param community the object's community
   * @param kind what they asked for, such as {@code "thread"}
   * @param id the ID they gave
   * @return the actor's standing there
   * @throws org.copkit.api.shared.NotFoundException naming {@code kind} and {@code id} when the
   *     community does not exist for them
   */
  public Standing standingAt(Actor actor, CommunityId community, String kind, Object id) {
    return work.standingAt(actor, community, kind, id.toString());
  }

  /**
   * The standing of an e-moderator or administrator of the community of an object only they may
   * know about, such as a review item and its flags.
   *
   * @param actor the actor
   * @param community the object's community
   * @param kind what they asked for, such as {@code "review item"}
   * @param id the ID they gave
   * @return the standing of someone who moderates there
   * @throws org.copkit.api.shared.NotFoundException naming {@code kind} and {@code id} for anyone
   *     else: for them the object does not exist
   */
  public Standing moderatingAt(Actor actor, CommunityId community, String kind, Object id) {
    return work.moderatingAt(actor, community, kind, id.toString());
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
   * @param person a person, such as one named in a post
   * @param community a community
   * @param audience who the content is meant for there
   * @return whether the person is an active member of the community who may read content for that
   *     audience (the working group's content only for CORE members)
   */
  public boolean mayRead(MemberId person, CommunityId community, org.copkit.api.community.Audience audience) {
    return work.mayRead(person, community, audience);
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
   * @param action what was done, such as {@link AuditAction#ITEM_DECIDED}
   * @param subject the person it was done to, if any
   * @param detail a short description
   * @param reason the reason given, possibly empty
   */
  public void audit(Standing standing, AuditAction action, java.util.Optional<MemberId> subject, String detail, String reason) {
    work.audit(standing, action, subject, detail, reason);
  }

  /**
   * Audits a platform administrator's read of another, named member's data in the privacy audit
   * trail ({@link org.copkit.api.privacy.Privacy#AUDIT_SCOPE}); a member's read of their own data,
   * and anyone else's read, are not audited.
   *
   * @param actor who reads
   * @param member whose data
   * @param what which data, such as {@code "memberships"}
   */
  public void auditAdministratorRead(Actor actor, MemberId member, String what) {
    work.auditAdministratorRead(actor, member, what);
  }

  /**
   * @param storage the storage
   * @param member a member an audit entry names
   * @return the member, or their pseudonym once their erasure was asked for: an entry written after
   *     an erasure must not bring the erased ID back
   */
  public static MemberId asAuditSubject(org.copkit.api.storage.CopStorage storage, MemberId member) {
    return CommunityWork.asAuditSubject(storage, member);
  }
}
