package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.RouteQuestion;
import org.copkit.api.expertise.Routing;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.SetFreshness;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.tck.shared.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attention held by the database on two nodes (two entity manager factories on one database): a
 * member's routing budget is never exceeded and no question is routed twice to one member when
 * both nodes route at once, and each digest goes out once per member and period when both send
 * at once, and not again after a restart; a digest read from the database tells the events its
 * member holds a seat at and the items due for their review, once. Through the public API only.
 */
abstract class MultiNodeAttentionSuite {

  private static final int BUDGET = 2;

  private final MemberId founder = MemberId.of("founder");
  private final MemberId admin = MemberId.of("admin");
  private final List<MemberId> experts = List.of(MemberId.of("marta"), MemberId.of("laia"), MemberId.of("oriol"));
  private final InMemoryDirectory directory = InMemoryDirectory.of(
      Person.active(founder, "Founder", "Unit"), new Person(admin, "Admin", "Unit", true, true),
      Person.active(experts.get(0), "Marta", "Unit"), Person.active(experts.get(1), "Laia", "Unit"),
      Person.active(experts.get(2), "Oriol", "Unit"));
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final List<CopPlatform> platforms = new ArrayList<>();
  private final List<InMemoryNotifications> inboxes = new ArrayList<>();

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @AfterEach
  void closePlatforms() {
    platforms.forEach(CopPlatform::close);
  }

  private CopPlatform platform(JpaStorage storage) {
    InMemoryNotifications inbox = new InMemoryNotifications();
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).clock(clock)
        .notifications(inbox).routingBudgetPerWeek(BUDGET).feedCatchUpInterval(Duration.ofSeconds(60))
        .moderationDefaults(new ModerationPolicy(0, 3.0, Duration.ofHours(24), 100, 100, 20, 100))
        .discoverModerationRules(false).build();
    platforms.add(platform);
    inboxes.add(inbox);
    return platform;
  }

  /** A community where each expert answered: they are who routing picks. */
  private Community communityWithHistory(CopPlatform on) {
    Community community = on.lifecycle().create(founder,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    for (MemberId expert : experts) {
      on.joining().join(expert, community.id(), "");
    }
    for (MemberId expert : experts) {
      ThreadId question = ask(on, community, "Primera de " + expert.value());
      on.discussions().reply(expert, Reply.to(question, "Així ho fem a " + expert.value()));
    }
    return community;
  }

  private static ThreadId ask(CopPlatform on, Community community, String title) {
    PostOutcome outcome = on.discussions().start(MemberId.of("founder"),
        StartThread.question(community.id(), title, "Com ho feu, " + title + "?", Set.of("mediacio")));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  @Test
  void routingFromTwoNodesAtOnceKeepsEveryBudgetAndRoutesNoQuestionTwiceToOneMember() throws Exception {
    CopPlatform a = platform(database().emptyStorage());
    Community community = communityWithHistory(a);
    CopPlatform b = platform(database().newNode());
    List<CopPlatform> nodes = List.of(a, b);
    List<ThreadId> questions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      questions.add(ask(a, community, "Nova " + i));
    }
    b.catchUp();
    List<Routing> routings = Collections.synchronizedList(new ArrayList<>());

    Race.rounds(questions.size(), 2, (round, thread) ->
        routings.add(nodes.get(thread).questionRouting().route(founder, new RouteQuestion(questions.get(round), 3))),
        round -> { });

    Map<MemberId, Integer> perExpert = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    for (Routing routing : routings) {
      for (MemberId expert : routing.routedTo()) {
        perExpert.merge(expert, 1, Integer::sum);
        assertThat(pairs.add(routing.question() + "/" + expert.value())).as("routed once: " + expert).isTrue();
      }
    }
    assertThat(perExpert.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(BUDGET));
    assertThat(perExpert.values().stream().mapToInt(Integer::intValue).sum())
        .as("every budget spent: 4 questions, 3 members with 2 each").isEqualTo(experts.size() * BUDGET);
  }

  @Test
  void eachDigestGoesOutOncePerMemberAndPeriodFromTwoNodesAndNotAgainAfterARestart() throws Exception {
    CopPlatform a = platform(database().emptyStorage());
    Community community = communityWithHistory(a);
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY)
        .at(ZoneId.of("Europe/Madrid"), LocalTime.of(8, 0));
    experts.forEach(expert -> a.digests().configure(expert, daily));
    Routing routed = a.questionRouting().route(founder, new RouteQuestion(ask(a, community, "Nova"), 1));
    assertThat(routed.routedTo()).hasSize(1);
    MemberId marta = routed.routedTo().get(0);
    CopPlatform b = platform(database().newNode());
    clock.advance(Duration.ofDays(1));

    AtomicReference<List<Digest>> fromA = new AtomicReference<>();
    AtomicReference<List<Digest>> fromB = new AtomicReference<>();
    Race.run(2, thread -> (thread == 0 ? fromA : fromB).set((thread == 0 ? a : b).digests().sendDue(admin)));

    List<Digest> sent = new ArrayList<>(fromA.get());
    sent.addAll(fromB.get());
    assertThat(sent).as("one digest per member, whichever node sent it").extracting(Digest::member)
        .containsExactlyInAnyOrderElementsOf(experts);
    assertThat(sent).filteredOn(digest -> digest.member().equals(marta)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-11-03");
      assertThat(digest.routedQuestions()).containsExactly(routed.question());
    });
    assertThat(inboxes.stream().flatMap(inbox -> inbox.sent().stream())
        .filter(n -> n.topic() == Notification.Topic.DIGEST)).hasSize(experts.size());

    CopPlatform restarted = platform(database().newNode());
    assertThat(restarted.digests().settings(marta)).isEqualTo(daily);
    assertThat(restarted.digests().sendDue(admin)).isEmpty();
  }

  @Test
  void nodesShareTheMinuteOfASendingAndAPageAnotherNodeClaimedWaitsForTheNextMinute() {
    CopPlatform a = platform(database().emptyStorage());
    Community community = communityWithHistory(a);
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY)
        .at(ZoneId.of("UTC"), LocalTime.of(10, 0, 30));
    experts.forEach(expert -> a.digests().configure(expert, daily));
    CopPlatform b = platform(database().newNode());
    clock.advance(Duration.ofDays(1).plusSeconds(10)); // 10:00:10 the next day

    assertThat(b.digests().sendDue(admin)).as("yesterday's, overdue").extracting(Digest::period)
        .containsOnly("2026-11-02").hasSize(experts.size());
    clock.advance(Duration.ofSeconds(5));
    ask(a, community, "Nova");
    clock.advance(Duration.ofSeconds(25)); // 10:00:40, today's are due
    assertThat(a.digests().sendDue(admin)).as("node B claimed this minute's page").isEmpty();
    clock.advance(Duration.ofSeconds(25)); // 10:01:05
    List<Digest> today = a.digests().sendDue(admin);
    assertThat(b.digests().sendDue(admin)).isEmpty();

    assertThat(today).extracting(Digest::member).containsExactlyInAnyOrderElementsOf(experts);
    assertThat(today).allSatisfy(digest -> {
      assertThat(digest.period()).isEqualTo("2026-11-03");
      assertThat(digest.feed()).isNotEmpty();
    });
    assertThat(inboxes.stream().flatMap(inbox -> inbox.sent().stream())
        .filter(n -> n.topic() == Notification.Topic.DIGEST)).as("each once").hasSize(2 * experts.size());
  }

  @Test
  void aMentionHeldOnOneNodeGoesOutOnceInTheDigestOfTheChannelThatWantsOneFromTwoNodes() throws Exception {
    CopPlatform a = platform(database().emptyStorage());
    Community community = communityWithHistory(a);
    MemberId marta = experts.get(0);
    AttentionSettings split = AttentionSettings.DEFAULT.through(Set.of("email", "intranet"))
        .at(ZoneId.of("Europe/Madrid"), LocalTime.of(8, 0)).on("email", Frequency.DAILY)
        .without(Notification.Topic.SANCTION);
    a.digests().configure(marta, split);
    ThreadId thread = ask(a, community, "Protocol");
    PostOutcome reply = a.discussions().reply(experts.get(1), Reply.to(thread, "Què en penses, @marta?"));
    String link = "post:" + ((PostOutcome.Published) reply).post().id();
    assertThat(inboxes.get(0).sentTo(marta)).filteredOn(n -> n.topic() == Notification.Topic.MENTION)
        .singleElement().satisfies(n -> assertThat(n.channel()).isEqualTo("intranet"));
    CopPlatform b = platform(database().newNode());
    assertThat(b.digests().settings(marta)).as("the settings read back from the database").isEqualTo(split);
    clock.advance(Duration.ofDays(1));

    AtomicReference<List<Digest>> fromA = new AtomicReference<>();
    AtomicReference<List<Digest>> fromB = new AtomicReference<>();
    Race.run(2, thread2 -> (thread2 == 0 ? fromA : fromB).set((thread2 == 0 ? a : b).digests().sendDue(admin)));

    List<Digest> sent = new ArrayList<>(fromA.get());
    sent.addAll(fromB.get());
    assertThat(sent).filteredOn(digest -> digest.member().equals(marta)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("daily/2026-11-03");
      assertThat(digest.notices()).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo(link));
    });
    assertThat(inboxes.stream().flatMap(inbox -> inbox.sentTo(marta).stream())
        .filter(n -> n.topic() == Notification.Topic.DIGEST)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo("email"));
    CopPlatform restarted = platform(database().newNode());
    assertThat(restarted.digests().sendDue(admin)).isEmpty();
  }

  @Test
  void aDigestTellsOnceTheEventsItsMemberHoldsASeatAtAndTheItemsDueForTheirReview() {
    CopPlatform a = platform(database().emptyStorage());
    Community community = communityWithHistory(a);
    MemberId marta = experts.get(0);
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(madrid, LocalTime.of(8, 0));
    a.digests().configure(marta, daily);
    a.digests().configure(experts.get(1), daily);
    java.time.LocalDateTime starts = java.time.LocalDateTime.parse("2026-11-03T12:00"); // the day after the digest of 2026-11-03
    CalendarEvent seminar = a.learningCalendar().schedule(founder, new ScheduleEvent(community.id(), EventKind.SEMINAR,
        "Seminari", "", EventFormat.ON_SITE, "Sala 3", starts, starts.plusHours(2), madrid, 1, Set.of()));
    a.learningCalendar().register(marta, seminar.id());
    a.learningCalendar().register(experts.get(1), seminar.id()); // waits
    KnowledgeItem guide = a.knowledgeBase().create(founder, new CreateItem(community.id(), KnowledgeKind.LIBRARY_DOCUMENT,
        Audience.COMMUNITY, new KnowledgeContent("Guia", "Pas 1", "https://docs.example.org/guia.pdf", Set.of(), Set.of()), ""));
    a.knowledgeCuration().keepFresh(founder, new SetFreshness(guide.id(), marta, java.time.LocalDate.parse("2026-11-03")));

    clock.advance(Duration.ofDays(1)); // 2026-11-03T10:00Z, 11:00 in Madrid
    List<Digest> sent = a.digests().sendDue(admin);
    clock.advance(Duration.ofDays(1));
    List<Digest> next = a.digests().sendDue(admin);

    assertThat(sent).filteredOn(digest -> digest.member().equals(marta)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-11-03");
      assertThat(digest.events()).containsExactly(seminar.id());
      assertThat(digest.reviewDue()).containsExactly(guide.id());
    });
    assertThat(sent).filteredOn(digest -> !digest.member().equals(marta))
        .allSatisfy(digest -> assertThat(digest.events()).as("a waiting registration is no seat").isEmpty());
    assertThat(next).allSatisfy(digest -> {
      assertThat(digest.events()).isEmpty();
      assertThat(digest.reviewDue()).isEmpty();
    });
  }

  /** A clock the test moves; every node reads the same one. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
