package org.copkit.jpa.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.port.Registrations;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Registrations} on JPA: {@code cop_registration}, one per event and member, optimistically locked. */
final class JpaRegistrations implements Registrations {

  private final JpaTransactions transactions;

  JpaRegistrations(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Registration registration) {
    transactions.insert(RegistrationRow.fromDomain(registration), describe(registration.event(), registration.member()));
  }

  @Override
  public Registration update(Registration registration) {
    String what = describe(registration.event(), registration.member());
    RegistrationRow row = transactions.entityManager()
        .find(RegistrationRow.class, RegistrationRow.key(registration.event(), registration.member()));
    if (row == null) {
      throw new NotFoundException("registration", registration.member() + " to " + registration.event());
    }
    if (row.version() != registration.version()) {
      throw ConflictException.staleVersion(what, registration.version());
    }
    boolean changed = !row.toDomain().equals(registration);
    row.copyChanges(registration);
    transactions.flushUpdate(row, changed, what, registration.version());
    return row.toDomain();
  }

  @Override
  public Optional<Registration> find(CalendarEventId event, MemberId member) {
    return Optional.ofNullable(transactions.entityManager().find(RegistrationRow.class, RegistrationRow.key(event, member)))
        .map(RegistrationRow::toDomain);
  }

  @Override
  public List<Registration> ofEvent(CalendarEventId event, Set<RegistrationStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    return transactions.entityManager()
        .createQuery("select r from CopRegistration r where r.eventId = :event and r.status in :statuses order by r.number",
            RegistrationRow.class)
        .setParameter("event", event.toString())
        .setParameter("statuses", statuses.stream().map(Enum::name).toList())
        .getResultStream()
        .map(RegistrationRow::toDomain)
        .toList();
  }

  @Override
  public Map<MemberId, List<Registration>> ofMembers(Collection<MemberId> members, Set<RegistrationStatus> statuses) {
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    Map<MemberId, List<Registration>> found = new HashMap<>();
    if (members.isEmpty() || statuses.isEmpty()) {
      return found;
    }
    transactions.entityManager()
        .createQuery("select r from CopRegistration r where r.memberId in :members and r.status in :statuses"
            + " order by r.registeredAt, r.eventId", RegistrationRow.class)
        .setParameter("members", members.stream().map(MemberId::value).distinct().toList())
        .setParameter("statuses", statuses.stream().map(Enum::name).toList())
        .getResultStream()
        .map(RegistrationRow::toDomain)
        .forEach(r -> found.computeIfAbsent(r.member(), key -> new ArrayList<>()).add(r));
    return found;
  }

  @Override
  public List<Registration> ofMember(MemberId member, Set<RegistrationStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    // cop_registration_by_member (V16) finds them
    return transactions.entityManager()
        .createQuery("select r from CopRegistration r where r.memberId = :member and r.status in :statuses"
            + " order by r.registeredAt, r.eventId", RegistrationRow.class)
        .setParameter("member", member.value())
        .setParameter("statuses", statuses.stream().map(Enum::name).toList())
        .getResultStream()
        .map(RegistrationRow::toDomain)
        .toList();
  }

  private static String describe(CalendarEventId event, MemberId member) {
    return "registration of " + member + " to learning event " + event;
  }
}
