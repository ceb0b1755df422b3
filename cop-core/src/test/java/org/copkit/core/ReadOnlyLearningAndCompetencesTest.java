package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copkit.api.community.Stage;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CreatePath;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.shared.ConflictException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The learning calendar, learning units and paths, and competence claims of an ARCHIVED community
 * are read-only too: each write is refused with a {@link ConflictException} and changes nothing
 * (no audit entry, no event, the event, its registrations and the claim as they were).
 */
class ReadOnlyLearningAndCompetencesTest {

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  /** A scene with an event Laia holds a seat at, a unit, and Marta's claim, before the archiving. */
  private static final class Scene {
    final WriteScene stage = new WriteScene();
    final CalendarEvent event = schedule(stage, "Seminari");
    final LearningUnit unit;
    final CompetenceClaim claim;

    Scene() {
      stage.platform.learningCalendar().register(LAIA, event.id());
      unit = stage.platform.learning().publish(JORDI, new PublishUnit(stage.community.id(), "Unitat", "Resum",
          UnitFormat.TEXT, "https://docs.example.org/unitat", 30, Set.of()));
      claim = stage.platform.competenceAssessment().assess(MARTA, new SelfAssess(stage.community.id(),
          CompetenceLevel.of("digcomp@2.2#2.4", 3), "Faig mediacions en línia"));
    }

    List<Object> snapshot() {
      return List.of(stage.snapshot(),
          stage.scene.storage.calendarEvents().find(event.id()).orElseThrow(),
          stage.scene.storage.registrations().ofMember(LAIA, java.util.EnumSet.allOf(RegistrationStatus.class)),
          stage.platform.competenceAssessment().claim(MARTA, claim.id()),
          stage.platform.learningQueries().units(JORDI, stage.community.id(), org.copkit.api.shared.PageRequest.first(50)).items());
    }
  }

  private static CalendarEvent schedule(WriteScene s, String title) {
    LocalDateTime starts = LocalDateTime.parse("2026-05-04T10:00");
    return s.platform.learningCalendar().schedule(JORDI, new ScheduleEvent(s.community.id(), EventKind.SEMINAR, title,
        "", EventFormat.ON_SITE, "Ciutat de la Justícia", starts, starts.plusHours(2), MADRID, 10, Set.of()));
  }

  private static Map<String, Consumer<Scene>> writes() {
    Map<String, Consumer<Scene>> writes = new LinkedHashMap<>();
    writes.put("schedule an event", s -> schedule(s.stage, "Un altre"));
    writes.put("register to an event", s -> s.stage.platform.learningCalendar().register(MARTA, s.event.id()));
    writes.put("cancel one's registration", s -> s.stage.platform.learningCalendar().cancel(LAIA, s.event.id()));
    writes.put("cancel an event", s -> s.stage.platform.learningCalendar().cancelEvent(JORDI, s.event.id(), "Sala ocupada"));
    writes.put("publish a unit", s -> s.stage.platform.learning().publish(JORDI, new PublishUnit(s.stage.community.id(),
        "Una altra", "Resum", UnitFormat.TEXT, "https://docs.example.org/altra", 20, Set.of())));
    writes.put("create a path", s -> s.stage.platform.learning().createPath(JORDI,
        new CreatePath(s.stage.community.id(), "Camí", "", List.of(s.unit.id()))));
    writes.put("assess oneself", s -> s.stage.platform.competenceAssessment().assess(LAIA,
        new SelfAssess(s.stage.community.id(), CompetenceLevel.of("digcomp@2.2#1.1", 2), "")));
    writes.put("endorse a claim", s -> s.stage.platform.competenceAssessment().endorse(LAIA,
        new EndorseClaim(s.claim.id(), "Ho he vist", "")));
    writes.put("validate a claim", s -> s.stage.platform.competenceAssessment().validate(JORDI,
        new ValidateClaim(s.claim.id(), 3, "D'acord")));
    return writes;
  }

  @TestFactory
  Stream<DynamicTest> everyWriteInAnArchivedCommunityIsRefusedAndChangesNothing() {
    return writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      Scene scene = new Scene();
      scene.stage.moveTo(Stage.ARCHIVED);
      List<Object> before = scene.snapshot();

      assertThatThrownBy(() -> write.getValue().accept(scene))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("archived"));
      assertThat(scene.snapshot()).isEqualTo(before);
    }));
  }

  @TestFactory
  Stream<DynamicTest> theSameWritesAreTakenWhileItIsActive() {
    return writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      Scene scene = new Scene();
      List<Object> before = scene.snapshot();

      write.getValue().accept(scene);

      assertThat(scene.snapshot()).isNotEqualTo(before);
    }));
  }
}
