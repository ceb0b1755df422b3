package org.copkit.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceArea;
import org.copkit.api.competence.CompetenceCatalogue;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.DigComp;
import org.copkit.api.competence.FrameworkRef;
import org.copkit.api.competence.ProficiencyLevel;
import org.copkit.api.competence.spi.FrameworkProvider;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DigComp 2.2 as shipped (areas, competences and levels with their official wording, and the
 * source), the host's own versioned frameworks, and who may read them.
 */
class CompetenceCatalogueTest {

  /** The platform's parts, for assembling the competence feature alone. */
  private static final org.copkit.core.shared.Wiring WIRING = new org.copkit.core.shared.Wiring(
      org.copkit.core.memory.InMemoryStorage.create(), org.copkit.core.memory.InMemoryDirectory.of(),
      new org.copkit.core.memory.InMemoryEventLog(), new org.copkit.core.memory.InMemoryNotifications(),
      java.time.Clock.systemUTC());

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId GONE = MemberId.of("gone");
  private static final MemberId STRANGER = MemberId.of("stranger");

  private static final FrameworkRef MEDIATION_1 = new FrameworkRef("justice-mediation", "1.0");
  private static final FrameworkRef MEDIATION_2 = new FrameworkRef("justice-mediation", "2.0");

  private final InMemoryDirectory directory = InMemoryDirectory.of(
      Person.active(ANA, "Ana", "Justícia"), new Person(GONE, "Gone", "", false, false));

  private CompetenceCatalogue catalogue(CopPlatform.Builder builder) {
    return builder.directory(directory).build().competences();
  }

  private final CompetenceCatalogue catalogue = catalogue(CopPlatform.builder().discoverCompetenceFrameworks(false));

  @Nested
  class DigCompAsShipped {

    private final CompetenceFramework digComp = catalogue.framework(ANA, DigComp.V2_2);

    @Test
    void hasFiveAreasWithTheirOfficialNames() {
      assertThat(digComp.name()).isEqualTo("DigComp 2.2");
      assertThat(digComp.areas()).extracting(CompetenceArea::code).containsExactly("1", "2", "3", "4", "5");
      assertThat(digComp.areas()).extracting(CompetenceArea::name).containsExactly(
          "Information and data literacy", "Communication and collaboration", "Digital content creation", "Safety",
          "Problem solving");
    }

    @Test
    void hasTwentyOneCompetencesWithTheirOfficialNames() {
      assertThat(digComp.competences()).extracting(c -> c.ref().code()).containsExactly(
          "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
          "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");
      assertThat(digComp.competences()).extracting(Competence::name).containsExactly(
          "Browsing, searching and filtering data, information and digital content",
          "Evaluating data, information and digital content",
          "Managing data, information and digital content",
          "Interacting through digital technologies",
          "Sharing through digital technologies",
          "Engaging in citizenship through digital technologies",
          "Collaborating through digital technologies",
          "Netiquette",
          "Managing digital identity",
          "Developing digital content",
          "Integrating and re-elaborating digital content",
          "Copyright and licences",
          "Programming",
          "Protecting devices",
          "Protecting personal data and privacy",
          "Protecting health and well-being",
          "Protecting the environment",
          "Solving technical problems",
          "Identifying needs and technological responses",
          "Creatively using digital technologies",
          "Identifying digital competence gaps");
      assertThat(digComp.areas().get(1).competences()).hasSize(6);
    }

    @Test
    void hasEightLevelsInFourBands() {
      assertThat(digComp.levels()).extracting(ProficiencyLevel::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      assertThat(digComp.levels()).extracting(ProficiencyLevel::band).containsExactly(
          "Foundation", "Foundation", "Intermediate", "Intermediate", "Advanced", "Advanced",
          "Highly specialised", "Highly specialised");
      assertThat(digComp.level(1).orElseThrow().autonomy()).isEqualTo("With guidance");
      assertThat(digComp.level(3).orElseThrow().tasks()).isEqualTo("Well-defined and routine tasks, and straightforward problems");
      assertThat(digComp.level(8).orElseThrow().autonomy()).isEqualTo("Propose new ideas and processes to the field");
      assertThat(digComp.levels()).extracting(ProficiencyLevel::cognitiveDomain).containsExactly(
          "Remembering", "Remembering", "Understanding", "Understanding", "Applying", "Evaluating", "Creating", "Creating");
      assertThat(digComp.level(9)).isEmpty();
    }

    @Test
    void citesItsSource() {
      assertThat(digComp.source()).contains("Vuorikari", "Kluzer", "Punie", "2022", "EUR 31006 EN", "CC BY 4.0");
    }

    @Test
    void findsOneCompetenceByItsReference() {
      assertThat(catalogue.competence(ANA, CompetenceRef.of("digcomp@2.2#2.4")).name())
          .isEqualTo("Collaborating through digital technologies");
      assertThat(DigComp.competence("5.4")).hasToString("digcomp@2.2#5.4");
    }
  }

  @Nested
  class HostFrameworks {

    @Test
    void standBesideDigCompEachVersionAFrameworkOfItsOwn() {
      CompetenceCatalogue withHost = catalogue(CopPlatform.builder().discoverCompetenceFrameworks(false)
          .competenceFramework(mediation(MEDIATION_1, "Listening"))
          .competenceFramework(mediation(MEDIATION_2, "Active listening")));

      assertThat(withHost.frameworks(ANA)).extracting(CompetenceFramework::ref).containsExactly(DigComp.V2_2, MEDIATION_1, MEDIATION_2);
      assertThat(withHost.competence(ANA, new CompetenceRef(MEDIATION_1, "M1")).name()).isEqualTo("Listening");
      assertThat(withHost.competence(ANA, new CompetenceRef(MEDIATION_2, "M1")).name()).isEqualTo("Active listening");
    }

    @Test
    void comeFromProvidersAndAProviderThatFailsIsSkipped() {
      FrameworkProvider failing = () -> {
        throw new IllegalStateException("the provider's database is down");
      };
      FrameworkProvider working = () -> List.of(mediation(MEDIATION_1, "Listening"));
      CompetenceAssembly assembly = CompetenceAssembly.create(WIRING, List.of(), List.of(failing, working), null);

      assertThat(assembly.frameworks().all()).extracting(CompetenceFramework::ref).containsExactly(DigComp.V2_2, MEDIATION_1);
    }

    @Test
    void keepTheFirstOfTwoWithTheSameReference() {
      CompetenceCatalogue twice = catalogue(CopPlatform.builder().discoverCompetenceFrameworks(false)
          .competenceFramework(mediation(MEDIATION_1, "Listening"))
          .competenceFramework(mediation(MEDIATION_1, "Something else")));

      assertThat(twice.frameworks(ANA)).hasSize(2);
      assertThat(twice.competence(ANA, new CompetenceRef(MEDIATION_1, "M1")).name()).isEqualTo("Listening");
    }

    @Test
    void cannotReplaceDigComp() {
      CompetenceFramework fake = new CompetenceFramework(DigComp.V2_2, "Not DigComp", "",
          List.of(new CompetenceArea("1", "One", List.of(new Competence(DigComp.competence("1.1"), "Fake")))),
          List.of(new ProficiencyLevel(1, "Only", "", "", "")));
      CompetenceCatalogue withFake = catalogue(CopPlatform.builder().discoverCompetenceFrameworks(false).competenceFramework(fake));

      assertThat(withFake.framework(ANA, DigComp.V2_2).name()).isEqualTo("DigComp 2.2");
    }
  }

  @Nested
  class Checks {

    private final Frameworks frameworks = CompetenceAssembly.create(WIRING, List.of(), List.of(), null).frameworks();

    @Test
    void acceptsAKnownCompetenceAtALevelOfItsFramework() {
      assertThat(frameworks.check("competences", CompetenceLevel.of("digcomp@2.2#3.4", 8)).name()).isEqualTo("Programming");
    }

    @Test
    void refusesUnknownFrameworksCompetencesAndLevelsNamingTheField() {
      for (CompetenceLevel wrong : List.of(CompetenceLevel.of("digcomp@2.1#1.1", 1), CompetenceLevel.of("digcomp@2.2#6.1", 1),
          CompetenceLevel.of("digcomp@2.2#1.1", 9))) {
        assertThatThrownBy(() -> frameworks.check("competences", wrong)).as(wrong.toString())
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("competences"));
      }
    }

    @Test
    void refusesMalformedReferences() {
      assertThatThrownBy(() -> CompetenceRef.of("digcomp#1.1")).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> new FrameworkRef("DigComp", "2.2")).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> CompetenceLevel.of("digcomp@2.2#1.1", 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAFrameworkWithGapsInItsLevelsOrACompetenceOfAnotherFramework() {
      Competence listening = new Competence(new CompetenceRef(MEDIATION_1, "M1"), "Listening");
      assertThatThrownBy(() -> new CompetenceFramework(MEDIATION_1, "Mediation", "", List.of(new CompetenceArea("A", "Area", List.of(listening))),
          List.of(new ProficiencyLevel(2, "Basic", "", "", "")))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> new CompetenceFramework(MEDIATION_2, "Mediation", "", List.of(new CompetenceArea("A", "Area", List.of(listening))),
          List.of(new ProficiencyLevel(1, "Basic", "", "", "")))).isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  class WhoMayRead {

    @Test
    void refusesAnyoneWhoIsNotAnActivePerson() {
      for (MemberId outsider : List.of(GONE, STRANGER)) {
        assertThatThrownBy(() -> catalogue.frameworks(outsider)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.framework(outsider, DigComp.V2_2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.competence(outsider, DigComp.competence("1.1"))).isInstanceOf(AccessDeniedException.class);
      }
    }

    @Test
    void answersNotFoundForAnUnknownFrameworkOrCompetence() {
      assertThatThrownBy(() -> catalogue.framework(ANA, MEDIATION_1)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> catalogue.competence(ANA, DigComp.competence("9.9"))).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> catalogue.framework(ANA, null)).isInstanceOf(InvalidInputException.class);
    }
  }

  private static CompetenceFramework mediation(FrameworkRef ref, String firstName) {
    return new CompetenceFramework(ref, "Mediation competences", "Department of Justice, internal",
        List.of(new CompetenceArea("M", "Mediation", List.of(new Competence(new CompetenceRef(ref, "M1"), firstName)))),
        List.of(new ProficiencyLevel(1, "Basic", "", "", ""), new ProficiencyLevel(2, "Expert", "", "", "")));
  }
}
