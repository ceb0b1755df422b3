package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.copkit.api.analytics.ParticipationThresholds;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;

/**
 * A community of practice lived through the public API, with a clock moved by hand, whose figures
 * the analytics tests know by heart. Heavy contributors start at 3 contributions; activity
 * classifiers are not discovered unless a test asks.
 *
 * <pre>
 * 2026-03-02 jordi founds it (e-moderator, CORE); marta CORE, laia PARTICIPANT, pere OBSERVER join
 * 2026-03-25 laia opens a discussion                     ┐ the previous window P:
 * 2026-03-26 jordi replies to it                         ┘ laia 1, jordi 1
 * 2026-04-01 oriol joins (PARTICIPANT)
 * 2026-04-07 10:00 marta asks a question                 ┐ the window W = [04-06, 04-20), week 1
 * 2026-04-07 12:00 oriol answers; marta accepts at 13:00 │
 * 2026-04-08 jordi makes an announcement                 │
 * 2026-04-09, 04-10 jordi replies to laia's discussion   ┘
 * 2026-04-14 marta opens a working-group discussion      ┐ week 2
 * 2026-04-15 laia asks a question nobody answers         ┘
 * </pre>
 *
 * <p>In W: jordi 3 (HEAVY), marta 2, oriol 1, laia 1, pere 0. The clock ends at 2026-04-20.
 */
final class ParticipationScene {

  static final MemberId JORDI = ConversationScene.JORDI;
  static final MemberId MARTA = ConversationScene.MARTA;
  static final MemberId LAIA = ConversationScene.LAIA;
  static final MemberId ORIOL = ConversationScene.ORIOL;
  static final MemberId PERE = ConversationScene.PERE;
  static final MemberId XAVIER = ConversationScene.XAVIER;
  static final MemberId NURIA = ConversationScene.NURIA;

  static final Window W = window("2026-04-06T00:00:00Z", "2026-04-20T00:00:00Z");
  static final Window WEEK_1 = window("2026-04-06T00:00:00Z", "2026-04-13T00:00:00Z");
  static final Window WEEK_2 = window("2026-04-13T00:00:00Z", "2026-04-20T00:00:00Z");
  static final ParticipationThresholds HEAVY_FROM_3 = new ParticipationThresholds(3);

  final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  final CopPlatform platform;
  final Community community;
  DiscussionThread announcement;

  ParticipationScene(Visibility visibility) {
    this(visibility, builder -> builder);
  }

  ParticipationScene(Visibility visibility, UnaryOperator<CopPlatform.Builder> configure) {
    this(visibility, configure, 0);
  }

  /**
   * @param lurkers how many more OBSERVERs join with pere and never contribute ({@code lurker-01}, …)
   */
  ParticipationScene(Visibility visibility, UnaryOperator<CopPlatform.Builder> configure, int lurkers) {
    List<Person> people = new java.util.ArrayList<>(List.of(
        Person.active(JORDI, "Jordi Casals", "Mediació"),
        Person.active(MARTA, "Marta Roca", "Mediació"),
        Person.active(LAIA, "Laia Pons", "Víctimes"),
        Person.active(ORIOL, "Oriol Serra", "Presons"),
        Person.active(PERE, "Pere Vives", "Jutjats"),
        Person.active(XAVIER, "Xavier Mas", "Registre"),
        new Person(NURIA, "Núria Ferrer", "CEJFE", true, true)));
    for (int i = 1; i <= lurkers; i++) {
      people.add(Person.active(lurker(i), "Observadora " + i, "Jutjats"));
    }
    InMemoryDirectory directory = InMemoryDirectory.of(people.toArray(Person[]::new));
    platform = configure.apply(CopPlatform.builder()
            .directory(directory)
            .clock(clock)
            .moderationDefaults(ConversationScene.UNMODERATED)
            .discoverModerationRules(false)
            .discoverActivityClassifiers(false)
            .participationThresholds(HEAVY_FROM_3))
        .build();
    community = platform.lifecycle().create(JORDI,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", visibility));
    admit(MARTA, Tier.CORE);
    admit(LAIA, Tier.PARTICIPANT);
    admit(PERE, Tier.OBSERVER);
    for (int i = 1; i <= lurkers; i++) {
      admit(lurker(i), Tier.OBSERVER);
    }

    DiscussionThread discussion = start(LAIA, "2026-03-25T10:00:00Z", StartThread.discussion(community.id(), "Actes", "Models?"));
    reply(JORDI, "2026-03-26T10:00:00Z", discussion, "Aquí en teniu un.");
    moveTo("2026-04-01T09:00:00Z");
    admit(ORIOL, Tier.PARTICIPANT);

    DiscussionThread question = start(MARTA, "2026-04-07T10:00:00Z",
        StartThread.question(community.id(), "Terminis de la mediació?", "Quants dies?", Set.of()));
    Post answer = reply(ORIOL, "2026-04-07T12:00:00Z", question, "Trenta dies hàbils.");
    moveTo("2026-04-07T13:00:00Z");
    platform.discussions().acceptAnswer(MARTA, question.id(), answer.id());
    announcement = start(JORDI, "2026-04-08T09:00:00Z", new StartThread(community.id(), ThreadKind.ANNOUNCEMENT,
        Audience.COMMUNITY, "Jornada de bones pràctiques", "El 30 d'abril.", Set.of()));
    reply(JORDI, "2026-04-09T09:00:00Z", discussion, "I un altre.");
    reply(JORDI, "2026-04-10T09:00:00Z", discussion, "I un tercer.");
    start(MARTA, "2026-04-14T10:00:00Z", new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.CORE,
        "Guia de mediació", "Esborrany del capítol 1.", Set.of()));
    start(LAIA, "2026-04-15T10:00:00Z",
        StartThread.question(community.id(), "Víctimes menors?", "Hi ha protocol?", Set.of()));
    moveTo("2026-04-20T00:00:00Z");
  }

  /** @return the i-th extra lurker, from 1 */
  static MemberId lurker(int i) {
    return MemberId.of(String.format("lurker-%02d", i));
  }

  /** Moves the clock forward to an instant. */
  void moveTo(String instant) {
    Duration ahead = Duration.between(clock.instant(), Instant.parse(instant));
    assertThat(ahead.isNegative()).as("the clock only moves forward").isFalse();
    clock.advance(ahead);
  }

  DiscussionThread start(MemberId author, String at, StartThread command) {
    moveTo(at);
    return published(platform.discussions().start(author, command)).thread();
  }

  Post reply(MemberId author, String at, DiscussionThread thread, String body) {
    moveTo(at);
    return published(platform.discussions().reply(author, new Reply(thread.id(), Optional.empty(), body))).post();
  }

  private static PostOutcome.Published published(PostOutcome outcome) {
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return (PostOutcome.Published) outcome;
  }

  private void admit(MemberId member, Tier tier) {
    var invitation = platform.joining().invite(JORDI, new Invite(community.id(), member, tier, ""));
    platform.joining().accept(member, invitation.id());
  }

  static Window window(String from, String to) {
    return Window.between(Instant.parse(from), Instant.parse(to));
  }
}
