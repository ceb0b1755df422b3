package org.copkit.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.RouteQuestion;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.SetFreshness;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.RegistrationOutcome;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Subscription;
import org.copkit.api.notification.Digests;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

/**
 * Digests through the platform: what goes in (routed questions not told at once, the top of the
 * member's feed, review queues for e-moderators, the events a member holds a seat at that start
 * before their next digest, the knowledge items they keep fresh due for review), when (daily,
 * weekly, after quiet hours, not while away), each thing once, nothing a member may no longer read,
 * one-click unsubscribe, and exactly one digest per member and period when two platforms send at
 * once.
 */
class DigestsTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final Digests digests = scene.platform.digests();
  private final CommunityId community = scene.community.id();
  private int posts;

  private ThreadId ask(MemberId asker, String title) {
    PostOutcome outcome = scene.platform.discussions().start(asker,
        StartThread.question(community, title, "Com ho feu, " + title + "?", Set.of("mediacio")));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  private Post answer(MemberId who, ThreadId question) {
    PostOutcome outcome = scene.platform.discussions().reply(who, Reply.to(question, "Així, " + ++posts));
    return ((PostOutcome.Published) outcome).post();
  }

  /** Marta answers most: routing picks her first. */
  private void history() {
    ThreadId first = ask(JORDI, "Primera");
    answer(MARTA, first);
    answer(MARTA, ask(JORDI, "Segona"));
  }

  private ThreadId routedToMarta(String title) {
    ThreadId question = ask(ORIOL, title);
    assertThat(scene.platform.questionRouting().route(ORIOL, new RouteQuestion(question, 1)).routedTo())
        .containsExactly(MARTA);
    return question;
  }

  private List<Notification> sent(MemberId member, Notification.Topic topic) {
    return scene.notifications.sentTo(member).stream().filter(n -> n.topic() == topic).toList();
  }

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  /** An event of two hours, scheduled by Jordi, starting at a time of Madrid. */
  private CalendarEvent anEventAt(String startsInMadrid, int seats) {
    LocalDateTime starts = LocalDateTime.parse(startsInMadrid);
    return scene.platform.learningCalendar().schedule(JORDI, new ScheduleEvent(community, EventKind.SEMINAR,
        "Seminari " + startsInMadrid, "", EventFormat.ON_SITE, "Ciutat de la Justícia, sala 3", starts,
        starts.plusHours(2), MADRID, seats, Set.of()));
  }

  /** A library document by an author, kept fresh by an owner who should review it by a day (UTC). */
  private KnowledgeItem keptFresh(MemberId author, Audience audience, MemberId owner, String reviewBy) {
    KnowledgeItem item = scene.platform.knowledgeBase().create(author, new CreateItem(community,
        KnowledgeKind.LIBRARY_DOCUMENT, audience, new KnowledgeContent("Guia " + ++posts, "Pas 1",
            "https://docs.example.org/guia.pdf", Set.of("mediació"), Set.of()), ""));
    return scene.platform.knowledgeCuration().keepFresh(author,
        new SetFreshness(item.id(), owner, LocalDate.parse(reviewBy)));
  }

  private static Optional<Digest> digestOf(MemberId member, List<Digest> sent) {
    return sent.stream().filter(d -> d.member().equals(member)).findFirst();
  }

  /** Daily at 08:00 in Madrid (07:00 UTC in winter, 06:00 in summer). */
  private AttentionSettings daily() {
    return AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(ZoneId.of("Europe/Madrid"), LocalTime.of(8, 0));
  }

  /**
   * Holds for Marta's daily digest a notice of each link it may carry that is not a post: a learning
   * event cancelled ({@code learning-event:}), a knowledge item overdue ({@code knowledge:}), a mute
   * ({@code community:}).
   */
  private void noticesOfEveryKindHeldForMarta() {
    digests.configure(MARTA, daily());
    CalendarEvent event = anEventAt("2026-04-20T10:00", 5);
    scene.platform.learningCalendar().register(MARTA, event.id());
    scene.platform.learningCalendar().cancelEvent(JORDI, event.id(), "Sala ocupada");
    keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-01");
    scene.clock.advance(Duration.ofDays(1)); // 2026-04-02T09:00Z: the item is overdue
    assertThat(scene.platform.knowledgeCuration().remindOverdue(JORDI, community)).isEqualTo(1);
    scene.platform.moderation().mute(JORDI,
        new org.copkit.api.moderation.MuteMember(community, MARTA, Duration.ofDays(1), "Massa missatges"));
    scene.clock.advance(Duration.ofDays(1)); // past her digest time
  }

  @Test
  void heldNoticesOfEventsItemsAndSanctionsComeWhileTheMemberMayReadWhatTheyLinkTo() {
    noticesOfEveryKindHeldForMarta();

    Digest digest = digestOf(MARTA, digests.sendDue(NURIA)).orElseThrow();
    assertThat(digest.notices()).extracting(Digest.Notice::topic).containsExactlyInAnyOrder(
        Notification.Topic.LEARNING_EVENT, Notification.Topic.KNOWLEDGE_REVIEW, Notification.Topic.SANCTION);
    assertThat(digest.notices()).extracting(n -> n.link().substring(0, n.link().indexOf(':')))
        .containsExactlyInAnyOrder("learning-event", "knowledge", "community");
  }

  @Test
  void heldNoticesOfACommunityTheMemberLeftAreNotTold() {
    noticesOfEveryKindHeldForMarta();
    scene.platform.memberAdministration().remove(JORDI, new RemoveMember(community, MARTA, "Canvi de destí"));

    assertThat(digestOf(MARTA, digests.sendDue(NURIA)).map(Digest::notices).orElse(List.of())).isEmpty();
  }

  @Test
  void aHeldMentionInAPostModerationHidSinceIsNotTold() {
    digests.configure(MARTA, daily());
    ThreadId thread = ask(JORDI, "Protocol");
    PostOutcome outcome = scene.platform.discussions().reply(LAIA, Reply.to(thread, "Què en penses, @marta?"));
    Post mention = ((PostOutcome.Published) outcome).post();
    Post kept = ((PostOutcome.Published) scene.platform.discussions().reply(LAIA,
        Reply.to(thread, "@marta, mira el protocol"))).post();
    scene.platform.moderation().flag(ORIOL,
        new RaiseFlag(community, new ModerationSubject.OfPost(mention.id()), FlagReason.INAPPROPRIATE, ""));
    var item = scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items().get(0);
    scene.platform.moderation().decide(JORDI, new org.copkit.api.moderation.Decide(item.id(), item.version(),
        new org.copkit.api.moderation.Decision.Reject("Fora de to")));
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digestOf(MARTA, digests.sendDue(NURIA)).orElseThrow().notices()).extracting(Digest.Notice::link)
        .as("the post still published is told, the hidden one is not").containsExactly("post:" + kept.id());
  }

  @Test
  void aMemberWhoHearsOfEverythingAtOnceIsToldOfARoutedQuestionAndGetsNoDigest() {
    history();
    ThreadId question = routedToMarta("Nova");

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).singleElement()
        .satisfies(n -> assertThat(n.link()).isEqualTo("thread:" + question));
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).isEmpty();
    assertThat(digests.settings(MARTA)).isEqualTo(AttentionSettings.DEFAULT);
  }

  @Test
  void aDailyDigestGathersWhatHappenedOnceAtTheMembersDigestTime() {
    digests.configure(MARTA, daily());
    history(); // 2026-04-01T09:00Z: after today's 08:00 in Madrid
    ThreadId question = routedToMarta("Nova");
    ThreadId byLaia = ((PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(community, "Reunió", "Ens veiem dijous?"))).thread().id();

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).isEmpty();
    assertThat(digests.sendDue(NURIA)).as("today's digest time passed before any of it").isEmpty();

    scene.clock.advance(Duration.ofHours(20)); // 2026-04-02T05:00Z = 07:00 in Madrid
    assertThat(digests.sendDue(NURIA)).isEmpty();
    scene.clock.advance(Duration.ofHours(1)); // 08:00 in Madrid
    List<Digest> sent = digests.sendDue(NURIA);

    assertThat(sent).singleElement().satisfies(digest -> {
      assertThat(digest.member()).isEqualTo(MARTA);
      assertThat(digest.period()).isEqualTo("2026-04-02");
      assertThat(digest.routedQuestions()).containsExactly(question);
      assertThat(digest.feed()).extracting(a -> a.value()).contains(byLaia.value(), question.value());
      assertThat(digest.pendingReviews()).isEmpty();
    });
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("thread:" + question));
    assertThat(digests.sendDue(NURIA)).as("once per period").isEmpty();

    ThreadId later = routedToMarta("Demà");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-04-03");
      assertThat(digest.routedQuestions()).containsExactly(later);
      assertThat(digest.feed()).extracting(a -> a.value()).doesNotContain(byLaia.value(), question.value());
    });
  }

  @Test
  void theFeedSectionReadsPastTheFirstPageOfTheFeedWhenItHoldsNothingNewForTheMember() {
    digests.configure(MARTA, daily());
    scene.clock.advance(Duration.ofHours(20)); // 2026-04-02T05:00Z, before 08:00 in Madrid
    List<MemberId> authors = List.of(LAIA, JORDI);
    for (int i = 0; i < 3 * DigestService.FEED_PAGE; i++) {
      MemberId author = authors.get(i % 2);
      Post opening = ((PostOutcome.Published) scene.platform.discussions().start(author,
          StartThread.discussion(community, "Protocol " + i, "Com ho fem amb el cas " + i + "?"))).post();
      for (MemberId reader : List.of(authors.get((i + 1) % 2), MARTA)) {
        scene.platform.discussions().react(reader, opening.id(), org.copkit.api.discussion.Reaction.HELPFUL);
      }
    }
    scene.clock.advance(Duration.ofHours(1)); // past 08:00 in Madrid: her first digest tells them
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> assertThat(digest.feed()).hasSize(5));
    scene.clock.advance(Duration.ofHours(1));
    ThreadId fresh = ((PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(community, "Dubte", "Una pregunta curta"))).thread().id();
    scene.clock.advance(Duration.ofHours(23)); // 08:00 the next day
    assertThat(scene.platform.feed().feed(MARTA, org.copkit.api.feed.FeedQuery.first(DigestService.FEED_PAGE)).items())
        .as("her first page holds only what her last digest already covered")
        .noneSatisfy(item -> assertThat(item.activity().value()).isEqualTo(fresh.value()));

    assertThat(digests.sendDue(NURIA)).singleElement()
        .satisfies(digest -> assertThat(digest.feed()).extracting(a -> a.value()).containsExactly(fresh.value()));
  }

  @Test
  void aWeeklyDigestIsDueOnItsDayAndKeyedByTheIsoWeek() {
    digests.configure(MARTA, daily().withFrequency(Frequency.WEEKLY));
    history();
    ThreadId question = routedToMarta("Nova"); // Wednesday 2026-04-01
    scene.clock.advance(Duration.ofDays(4)); // Sunday
    assertThat(digests.sendDue(NURIA)).isEmpty();
    scene.clock.advance(Duration.ofDays(1)); // Monday 2026-04-06, 11:00 in Madrid
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-W15");
      assertThat(digest.routedQuestions()).containsExactly(question);
    });
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).isEmpty();
  }

  @Test
  void whatQuietHoursHeldBackComesAsOneDigestWhenTheyEnd() {
    // quiet from 10:00 to 18:00 UTC; it is 09:00 while history is made, 10:30 when routed
    digests.configure(MARTA, AttentionSettings.DEFAULT.withQuietHours(new QuietHours(LocalTime.of(10, 0), LocalTime.of(18, 0))));
    history();
    scene.clock.advance(Duration.ofMinutes(90));
    ThreadId question = routedToMarta("Nova");

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).isEmpty();
    assertThat(digests.sendDue(NURIA)).isEmpty();
    scene.clock.advance(Duration.ofHours(8));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.routedQuestions()).containsExactly(question);
      assertThat(digest.feed()).isEmpty();
    });
    assertThat(digests.sendDue(NURIA)).isEmpty();
    ThreadId outsideQuietHours = routedToMarta("Vespre");
    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).singleElement()
        .satisfies(n -> assertThat(n.link()).isEqualTo("thread:" + outsideQuietHours));
    assertThat(digests.sendDue(NURIA)).isEmpty();
  }

  @Test
  void nothingIsSentWhileAwayAndTheNextDigestStartsWhereTheLastEnded() {
    digests.configure(MARTA, daily());
    history();
    ThreadId first = routedToMarta("Nova");
    scene.platform.questionRouting().setAway(MARTA, Optional.of(scene.clock.instant().plus(Duration.ofDays(3))));
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).isEmpty();
    scene.clock.advance(Duration.ofDays(2)); // back
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-04-04");
      assertThat(digest.from()).as("since the member chose a daily digest").isEqualTo(java.time.Instant.parse("2026-04-01T09:00:00Z"));
      assertThat(digest.routedQuestions()).containsExactly(first);
    });
  }

  @Test
  void aDigestTellsNothingOfACommunityTheMemberLeft() {
    digests.configure(MARTA, daily());
    history();
    routedToMarta("Nova");
    scene.platform.memberAdministration().remove(JORDI, new RemoveMember(community, MARTA, "Canvi de destí"));
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).isEmpty();
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).isEmpty();
  }

  @Test
  void anEModeratorsDigestCountsTheirReviewQueue() {
    digests.configure(JORDI, daily());
    history();
    Post post = answer(LAIA, ask(ORIOL, "Dubte"));
    scene.platform.moderation().flag(MARTA,
        new RaiseFlag(community, new ModerationSubject.OfPost(post.id()), FlagReason.INAPPROPRIATE, ""));
    long waiting = scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).total();
    assertThat(waiting).isPositive();
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.member()).isEqualTo(JORDI);
      assertThat(digest.pendingReviews()).containsEntry(community, waiting);
    });
  }

  @Test
  void anEModeratorWithNothingToReviewHasNoQueueInTheirDigest() {
    digests.configure(JORDI, daily());
    scene.platform.discussions().start(LAIA, StartThread.discussion(community, "Reunió", "Ens veiem dijous?"));
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.member()).isEqualTo(JORDI);
      assertThat(digest.feed()).isNotEmpty();
      assertThat(digest.pendingReviews()).isEmpty();
      assertThat(digest.unsubscribe()).doesNotContainKey(DigestSection.PENDING_REVIEWS);
    });
  }

  @Test
  void changingFrequencyStartsTheNextDigestFromTheChangeWhileOtherChangesKeepItsWindow() {
    digests.configure(MARTA, daily()); // 2026-04-01T09:00Z
    ThreadId before = ((PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(community, "Abans", "Del matí"))).thread().id();
    scene.clock.advance(Duration.ofHours(2));
    digests.configure(MARTA, daily().withQuietHours(new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0))));
    scene.clock.advance(Duration.ofHours(20)); // 07:00Z the next day, after 08:00 in Madrid

    assertThat(digests.sendDue(NURIA)).as("quiet hours changed, not the frequency: the window kept")
        .singleElement().satisfies(digest -> assertThat(digest.feed()).extracting(a -> a.value())
            .contains(before.value()));

    ThreadId beforeSwitch = ((PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(community, "Dijous", "Abans del canvi"))).thread().id();
    scene.clock.advance(Duration.ofHours(1));
    AttentionSettings weekly = daily().withFrequency(Frequency.WEEKLY);
    digests.configure(MARTA, weekly);
    ThreadId afterSwitch = ((PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(community, "Divendres", "Després del canvi"))).thread().id();
    scene.clock.advance(Duration.ofDays(7));

    assertThat(digests.sendDue(NURIA)).as("weekly now: it gathers from the change").singleElement()
        .satisfies(digest -> assertThat(digest.feed()).extracting(a -> a.value())
            .contains(afterSwitch.value()).doesNotContain(beforeSwitch.value()));
  }

  @Test
  void theDigestsNotificationSaysWhatIsInItSectionBySection() {
    assertThat(digests.configure(JORDI, daily())).as("configure answers the settings kept").isEqualTo(daily());
    history();
    ThreadId question = ask(ORIOL, "Dubte");
    Post post = answer(LAIA, question);
    scene.platform.moderation().flag(MARTA,
        new RaiseFlag(community, new ModerationSubject.OfPost(post.id()), FlagReason.INAPPROPRIATE, ""));
    scene.clock.advance(Duration.ofDays(1));

    Digest digest = digests.sendDue(NURIA).get(0);

    assertThat(digest.routedQuestions()).isEmpty();
    assertThat(sent(JORDI, Notification.Topic.DIGEST)).singleElement().satisfies(n -> {
      assertThat(n.subject()).isEqualTo("Your digest: " + digest.feed().size() + " new in your communities, 1 to review");
      assertThat(n.text()).doesNotContain("Questions you may answer")
          .contains("New in your communities:\n", "  activity:" + digest.feed().get(0) + "\n")
          .contains("Waiting for your review:\n  community:" + community + " 1\n");
      digest.unsubscribe().forEach((section, token) ->
          assertThat(n.text()).contains("Unsubscribe from " + section + ": unsubscribe:" + token));
      assertThat(n.link()).isEqualTo("digest:" + digest.period());
    });
  }

  @Test
  void oneClickUnsubscribeDropsASectionFromLaterDigests() {
    digests.configure(MARTA, daily());
    history();
    routedToMarta("Nova");
    scene.clock.advance(Duration.ofDays(1));
    Digest first = digests.sendDue(NURIA).get(0);
    String token = first.unsubscribe().get(DigestSection.FEED);
    assertThat(scene.notifications.sentTo(MARTA).get(scene.notifications.sentTo(MARTA).size() - 1).text())
        .contains("unsubscribe:" + token);

    assertThat(digests.unsubscribe(token)).isEqualTo(new Subscription.Section(DigestSection.FEED));
    assertThat(digests.unsubscribe(token)).isEqualTo(new Subscription.Section(DigestSection.FEED));
    assertThat(digests.settings(MARTA).unsubscribed()).containsExactly(DigestSection.FEED);

    ThreadId later = routedToMarta("Demà");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.routedQuestions()).containsExactly(later);
      assertThat(digest.feed()).isEmpty();
      assertThat(digest.unsubscribe()).containsOnlyKeys(DigestSection.ROUTED_QUESTIONS);
    });
    assertThatThrownBy(() -> digests.unsubscribe("no-such-token")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> digests.unsubscribe("é")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAdministratorsSendAndOnlyMembersThemselvesConfigure() {
    assertThatThrownBy(() -> digests.sendDue(JORDI)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> digests.configure(MemberId.of("nobody"), daily())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> digests.configure(MARTA, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("settings"));
    assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    assertThat(digests.settings(MARTA)).isEqualTo(AttentionSettings.DEFAULT);
  }

  @Test
  void quietHoursMaySpanMidnight() {
    QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
    assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
    assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
    assertThat(night.contains(LocalTime.of(21, 59))).isFalse();
  }

  @Test
  void settingsAndSentDigestsSurviveARestartAndTwoPlatformsSendEachDigestOnce() throws Exception {
    digests.configure(MARTA, daily());
    history();
    routedToMarta("Nova");
    scene.clock.advance(Duration.ofDays(1));
    List<CopPlatform> nodes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      nodes.add(CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
          .notifications(scene.notifications).discoverModerationRules(false).build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(nodes.get(0).digests().settings(MARTA)).isEqualTo(daily());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Digest>>> runs = new ArrayList<>();
      for (CopPlatform node : nodes) {
        Callable<List<Digest>> run = () -> {
          start.await();
          return node.digests().sendDue(NURIA);
        };
        runs.add(pool.submit(run));
      }
      start.countDown();
      int sent = 0;
      for (Future<List<Digest>> run : runs) {
        sent += run.get().size();
      }
      assertThat(sent).isEqualTo(1);
      assertThat(sent(MARTA, Notification.Topic.DIGEST)).hasSize(1);
      assertThat(digests.sendDue(NURIA)).isEmpty();
    } finally {
      pool.shutdownNow();
      nodes.forEach(CopPlatform::close);
    }
  }

  @Test
  void routedQuestionsAndDigestsReachAMemberOnEachOfTheirChannels() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.through(Set.of("intranet", "email")));
    history();
    ThreadId question = routedToMarta("Nova");

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).extracting(Notification::channel)
        .containsExactlyInAnyOrder("email", "intranet");
    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).allSatisfy(
        n -> assertThat(n.link()).isEqualTo("thread:" + question));
    digests.configure(MARTA, daily().through(Set.of("intranet", "email")));
    ThreadId later = routedToMarta("Després");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement()
        .satisfies(d -> assertThat(d.routedQuestions()).containsExactly(later));
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).extracting(Notification::channel)
        .containsExactlyInAnyOrder("email", "intranet");
    assertThat(digests.settings(MARTA).channels()).containsExactly("email", "intranet");
  }

  @Test
  void aDailyBudgetOfInterruptionsHoldsTheRestUntilTheNextDay() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.withDailyBudget(1));
    history();
    ThreadId told = routedToMarta("Primera de l'u");
    ThreadId held = routedToMarta("Segona de l'u");

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).singleElement()
        .satisfies(n -> assertThat(n.link()).isEqualTo("thread:" + told));
    assertThat(digests.sendDue(NURIA)).as("today's budget is spent").isEmpty();
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement()
        .satisfies(d -> assertThat(d.routedQuestions()).containsExactly(held));
    ThreadId sameDay = routedToMarta("Tercera");
    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).as("the held digest spent the new day's one")
        .hasSize(1);
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement()
        .satisfies(d -> assertThat(d.routedQuestions()).containsExactly(sameDay));
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).hasSize(2);
  }

  @Test
  void aBudgetOfNoInterruptionsLeavesEverythingToScheduledDigests() {
    digests.configure(MARTA, daily().withDailyBudget(0));
    history();
    ThreadId question = routedToMarta("Nova");
    scene.clock.advance(Duration.ofDays(1));

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).isEmpty();
    assertThat(digests.sendDue(NURIA)).as("a scheduled digest is no interruption").singleElement()
        .satisfies(d -> assertThat(d.routedQuestions()).containsExactly(question));
  }

  @Test
  void badChannelsOrBudgetsAreRefusedAndChangeNothing() {
    digests.configure(MARTA, daily());

    assertThatThrownBy(() -> AttentionSettings.DEFAULT.through(Set.of("E-mail")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channels"));
    assertThatThrownBy(() -> AttentionSettings.DEFAULT.through(Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channels"));
    assertThatThrownBy(() -> AttentionSettings.DEFAULT.through(Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channels"));
    assertThatThrownBy(() -> AttentionSettings.DEFAULT.withDailyBudget(-1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dailyBudget"));
    assertThatThrownBy(() -> digests.configure(MARTA, null)).isInstanceOf(InvalidInputException.class);
    assertThat(digests.settings(MARTA)).isEqualTo(daily());
  }

  @Test
  void whatAnEarlierVersionKeptInTheChangeLogIsMovedOnceToTheAttentionBook() {
    history();
    AttentionSettings legacy = daily();
    java.time.Instant at = scene.clock.instant();
    scene.storage.transactions().inTransaction(() -> {
      org.copkit.api.storage.ChangeLog log = scene.storage.changeLog();
      log.append(AttentionChange.TOPIC, new AttentionChange.Configured(MARTA, legacy, at).encode());
      log.appendClaiming(AttentionChange.TOPIC, "digest:marta:2026-04-01",
          new AttentionChange.Digested(MARTA, "2026-04-01", at.minus(Duration.ofDays(1)), at).encode());
      log.appendClaiming(AttentionChange.TOPIC, "unsubscribe:tok-1",
          new AttentionChange.Token(MARTA, DigestSection.FEED).encode());
      return null;
    });

    CopPlatform restarted = restart();
    assertThat(restarted.digests().settings(MARTA)).isEqualTo(legacy);
    assertThat(restarted.digests().unsubscribe("tok-1")).isEqualTo(new Subscription.Section(DigestSection.FEED));
    assertThat(restarted.digests().settings(MARTA).wants(DigestSection.FEED)).isFalse();
    assertThat(scene.storage.transactions().inTransaction(
        () -> scene.storage.attentionBook().digest(MARTA, "2026-04-01"))).isPresent();
    restarted.digests().configure(MARTA, AttentionSettings.DEFAULT);

    assertThat(restart().digests().settings(MARTA)).as("moved once: the log's copy never comes back")
        .isEqualTo(AttentionSettings.DEFAULT);
  }

  private CopPlatform restart() {
    CopPlatform node = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .notifications(scene.notifications).discoverModerationRules(false).build();
    restarted.add(node);
    return node;
  }

  private final List<CopPlatform> restarted = new ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void closeRestarted() {
    restarted.forEach(CopPlatform::close);
  }

  @Test
  void aMembersAttentionIsInTheirExportAndGoneAfterTheirErasure() {
    digests.configure(MARTA, daily().through(Set.of("email")).withDailyBudget(2));
    history();
    routedToMarta("Nova");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).hasSize(1);

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    scene.platform.privacy().export(MARTA, MARTA, out);
    String export = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(export).contains("\"attention\"", "\"settings\"", "\"digest\"", "\"unsubscribe-token\"", "email");

    scene.platform.privacy().erase(MARTA, MARTA);
    scene.storage.transactions().inTransaction(() -> {
      assertThat(scene.storage.attentionBook().find(MARTA)).isEmpty();
      assertThat(scene.storage.attentionBook().lastDigestEnd(MARTA)).isEmpty();
      return null;
    });
  }

  @Test
  void anEventIsToldOnceInTheDigestOfTheDayBeforeItStartsAndOnlyToThoseHoldingASeat() {
    for (MemberId member : List.of(MARTA, LAIA, ORIOL)) {
      digests.configure(member, daily());
    }
    LearningCalendar calendar = scene.platform.learningCalendar();
    CalendarEvent seminar = anEventAt("2026-04-03T10:00", 1); // 08:00 UTC: after the digest of 2026-04-03
    CalendarEvent session = anEventAt("2026-04-03T12:00", 10);
    assertThat(calendar.register(MARTA, seminar.id())).isInstanceOf(RegistrationOutcome.Confirmed.class);
    assertThat(calendar.register(LAIA, seminar.id())).isInstanceOf(RegistrationOutcome.Waitlisted.class);
    calendar.register(ORIOL, session.id());
    assertThat(calendar.cancel(ORIOL, session.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
    CalendarEvent calledOff = anEventAt("2026-04-03T16:00", 5);
    calendar.register(MARTA, calledOff.id());
    calendar.cancelEvent(JORDI, calledOff.id(), "La ponent està malalta.");

    scene.clock.advance(Duration.ofHours(21)); // 2026-04-02T06:00Z, 08:00 in Madrid
    assertThat(digests.sendDue(NURIA)).as("the digest of 2026-04-02 comes a day too early for it")
        .allSatisfy(d -> assertThat(d.events()).isEmpty());
    scene.clock.advance(Duration.ofDays(1));
    List<Digest> dayBefore = digests.sendDue(NURIA);
    scene.clock.advance(Duration.ofDays(1));
    List<Digest> dayAfter = digests.sendDue(NURIA);

    assertThat(digestOf(MARTA, dayBefore)).hasValueSatisfying(digest -> {
      assertThat(digest.period()).isEqualTo("2026-04-03");
      assertThat(digest.events()).as("not the one called off").containsExactly(seminar.id());
      assertThat(digest.unsubscribe()).containsKey(DigestSection.EVENTS);
      assertThat(digest.isEmpty()).isFalse();
    });
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).last().satisfies(n -> {
      assertThat(n.subject()).contains("1 event(s) coming up");
      assertThat(n.text()).contains("Events you have a seat at:\n  event:" + seminar.id() + "\n",
          "Unsubscribe from EVENTS: unsubscribe:" + digestOf(MARTA, dayBefore).orElseThrow().unsubscribe().get(DigestSection.EVENTS));
    });
    assertThat(dayBefore).as("waiting and cancelled registrations are no seat")
        .filteredOn(d -> !d.member().equals(MARTA)).allSatisfy(d -> assertThat(d.events()).isEmpty());
    assertThat(dayAfter).as("told once").allSatisfy(d -> assertThat(d.events()).isEmpty());
  }

  @Test
  void aWeeklyDigestTellsTheEventsOfTheWeekAfterIt() {
    digests.configure(MARTA, daily().withFrequency(Frequency.WEEKLY)); // Mondays at 08:00 in Madrid
    CalendarEvent wednesday = anEventAt("2026-04-08T10:00", 5);
    CalendarEvent nextMonday = anEventAt("2026-04-13T12:00", 5); // after the digest of 2026-W16 is due
    scene.platform.learningCalendar().register(MARTA, wednesday.id());
    scene.platform.learningCalendar().register(MARTA, nextMonday.id());

    scene.clock.advance(Duration.ofDays(5)); // Monday 2026-04-06
    assertThat(digestOf(MARTA, digests.sendDue(NURIA))).hasValueSatisfying(digest -> {
      assertThat(digest.period()).isEqualTo("2026-W15");
      assertThat(digest.events()).containsExactly(wednesday.id());
    });
    scene.clock.advance(Duration.ofDays(7)); // Monday 2026-04-13, 11:00 in Madrid
    assertThat(digestOf(MARTA, digests.sendDue(NURIA))).hasValueSatisfying(digest -> {
      assertThat(digest.period()).isEqualTo("2026-W16");
      assertThat(digest.events()).as("it starts after this digest was due").containsExactly(nextMonday.id());
    });
  }

  @Test
  void anItemDueForReviewIsToldOnceToItsOwnerInTheDigestOfTheDayItIsDue() {
    digests.configure(MARTA, daily());
    digests.configure(LAIA, daily());
    KnowledgeItem mine = keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-03");
    KnowledgeItem laias = keptFresh(MARTA, Audience.COMMUNITY, LAIA, "2026-04-03");
    KnowledgeItem later = keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-10");

    scene.clock.advance(Duration.ofHours(21)); // 2026-04-02T06:00Z
    assertThat(digests.sendDue(NURIA)).allSatisfy(d -> assertThat(d.reviewDue()).isEmpty());
    scene.clock.advance(Duration.ofDays(1));
    List<Digest> dueDay = digests.sendDue(NURIA);
    scene.clock.advance(Duration.ofDays(1));
    List<Digest> dayAfter = digests.sendDue(NURIA);

    assertThat(digestOf(MARTA, dueDay)).hasValueSatisfying(digest -> {
      assertThat(digest.period()).isEqualTo("2026-04-03");
      assertThat(digest.reviewDue()).containsExactly(mine.id()).doesNotContain(later.id());
      assertThat(digest.unsubscribe()).containsKey(DigestSection.REVIEW_DUE);
    });
    assertThat(digestOf(LAIA, dueDay)).hasValueSatisfying(digest -> assertThat(digest.reviewDue()).containsExactly(laias.id()));
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).last().satisfies(n -> {
      assertThat(n.subject()).contains("1 due for review");
      assertThat(n.text()).contains("Due for your review:\n  item:" + mine.id() + "\n");
    });
    assertThat(dayAfter).as("told once").allSatisfy(d -> assertThat(d.reviewDue()).isEmpty());
  }

  @Test
  void aMemberWhoLeftACommunityHearsOfNoEventOrItemOfIt() {
    digests.configure(MARTA, daily());
    CalendarEvent seminar = anEventAt("2026-04-03T10:00", 5);
    scene.platform.learningCalendar().register(MARTA, seminar.id());
    keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-03");
    scene.platform.memberAdministration().remove(JORDI, new RemoveMember(community, MARTA, "Canvi de destí"));
    assertThat(scene.storage.transactions().inTransaction(() -> scene.storage.registrations().find(seminar.id(), MARTA)))
        .as("her seat stays: leaving is what hides it").hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));

    scene.clock.advance(Duration.ofDays(2)); // 2026-04-03T09:00Z: the event starts in the day after this digest

    assertThat(digestOf(MARTA, digests.sendDue(NURIA))).isEmpty();
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).isEmpty();
  }

  @Test
  void aMemberNoLongerCoreHearsOfNoWorkingGroupItemDueForReview() {
    digests.configure(MARTA, daily());
    KnowledgeItem forEveryone = keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-03");
    keptFresh(MARTA, Audience.CORE, MARTA, "2026-04-03");
    scene.promote(MARTA, Tier.PARTICIPANT);

    scene.clock.advance(Duration.ofDays(2));

    assertThat(digestOf(MARTA, digests.sendDue(NURIA))).hasValueSatisfying(
        digest -> assertThat(digest.reviewDue()).containsExactly(forEveryone.id()));
  }

  @Test
  void unsubscribingFromEventsOrItemsDueForReviewDropsThemFromLaterDigests() {
    digests.configure(MARTA, daily());
    history();
    CalendarEvent first = anEventAt("2026-04-03T10:00", 5);
    CalendarEvent second = anEventAt("2026-04-04T10:00", 5);
    scene.platform.learningCalendar().register(MARTA, first.id());
    scene.platform.learningCalendar().register(MARTA, second.id());
    KnowledgeItem dueFirst = keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-03");
    keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-04");
    scene.clock.advance(Duration.ofDays(2)); // 2026-04-03T09:00Z
    Digest digest = digestOf(MARTA, digests.sendDue(NURIA)).orElseThrow();
    assertThat(digest.events()).containsExactly(first.id());
    assertThat(digest.reviewDue()).containsExactly(dueFirst.id());

    assertThat(digests.unsubscribe(digest.unsubscribe().get(DigestSection.EVENTS)))
        .isEqualTo(new Subscription.Section(DigestSection.EVENTS));
    assertThat(digests.unsubscribe(digest.unsubscribe().get(DigestSection.REVIEW_DUE)))
        .isEqualTo(new Subscription.Section(DigestSection.REVIEW_DUE));
    assertThat(digests.settings(MARTA).unsubscribed()).containsExactlyInAnyOrder(DigestSection.EVENTS, DigestSection.REVIEW_DUE);

    ThreadId later = routedToMarta("Demà");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digestOf(MARTA, digests.sendDue(NURIA))).hasValueSatisfying(next -> {
      assertThat(next.routedQuestions()).containsExactly(later);
      assertThat(next.events()).isEmpty();
      assertThat(next.reviewDue()).isEmpty();
      assertThat(next.unsubscribe()).doesNotContainKeys(DigestSection.EVENTS, DigestSection.REVIEW_DUE);
    });
  }

  @Test
  void whatQuietHoursHeldBackHoldsNeitherEventsNorItemsDueForReview() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.withQuietHours(new QuietHours(LocalTime.of(10, 0), LocalTime.of(18, 0))));
    history();
    CalendarEvent tomorrow = anEventAt("2026-04-02T10:00", 5);
    scene.platform.learningCalendar().register(MARTA, tomorrow.id());
    keptFresh(MARTA, Audience.COMMUNITY, MARTA, "2026-04-01");
    scene.clock.advance(Duration.ofMinutes(90));
    ThreadId question = routedToMarta("Nova");

    scene.clock.advance(Duration.ofHours(8));

    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.routedQuestions()).containsExactly(question);
      assertThat(digest.events()).isEmpty();
      assertThat(digest.reviewDue()).isEmpty();
    });
  }
}
