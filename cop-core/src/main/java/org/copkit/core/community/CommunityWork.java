package org.copkit.core.community;

import org.copkit.api.shared.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityEvent;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Person;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the community use cases share: the ports, the clock, the policy, and the steps every one of
 * them takes (resolve the actor, find their standing, check it, write, audit, publish).
 */
final class CommunityWork {

  final CopStorage storage;
  final CommunityPolicy policy;
  private final Directory directory;
  private final EventPublisher events;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  CommunityWork(
      CopStorage storage, Directory directory, EventPublisher events, Clock clock, CommunityPolicy policy) {
    this.storage = storage;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
    this.policy = policy;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  Instant now() {
    return clock.instant();
  }

  Actor actor(MemberId id) {
    return Actor.resolve(directory, id);
  }

  /** A person named in a command, who must be known to the directory and active. */
  Person person(String field, MemberId id) {
    Person person =
        directory.find(Validation.required(field, id))
            .orElseThrow(() -> new InvalidInputException(field, "must name a person the directory knows"));
    if (!person.active()) {
      throw new InvalidInputException(field, "must name an active person");
    }
    return person;
  }

  Optional<Person> findActivePerson(MemberId id) {
    return directory.find(id).filter(Person::active);
  }

  /**
   * The actor's standing in a community they may see. A community they may not see is reported
   * exactly as a missing one.
   */
  Standing standing(Actor actor, CommunityId id) {
    Validation.required("community", id);
    return standing(actor, id, () -> new NotFoundException("community", id.toString()));
  }

  /**
   * The actor's standing in the community of an object they named by its ID. When they may not see
   * that community, the object is reported missing, exactly as an ID never used would be: the error
   * names what they asked for, never the community it lives in.
   */
  Standing standingAt(Actor actor, CommunityId id, String kind, String objectId) {
    return standing(actor, id, () -> new NotFoundException(kind, objectId));
  }

  /**
   * The standing of an e-moderator or administrator of the community of an object only they may
   * know about (a review item, say); for anyone else the object is missing.
   */
  Standing moderatingAt(Actor actor, CommunityId id, String kind, String objectId) {
    Standing standing = standingAt(actor, id, kind, objectId);
    if (!standing.canModerate()) {
      throw new NotFoundException(kind, objectId);
    }
    return standing;
  }

  private Standing standing(Actor actor, CommunityId id, Supplier<NotFoundException> missing) {
    Community community = storage.communities().find(id).orElseThrow(missing);
    Optional<Membership> membership = storage.memberships().find(id, actor.id());
    boolean invited =
        community.visibility() == Visibility.SECRET
            && membership.isEmpty()
            && storage.invitations().findPending(id, actor.id()).isPresent();
    Standing standing = new Standing(actor, community, membership, invited);
    if (!standing.canSee()) {
      throw missing.get();
    }
    return standing;
  }

  boolean mayRead(MemberId person, CommunityId id, org.copkit.api.community.Audience audience) {
    Optional<Person> active = findActivePerson(person);
    Optional<Membership> membership = storage.memberships().find(id, person);
    if (active.isEmpty() || membership.isEmpty()) {
      return false;
    }
    return storage.communities().find(id)
        .map(community -> new Standing(new Actor(active.get()), community, membership, false))
        .filter(standing -> standing.sees(audience))
        .isPresent();
  }

  /** The standing of an e-moderator or administrator; anyone else is refused. */
  Standing moderating(Actor actor, CommunityId id, String action) {
    Standing standing = standing(actor, id);
    if (!standing.canModerate()) {
      throw new AccessDeniedException(actor.id(), action);
    }
    return standing;
  }

  static void requireWritable(Community community) {
    if (community.isReadOnly()) {
      throw ConflictException.rule("community " + community.id() + " is archived and read-only");
    }
  }

  Membership requireMembership(CommunityId community, MemberId member) {
    return storage.memberships()
        .find(community, member)
        .orElseThrow(() -> new NotFoundException("membership", member + " in " + community));
  }

  /**
   * Records a change to the community's membership as a change to the community itself, so that
   * two concurrent changes to one community never both commit: the second fails its version check
   * and is retried on fresh data, where the membership rules are checked again.
   */
  Community touch(Community community) {
    return storage.communities().update(community);
  }

  /**
   * What people do for themselves: no administrator powers are needed to join, ask to join, withdraw
   * one's request, decline one's invitation or leave, also when an administrator does it.
   */
  private static final Set<AuditAction> ON_ONES_OWN_BEHALF = EnumSet.of(
      AuditAction.MEMBER_JOINED, AuditAction.JOIN_REQUESTED, AuditAction.JOIN_REQUEST_WITHDRAWN,
      AuditAction.INVITATION_DECLINED, AuditAction.MEMBER_LEFT);

  /** See {@link CommunityGate#auditAdministratorRead}. */
  void auditAdministratorRead(Actor actor, MemberId member, String what) {
    if (actor.isAdministrator() && !actor.id().equals(member)) {
      storage.auditTrail().append(new AuditEntry(now(), Optional.of(actor.id()), true,
          org.copkit.api.privacy.Privacy.AUDIT_SCOPE, AuditAction.MEMBER_DATA_READ,
          Optional.of(asAuditSubject(storage, member)), what, ""));
    }
  }

  /**
   * @param storage the storage
   * @param member a member named in an audit entry
   * @return the member, or their pseudonym once their erasure was asked for: an entry written after
   *     an erasure must not bring the erased ID back
   */
  static MemberId asAuditSubject(CopStorage storage, MemberId member) {
    return storage.erasureLedger().find(org.copkit.core.shared.ErasureChange.digest(member))
        .map(org.copkit.api.privacy.port.ErasureRecord::pseudonym).orElse(member);
  }

  void audit(Standing standing, AuditAction action, Optional<MemberId> subject, String detail, String reason) {
    boolean forThemselves = ON_ONES_OWN_BEHALF.contains(action) && subject.equals(Optional.of(standing.actor().id()));
    storage.auditTrail()
        .append(
            new AuditEntry(
                now(),
                Optional.of(standing.actor().id()),
                standing.actsAsAdministrator() && !forThemselves,
                standing.community().id().toString(),
                action,
                subject,
                detail,
                reason));
  }

  void publish(CommunityEvent event) {
    events.publish(event);
  }
}
