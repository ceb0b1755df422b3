package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceArea;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.FrameworkRef;
import org.copkit.api.competence.ProficiencyLevel;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.portfolio.CompetenceMatrix;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Threads about competences (issue 13): set when started, changed by their author or e-moderators, evidence. */
class ThreadCompetencesTest {

  private static final FrameworkRef MEDIATION = new FrameworkRef("justice-mediation", "1.0");
  private static final CompetenceRef BROWSING = CompetenceRef.of("digcomp@2.2#1.1");
  private static final CompetenceRef COLLABORATING = CompetenceRef.of("digcomp@2.2#2.4");
  private static final CompetenceRef LISTENING = new CompetenceRef(MEDIATION, "M1");

  private static final CompetenceFramework MEDIATION_FRAMEWORK = new CompetenceFramework(MEDIATION,
      "Mediation competences", "Department of Justice, internal",
      List.of(new CompetenceArea("M", "Mediation", List.of(new Competence(LISTENING, "Listening")))),
      List.of(new ProficiencyLevel(1, "Basic", "", "", ""), new ProficiencyLevel(2, "Expert", "", "", "")));

  private final ConversationScene scene =
      new ConversationScene(Visibility.OPEN, builder -> builder.competenceFramework(MEDIATION_FRAMEWORK));

  private StartThread question(Set<CompetenceRef> about) {
    return StartThread.question(scene.community.id(), "Com es fa una derivació?", "Dubte", Set.of("derivació"))
        .withCompetences(about);
  }

  private DiscussionThread start(MemberId who, StartThread command) {
    PostOutcome outcome = scene.platform.discussions().start(who, command);
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).thread();
  }

  private DiscussionThread read(MemberId who, DiscussionThread thread) {
    return scene.platform.discussionQueries().thread(who, thread.id(), PageRequest.first(10)).thread();
  }

  private List<DiscussionThread> listed(MemberId who, ThreadSearch search) {
    return scene.platform.discussionQueries().threads(who, search).items();
  }

  private ThreadSearch newest() {
    return new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(20));
  }

  @Nested
  class WhenStarted {

    @Test
    void aThreadIsAboutDigCompsAndTheHostsCompetencesAndItsReadersSeeThem() {
      DiscussionThread started = start(MARTA, question(Set.of(BROWSING, LISTENING)));

      assertThat(started.competences()).containsExactlyInAnyOrder(BROWSING, LISTENING);
      assertThat(read(LAIA, started).competences()).containsExactlyInAnyOrder(BROWSING, LISTENING);
      assertThat(read(XAVIER, started).competences()).as("an OPEN community's outsider reads it too")
          .containsExactlyInAnyOrder(BROWSING, LISTENING);
    }

    @Test
    void aThreadStartedWithoutCompetencesIsAboutNone() {
      DiscussionThread started = start(MARTA, StartThread.discussion(scene.community.id(), "Benvinguda", "Hola"));

      assertThat(read(LAIA, started).competences()).isEmpty();
    }

    @Test
    void anUnknownCompetenceOrFrameworkIsRefusedByNameAndNothingIsStarted() {
      assertThatThrownBy(() -> scene.platform.discussions().start(MARTA,
          question(Set.of(BROWSING, CompetenceRef.of("digcomp@2.2#9.9")))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("competences")
          .hasMessageContaining("unknown competence digcomp@2.2#9.9");
      assertThatThrownBy(() -> scene.platform.discussions().start(MARTA,
          question(Set.of(CompetenceRef.of("digcomp@2.1#1.1")))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown framework digcomp@2.1");
      assertThatThrownBy(() -> scene.platform.discussions().start(MARTA,
          question(Set.of(new CompetenceRef(MEDIATION, "M2")))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown competence justice-mediation@1.0#M2");

      assertThat(listed(JORDI, newest())).isEmpty();
    }

    @Test
    void tooManyCompetencesOrANullOneAreRefused() {
      Set<CompetenceRef> eleven = new HashSet<>();
      for (int i = 1; i <= DiscussionThread.MAX_COMPETENCES + 1; i++) {
        eleven.add(new CompetenceRef(MEDIATION, "M" + i));
      }
      Set<CompetenceRef> withNull = new HashSet<>();
      withNull.add(null);

      assertThatThrownBy(() -> question(eleven)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("competences").hasMessageContaining("at most 10");
      assertThatThrownBy(() -> question(withNull)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("competences");
      assertThatThrownBy(() -> question(null)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  class WhenChanged {

    @Test
    void itsAuthorAndTheEModeratorsChangeThemAndTheChangeIsStored() {
      DiscussionThread thread = start(LAIA, question(Set.of(BROWSING)));

      DiscussionThread byAuthor = scene.platform.discussions().changeCompetences(LAIA, thread.id(), Set.of(LISTENING));
      assertThat(byAuthor.competences()).containsExactly(LISTENING);
      assertThat(read(ORIOL, thread).competences()).containsExactly(LISTENING);

      DiscussionThread byModerator =
          scene.platform.discussions().changeCompetences(JORDI, thread.id(), Set.of(BROWSING, COLLABORATING));
      assertThat(read(ORIOL, thread).competences()).containsExactlyInAnyOrder(BROWSING, COLLABORATING);
      assertThat(byModerator.version()).isGreaterThan(byAuthor.version());

      scene.platform.discussions().changeCompetences(LAIA, thread.id(), Set.of());
      assertThat(read(ORIOL, thread).competences()).isEmpty();
    }

    @Test
    void anotherMemberObserverOrOutsiderMayNotAndNothingChanges() {
      DiscussionThread thread = start(LAIA, question(Set.of(BROWSING)));

      for (MemberId other : List.of(MARTA, ORIOL, PERE, XAVIER)) {
        assertThatThrownBy(() -> scene.platform.discussions().changeCompetences(other, thread.id(), Set.of(LISTENING)))
            .as(other.value()).isInstanceOf(AccessDeniedException.class);
      }

      assertThat(read(LAIA, thread).competences()).containsExactly(BROWSING);
    }

    @Test
    void anUnknownCompetenceIsRefusedAndNothingChanges() {
      DiscussionThread thread = start(LAIA, question(Set.of(BROWSING)));

      assertThatThrownBy(() -> scene.platform.discussions().changeCompetences(LAIA, thread.id(),
          Set.of(LISTENING, CompetenceRef.of("nobody@1#x"))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown framework nobody@1");
      assertThatThrownBy(() -> scene.platform.discussions().changeCompetences(LAIA, thread.id(), null))
          .isInstanceOf(InvalidInputException.class);

      assertThat(read(LAIA, thread).competences()).containsExactly(BROWSING);
    }

    @Test
    void aThreadHiddenFromTheActorIsMissingAsAnIdNeverUsed() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      PostOutcome.Published opened = (PostOutcome.Published) secret.platform.discussions().start(MARTA,
          StartThread.question(secret.community.id(), "Secret?", "Dubte", Set.of()).withCompetences(Set.of(BROWSING)));
      DiscussionThread forTheCore = ((PostOutcome.Published) secret.platform.discussions().start(MARTA,
          new StartThread(secret.community.id(), ThreadKind.DISCUSSION, Audience.CORE, "Nucli", "Només el nucli", Set.of())))
          .thread();

      assertThatThrownBy(() -> secret.platform.discussions().changeCompetences(XAVIER, opened.thread().id(), Set.of()))
          .isInstanceOf(NotFoundException.class).hasMessageNotContaining("SECRET");
      assertThatThrownBy(() -> secret.platform.discussions().changeCompetences(LAIA, forTheCore.id(), Set.of(BROWSING)))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void theListOfACommunitysThreadsIsFilteredByACompetence() {
    DiscussionThread aboutBrowsing = start(MARTA, question(Set.of(BROWSING, LISTENING)));
    DiscussionThread aboutListening = start(LAIA, question(Set.of(LISTENING)));
    DiscussionThread aboutNone = start(LAIA, StartThread.discussion(scene.community.id(), "Benvinguda", "Hola"));

    assertThat(listed(ORIOL, newest().about(BROWSING))).containsExactly(aboutBrowsing);
    assertThat(listed(ORIOL, newest().about(LISTENING))).extracting(DiscussionThread::id)
        .containsExactlyInAnyOrder(aboutBrowsing.id(), aboutListening.id());
    assertThat(listed(ORIOL, newest().about(COLLABORATING))).isEmpty();
    assertThat(listed(ORIOL, newest())).extracting(DiscussionThread::id)
        .contains(aboutNone.id(), aboutBrowsing.id(), aboutListening.id());
  }

  @Test
  void anAnswerAcceptedInAThreadIsEvidenceOfTheCompetencesTheThreadIsAbout() {
    DiscussionThread thread = start(MARTA, question(Set.of(BROWSING, LISTENING)));
    Post answer = ((PostOutcome.Published) scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "Així")))
        .post();
    scene.platform.discussions().acceptAnswer(MARTA, thread.id(), answer.id());
    String key = "answer:" + answer.id();

    assertThat(scene.platform.portfolios().evidence(LAIA)).filteredOn(e -> e.key().equals(key)).singleElement()
        .extracting(Evidence::competences).isEqualTo(Set.of(BROWSING, LISTENING));
    CompetenceMatrix matrix = scene.platform.portfolios().matrix(LAIA, LAIA);
    assertThat(matrix.rows()).filteredOn(row -> row.competence().equals(BROWSING)).singleElement()
        .satisfies(row -> assertThat(row.evidence()).containsExactly(key));

    scene.platform.discussions().changeCompetences(JORDI, thread.id(), Set.of(COLLABORATING));

    assertThat(scene.platform.portfolios().matrix(LAIA, LAIA).rows())
        .extracting(CompetenceMatrix.Row::competence).containsExactly(COLLABORATING);
  }
}
