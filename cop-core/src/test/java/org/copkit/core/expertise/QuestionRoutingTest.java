package org.copkit.core.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.QuestionRouting;
import org.copkit.api.expertise.RouteQuestion;
import org.copkit.api.expertise.Routing;
import org.copkit.api.expertise.RoutingCredit;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

/**
 * Routing questions through the platform: to the best suggested members, within each one's weekly
 * budget, never while away or muted, never twice for one question (also when two nodes route at
 * once), crediting the router when a routed member answers.
 */
class QuestionRoutingTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final QuestionRouting routing = scene.platform.questionRouting();
  private final CommunityId community = scene.community.id();
  private int posts;

  private ThreadId ask(MemberId asker, String title) {
    PostOutcome outcome = scene.platform.discussions().start(asker,
        StartThread.question(community, title, "Com ho feu, " + title + "?", Set.of("mediacio")));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  private void answer(MemberId who, ThreadId question) {
    assertThat(scene.platform.discussions().reply(who, Reply.to(question, "Així, " + ++posts)))
        .isInstanceOf(PostOutcome.Published.class);
  }

  /** Marta answers most, then Laia: the ranking routing follows. */
  private void history() {
    ThreadId first = ask(JORDI, "Primera");
    ThreadId second = ask(JORDI, "Segona");
    answer(MARTA, first);
    answer(MARTA, second);
    answer(LAIA, first);
  }

  @Test
  void routesToTheBestSuggestedAndNeverTwiceForOneQuestion() {
    history();
    ThreadId question = ask(ORIOL, "Nova");

    Routing first = routing.route(ORIOL, new RouteQuestion(question, 1));
    Routing again = routing.route(JORDI, new RouteQuestion(question, 2));

    assertThat(first.routedTo()).containsExactly(MARTA);
    assertThat(again.routedTo()).containsExactly(LAIA);
    assertThat(again.passedOver()).containsExactly(new Routing.PassedOver(MARTA, Routing.Reason.ALREADY_ROUTED));
    assertThat(toldOf(MARTA, question)).as("told once, not again when passed over").hasSize(1);
    assertThat(toldOf(LAIA, question)).hasSize(1);
  }

  private List<org.copkit.api.notification.Notification> toldOf(MemberId expert, ThreadId question) {
    return scene.notifications.sentTo(expert).stream()
        .filter(n -> n.topic() == org.copkit.api.notification.Notification.Topic.ROUTED_QUESTION)
        .filter(n -> n.link().equals("thread:" + question))
        .toList();
  }

  @Test
  void aNodeThatHasNotCaughtUpPassesOverWhoWasRoutedElsewhereWithoutSpendingTheirBudget() {
    CopPlatform other = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).routingBudgetPerWeek(2).build();
    CopPlatform first = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).routingBudgetPerWeek(2).build();
    try {
      history();
      ThreadId question = ask(ORIOL, "Nova");
      other.catchUp();
      first.catchUp();
      assertThat(first.questionRouting().route(ORIOL, new RouteQuestion(question, 1)).routedTo()).containsExactly(MARTA);

      Routing stale = other.questionRouting().route(JORDI, new RouteQuestion(question, 1));

      assertThat(stale.routedTo()).containsExactly(LAIA);
      assertThat(stale.passedOver()).containsExactly(new Routing.PassedOver(MARTA, Routing.Reason.ALREADY_ROUTED));
      assertThat(first.questionRouting().route(ORIOL, new RouteQuestion(ask(ORIOL, "Una altra"), 1)).routedTo())
          .as("Marta's second routing of the week is still hers to spend").containsExactly(MARTA);
    } finally {
      other.close();
      first.close();
    }
  }

  @Test
  void keepsEachMembersWeeklyBudget() {
    CopPlatform platform = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).routingBudgetPerWeek(2).build();
    try {
      history();
      platform.catchUp();
      List<MemberId> routedTo = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        routedTo.addAll(platform.questionRouting().route(ORIOL, new RouteQuestion(ask(ORIOL, "Nova " + i), 1)).routedTo());
      }
      assertThat(routedTo).containsExactly(MARTA, MARTA, LAIA);

      scene.clock.advance(Duration.ofDays(7));
      assertThat(platform.questionRouting().route(ORIOL, new RouteQuestion(ask(ORIOL, "Setmana nova"), 1)).routedTo())
          .containsExactly(MARTA);
    } finally {
      platform.close();
    }
  }

  @Test
  void passesOverWhoIsAwayOrMuted() {
    history();
    routing.setAway(MARTA, Optional.of(scene.clock.instant().plus(Duration.ofDays(3))));
    scene.platform.moderation().mute(JORDI, new MuteMember(community, LAIA, Duration.ofDays(1), "Calma"));

    Routing routed = routing.route(ORIOL, new RouteQuestion(ask(ORIOL, "Nova"), 2));

    assertThat(routed.routedTo()).isEmpty();
    assertThat(routed.passedOver()).containsExactly(new Routing.PassedOver(MARTA, Routing.Reason.AWAY),
        new Routing.PassedOver(LAIA, Routing.Reason.MUTED));
    assertThat(scene.notifications.sentTo(MARTA)).noneMatch(
        n -> n.topic() == org.copkit.api.notification.Notification.Topic.ROUTED_QUESTION);
    assertThat(scene.notifications.sentTo(LAIA)).noneMatch(
        n -> n.topic() == org.copkit.api.notification.Notification.Topic.ROUTED_QUESTION);

    scene.clock.advance(Duration.ofDays(4));
    assertThat(routing.route(ORIOL, new RouteQuestion(ask(ORIOL, "Més tard"), 2)).routedTo()).containsExactly(MARTA, LAIA);
  }

  @Test
  void anAnsweredRoutedQuestionCreditsItsRouter() {
    history();
    ThreadId answered = ask(ORIOL, "Nova");
    ThreadId unanswered = ask(ORIOL, "Una altra");
    routing.route(JORDI, new RouteQuestion(answered, 1));
    routing.route(ORIOL, new RouteQuestion(unanswered, 1));
    answer(MARTA, answered);
    answer(MARTA, answered);

    assertThat(routing.credits(JORDI, community))
        .containsExactly(new RoutingCredit(JORDI, 1, 1), new RoutingCredit(ORIOL, 1, 0));
  }

  @Test
  void twoNodesRoutingAtOnceRouteAQuestionOnceToEachMember() throws Exception {
    history();
    ThreadId question = ask(ORIOL, "Nova");
    CopPlatform other = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .discoverModerationRules(false).build();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Routing>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        QuestionRouting node = i % 2 == 0 ? routing : other.questionRouting();
        results.add(threads.submit(() -> {
          start.await();
          return node.route(JORDI, new RouteQuestion(question, 2));
        }));
      }
      start.countDown();
      List<MemberId> routedTo = new ArrayList<>();
      for (Future<Routing> result : results) {
        routedTo.addAll(result.get().routedTo());
      }
      assertThat(routedTo).containsExactlyInAnyOrder(MARTA, LAIA);
    } finally {
      threads.shutdownNow();
      other.close();
    }
  }

  @Test
  void onlyTheAskerAndEModeratorsRouteAndOutsidersLearnNothing() {
    history();
    ThreadId question = ask(ORIOL, "Nova");
    ThreadId discussion = ((PostOutcome.Published) scene.platform.discussions().start(ORIOL,
        StartThread.discussion(community, "Parlem", "De tot"))).thread().id();

    assertThatThrownBy(() -> routing.route(LAIA, new RouteQuestion(question, 1))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> routing.route(XAVIER, new RouteQuestion(question, 1))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> routing.route(ORIOL, new RouteQuestion(discussion, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("question"));
    assertThatThrownBy(() -> routing.credits(PERE, community)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> new RouteQuestion(question, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("experts"));
    assertThatThrownBy(() -> CopPlatform.builder().routingBudgetPerWeek(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("routingBudgetPerWeek"));
    assertThat(routing.credits(JORDI, community)).isEmpty();
  }
}
