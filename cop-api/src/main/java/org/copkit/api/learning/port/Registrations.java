package org.copkit.api.learning.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Outbound port: registrations to learning events, one per member and event, with optimistic
 * versions. Contract: {@code org.copkit.tck.learning.RegistrationsContract}.
 */
public interface Registrations {

  /**
   * @param registration a new registration, at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the member has one for the event
   */
  void add(Registration registration);

  /**
   * Stores a changed registration read at {@code registration.version()}.
   *
   * @param registration the changed registration
   * @return it as stored, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another transaction moved it on
   * @throws org.copkit.api.shared.NotFoundException when it is not stored
   */
  Registration update(Registration registration);

  /**
   * @param event an event
   * @param member a member
   * @return the member's registration, if any
   */
  Optional<Registration> find(CalendarEventId event, MemberId member);

  /**
   * @param event an event
   * @param statuses the statuses wanted
   * @return its registrations in those statuses, in order of their numbers
   */
  List<Registration> ofEvent(CalendarEventId event, Set<RegistrationStatus> statuses);

  /**
   * @param member a member
   * @param statuses the statuses wanted
   * @return the member's registrations in those statuses, to the events of every community,
   *     earliest registered first, ties by event ID; none when no status is wanted
   */
  List<Registration> ofMember(MemberId member, Set<RegistrationStatus> statuses);

  /**
   * The registrations of several members at once, for work done for many members in turn (their
   * digests). A storage answers with one query; this default asks {@link #ofMember} for each.
   *
   * @param members the members, at most 1,000
   * @param statuses the statuses wanted
   * @return per member who has any, their registrations in those statuses as {@link #ofMember}
   *     orders them
   */
  default Map<MemberId, List<Registration>> ofMembers(Collection<MemberId> members, Set<RegistrationStatus> statuses) {
    Map<MemberId, List<Registration>> found = new HashMap<>();
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    for (MemberId member : members) {
      List<Registration> mine = ofMember(member, statuses);
      if (!mine.isEmpty()) {
        found.put(member, mine);
      }
    }
    return found;
  }
}
