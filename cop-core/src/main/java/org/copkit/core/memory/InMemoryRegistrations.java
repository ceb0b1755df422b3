package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.port.Registrations;
import org.copkit.api.shared.MemberId;

final class InMemoryRegistrations implements Registrations {

  private record Key(CalendarEventId event, MemberId member) {}

  private final VersionedStore<Key, Registration> registrations;

  InMemoryRegistrations(InMemoryTransactions transactions) {
    this.registrations =
        new VersionedStore<>(transactions, "registration", Registration::version, Registration::withVersion);
  }

  @Override
  public void add(Registration registration) {
    registrations.add(new Key(registration.event(), registration.member()), registration);
  }

  @Override
  public Registration update(Registration registration) {
    return registrations.update(new Key(registration.event(), registration.member()), registration);
  }

  @Override
  public Optional<Registration> find(CalendarEventId event, MemberId member) {
    return registrations.find(new Key(event, member));
  }

  @Override
  public List<Registration> ofEvent(CalendarEventId event, Set<RegistrationStatus> statuses) {
    return registrations.all().stream()
        .filter(r -> r.event().equals(event) && statuses.contains(r.status()))
        .sorted(Comparator.comparingLong(Registration::number))
        .toList();
  }

  @Override
  public List<Registration> ofMember(MemberId member, Set<RegistrationStatus> statuses) {
    return registrations.all().stream()
        .filter(r -> r.member().equals(member) && statuses.contains(r.status()))
        .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.event().toString()))
        .toList();
  }

  /** @return every record, for the evidence of portfolios */
  java.util.stream.Stream<org.copkit.api.learning.Registration> all() {
    return registrations.all().stream();
  }

  /** @return the registrations, for privacy */
  VersionedStore<?, Registration> store() {
    return registrations;
  }
}
