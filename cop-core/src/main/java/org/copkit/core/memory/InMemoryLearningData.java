package org.copkit.core.memory;

import java.util.Comparator;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.Registration;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What learning holds about a member: their completions (LMS-reported ones included: a path's
 * progress is computed from them), registrations and attendance, the events they organise and the
 * units and paths they published. Erasure names the pseudonym (counts stay right); in a community
 * whose policy is {@code REMOVE}, the descriptions they wrote go.
 */
final class InMemoryLearningData implements PersonalData {

  private final InMemoryCompletions completions;
  private final InMemoryRegistrations registrations;
  private final InMemoryCalendarEvents events;
  private final InMemoryLearningUnits units;
  private final InMemoryLearningPaths paths;

  InMemoryLearningData(InMemoryCompletions completions, InMemoryRegistrations registrations,
      InMemoryCalendarEvents events, InMemoryLearningUnits units, InMemoryLearningPaths paths) {
    this.completions = completions;
    this.registrations = registrations;
    this.events = events;
    this.units = units;
    this.paths = paths;
  }

  @Override
  public String capability() {
    return "learning";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    completions.store().all().stream().filter(c -> c.member().equals(member))
        .sorted(Comparator.comparing(Completion::completedAt).thenComparing(c -> c.unit().toString()))
        .forEach(c -> out.record("completion", MemberRecords.fields(c)));
    registrations.store().all().stream().filter(r -> r.member().equals(member))
        .sorted(Comparator.comparing(Registration::registeredAt).thenComparing(r -> r.event().toString()))
        .forEach(r -> out.record("registration", MemberRecords.fields(r)));
    events.store().all().stream().filter(e -> e.organiser().equals(member))
        .sorted(Comparator.comparing(CalendarEvent::startsAt).thenComparing(e -> e.id().toString()))
        .forEach(e -> out.record("event-organised", MemberRecords.fields(e)));
    units.store().all().stream().filter(u -> u.author().equals(member))
        .sorted(Comparator.comparing(LearningUnit::publishedAt).thenComparing(u -> u.id().toString()))
        .forEach(u -> out.record("unit-published", MemberRecords.fields(u)));
    paths.store().all().stream().filter(p -> p.author().equals(member))
        .sorted(Comparator.comparing(LearningPath::createdAt).thenComparing(p -> p.id().toString()))
        .forEach(p -> out.record("path-created", MemberRecords.fields(p)));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    MemberId pseudonym = erasure.pseudonym();
    long changed = completions.store().reassign(member, pseudonym, c -> c);
    changed += registrations.store().reassign(member, pseudonym, r -> r);
    changed += events.store().reassign(member, pseudonym, e -> removing(erasure, e.community())
        ? new CalendarEvent(e.id(), e.community(), e.kind(), e.title(), Privacy.REMOVED_TEXT, e.format(), e.location(),
            e.startsAt(), e.endsAt(), e.zone(), e.capacity(), e.competences(), e.organiser(), e.registrations(),
            e.cancelledAt(), e.cancellationReason(), e.version())
        : e);
    changed += units.store().reassign(member, pseudonym, u -> removing(erasure, u.community())
        ? new LearningUnit(u.id(), u.community(), u.title(), Privacy.REMOVED_TEXT, u.format(), u.link(),
            u.estimatedMinutes(), u.competences(), u.author(), u.publishedAt())
        : u);
    return changed + paths.store().reassign(member, pseudonym, p -> removing(erasure, p.community())
        ? new LearningPath(p.id(), p.community(), p.title(), Privacy.REMOVED_TEXT, p.units(), p.author(), p.createdAt())
        : p);
  }

  private static boolean removing(Pseudonymisation erasure, org.copkit.api.community.CommunityId community) {
    return erasure.policyIn(community) == ErasurePolicy.REMOVE;
  }
}
