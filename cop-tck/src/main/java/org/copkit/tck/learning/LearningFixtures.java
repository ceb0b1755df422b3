package org.copkit.tck.learning;

import static org.copkit.tck.shared.SharedFixtures.T0;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.shared.MemberId;

/** Records of learning for the contract suites, each with every field set and distinct. */
public final class LearningFixtures {

  /** Two competences at levels, as units and events carry them. */
  public static final Set<CompetenceLevel> COMPETENCES =
      Set.of(CompetenceLevel.of("digcomp@2.2#2.4", 3), CompetenceLevel.of("digcomp@2.2#5.4", 8));

  private LearningFixtures() {}

  /**
   * @param community its community
   * @param publishedAt when it was published
   * @return a video unit aligned to {@link #COMPETENCES}
   */
  public static LearningUnit aUnit(CommunityId community, Instant publishedAt) {
    return new LearningUnit(LearningUnitId.random(), community, "Mediació: la primera entrevista",
        "Com preparar l'entrevista · 15 minuts", UnitFormat.VIDEO, "https://videos.example.org/mediacio?t=1",
        15, COMPETENCES, MemberId.of("expert-núria"), publishedAt);
  }

  /**
   * @param community its community
   * @param startsAt when it starts
   * @param capacity its seats
   * @return an on-site seminar of two hours, at version 0 with no registration taken
   */
  public static CalendarEvent anEvent(CommunityId community, Instant startsAt, int capacity) {
    return CalendarEvent.scheduled(CalendarEventId.random(), community, EventKind.SEMINAR, "Seminari de mediació penal",
        "Casos i bones pràctiques", EventFormat.ON_SITE, "Ciutat de la Justícia, sala 3", startsAt,
        startsAt.plusSeconds(7200), ZoneId.of("Europe/Madrid"), capacity, COMPETENCES, MemberId.of("jordi"));
  }

  /**
   * @param event the event
   * @param member who registered
   * @param number the place in the order of registration
   * @param status the status
   * @return the registration at version 0, attendance unrecorded
   */
  public static Registration aRegistration(CalendarEvent event, MemberId member, long number, RegistrationStatus status) {
    return new Registration(event.id(), event.community(), member, number, status, Attendance.UNRECORDED,
        T0.plusSeconds(number), 0);
  }

  /**
   * @param unit the unit
   * @param member who completed it
   * @param at when
   * @return the completion
   */
  public static Completion aCompletion(LearningUnit unit, MemberId member, Instant at) {
    return new Completion(unit.id(), unit.community(), member, at);
  }
}
