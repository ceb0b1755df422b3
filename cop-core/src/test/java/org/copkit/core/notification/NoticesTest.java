package org.copkit.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.expertise.RouteQuestion;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Digests;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.notification.Subscription;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

/**
 * Every notification passes the member's attention, through the platform: a mention, a moderation
 * decision, a sanction is told at once only on the channels that hear of things as they happen,
 * outside quiet hours and within the daily budget; otherwise it is held and comes in the member's
 * next digest on the other channels, once, consolidated by topic and link, and only if the member
 * may still read what it links to. Topics can be turned off.
 */
class NoticesTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final Digests digests = scene.platform.digests();
  private final CommunityId community = scene.community.id();

  private ThreadId thread(MemberId author, String title) {
    PostOutcome outcome = scene.platform.discussions().start(author,
        StartThread.discussion(community, title, "Obrim el tema " + title));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  private Post mention(MemberId who, ThreadId thread, MemberId mentioned) {
    PostOutcome outcome = scene.platform.discussions().reply(who, Reply.to(thread, "Què en penses, @" + mentioned + "?"));
    return ((PostOutcome.Published) outcome).post();
  }

  private List<Notification> sent(MemberId member, Notification.Topic topic) {
    return scene.notifications.sentTo(member).stream().filter(n -> n.topic() == topic).toList();
  }

  /** Quiet from 10:00 to 18:00 UTC; the scene's clock stands at 09:00. */
  private static AttentionSettings quietByDay() {
    return AttentionSettings.DEFAULT.withQuietHours(new QuietHours(LocalTime.of(10, 0), LocalTime.of(18, 0)));
  }

  @Test
  void aMentionOutsideQuietHoursIsToldAtOnceAndNeverHeld() {
    digests.configure(MARTA, quietByDay());
    Post post = mention(LAIA, thread(JORDI, "Protocol"), MARTA);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).singleElement()
        .satisfies(n -> assertThat(n.link()).isEqualTo("post:" + post.id()));
    scene.clock.advance(Duration.ofHours(10));
    assertThat(digests.sendDue(NURIA)).isEmpty();
  }

  @Test
  void aMentionInQuietHoursIsHeldAndComesInTheDigestOnceWhenTheyEnd() {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    scene.clock.advance(Duration.ofMinutes(90)); // 10:30, quiet
    Post post = mention(LAIA, thread, MARTA);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).isEmpty();
    assertThat(digests.sendDue(NURIA)).as("still quiet").isEmpty();
    scene.clock.advance(Duration.ofHours(8));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).startsWith("held-");
      assertThat(digest.notices()).singleElement().satisfies(n -> {
        assertThat(n.topic()).isEqualTo(Notification.Topic.MENTION);
        assertThat(n.link()).isEqualTo("post:" + post.id());
        assertThat(n.subject()).contains("laia").contains("Protocol");
        assertThat(n.count()).isEqualTo(1);
      });
      assertThat(digest.unsubscribe()).containsOnlyKeys(DigestSection.NOTICES);
    });
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("post:" + post.id()));
    assertThat(digests.sendDue(NURIA)).as("each notice once").isEmpty();
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).isEmpty();
  }

  @Test
  void aHeldNoticeNamingAnErasedMemberIsInTheirExportAndNamesTheirPseudonymAfterTheErasure() {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    scene.clock.advance(Duration.ofMinutes(90)); // 10:30, quiet
    mention(LAIA, thread, MARTA);
    java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
    scene.platform.privacy().export(NURIA, LAIA, export);
    assertThat(export.toString(java.nio.charset.StandardCharsets.UTF_8)).as("the notice's subject names her")
        .contains("laia mentioned you");

    MemberId pseudonym = scene.platform.privacy().erase(NURIA, LAIA).pseudonym();

    List<String> notices = scene.storage.transactions().inTransaction(() -> scene.storage.changeLog().after(0, 10_000))
        .stream().filter(c -> c.topic().equals("notice")).map(org.copkit.api.storage.Change::body).toList();
    assertThat(notices).isNotEmpty().noneMatch(body -> org.copkit.api.privacy.port.Pseudonymisation.namedIn(LAIA, body));
    scene.clock.advance(Duration.ofHours(8));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> assertThat(digest.notices()).singleElement()
        .satisfies(n -> assertThat(n.subject()).startsWith(pseudonym.value() + " mentioned you").doesNotContain("laia")));
  }

  @Test
  void aHeldNoticeIsInTheExportsOfWhomItAddressesAndNamesOnly() {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    scene.clock.advance(Duration.ofMinutes(90)); // 10:30, quiet
    mention(LAIA, thread, MARTA);

    assertThat(exported(MARTA)).as("addressed to her").contains("laia mentioned you");
    assertThat(exported(LAIA)).as("its subject names her").contains("laia mentioned you");
    assertThat(exported(ORIOL)).as("neither addressed to him nor naming him").doesNotContain("mentioned you");
    assertThat(exported(JORDI)).as("his thread's title is no name of his").doesNotContain("mentioned you");
  }

  private String exported(MemberId member) {
    java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
    scene.platform.privacy().export(NURIA, member, export);
    return export.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The member replies in the thread; Laia flags the reply and Jordi rejects it: a moderation decision for them. */
  private Post repliesAndIsRejected(MemberId member, ThreadId thread) {
    PostOutcome reply = scene.platform.discussions().reply(member, Reply.to(thread, "Ho miro"));
    Post hers = ((PostOutcome.Published) reply).post();
    scene.platform.moderation().flag(LAIA,
        new RaiseFlag(community, new ModerationSubject.OfPost(hers.id()), FlagReason.INAPPROPRIATE, ""));
    ReviewItem item = scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items().get(0);
    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Reject("to de veu")));
    return hers;
  }

  @Test
  void theBudgetIsSpentByAMentionThenAModerationDecisionIsHeldUntilTheNextDay() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.withDailyBudget(1));
    ThreadId thread = thread(JORDI, "Protocol");
    mention(LAIA, thread, MARTA);
    Post hers = repliesAndIsRejected(MARTA, thread);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).hasSize(1);
    assertThat(sent(MARTA, Notification.Topic.MODERATION_DECISION)).as("today's one interruption is spent").isEmpty();
    scene.clock.advance(Duration.ofMinutes(5));
    assertThat(digests.sendDue(NURIA)).as("the budget holds the held digest too").isEmpty();
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> assertThat(digest.notices())
        .singleElement().satisfies(n -> {
          assertThat(n.topic()).isEqualTo(Notification.Topic.MODERATION_DECISION);
          assertThat(n.link()).as("her own post, rejected, is still hers to read").isEqualTo("post:" + hers.id());
        }));
  }

  @Test
  void oneChannelHearsAtOnceWhileTheOtherGetsADailyDigest() {
    AttentionSettings split = AttentionSettings.DEFAULT.through(Set.of("email", "intranet"))
        .at(ZoneId.of("UTC"), LocalTime.of(8, 0)).on("email", Frequency.DAILY);
    digests.configure(MARTA, split);
    Post post = mention(LAIA, thread(JORDI, "Protocol"), MARTA);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo("intranet"));
    scene.clock.advance(Duration.ofDays(1)); // 09:00 the next day, after the 08:00 digest time
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("daily/2026-04-02");
      assertThat(digest.notices()).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo("post:" + post.id()));
    });
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo("email"));
    assertThat(digests.sendDue(NURIA)).isEmpty();
    assertThat(digests.settings(MARTA).frequency("email")).isEqualTo(Frequency.DAILY);
    assertThat(digests.settings(MARTA).frequency("intranet")).isEqualTo(Frequency.IMMEDIATE);
  }

  @Test
  void aRoutedQuestionToldOnOneChannelComesInTheDigestOfTheOther() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.through(Set.of("email", "intranet"))
        .at(ZoneId.of("UTC"), LocalTime.of(8, 0)).on("email", Frequency.DAILY));
    ThreadId first = ask(JORDI, "Primera");
    answer(MARTA, first);
    answer(MARTA, ask(JORDI, "Segona"));
    ThreadId question = ask(ORIOL, "Nova");
    assertThat(scene.platform.questionRouting().route(ORIOL, new RouteQuestion(question, 1)).routedTo())
        .containsExactly(MARTA);

    assertThat(sent(MARTA, Notification.Topic.ROUTED_QUESTION)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo("intranet"));
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement()
        .satisfies(d -> assertThat(d.routedQuestions()).containsExactly(question));
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo("email"));
  }

  private ThreadId ask(MemberId asker, String title) {
    PostOutcome outcome = scene.platform.discussions().start(asker,
        StartThread.question(community, title, "Com ho feu, " + title + "?", Set.of("mediacio")));
    return ((PostOutcome.Published) outcome).thread().id();
  }

  private void answer(MemberId who, ThreadId question) {
    scene.platform.discussions().reply(who, Reply.to(question, "Així"));
  }

  @Test
  void severalNoticesOfOneTopicAboutOneLinkAreOneEntryWithACount() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(ZoneId.of("UTC"), LocalTime.of(8, 0)));
    ThreadId thread = thread(JORDI, "Protocol");
    Post post = mention(LAIA, thread, MARTA);
    Post unmentioned = scene.platform.discussions().edit(LAIA, new org.copkit.api.discussion.EditPost(post.id(),
        post.version(), "Ho miro jo", "millor no"));
    scene.platform.discussions().edit(LAIA, new org.copkit.api.discussion.EditPost(post.id(), unmentioned.version(),
        "Ho repeteixo, @marta?", "sí que cal"));
    Post other = mention(ORIOL, thread, MARTA);
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> assertThat(digest.notices())
        .extracting(Digest.Notice::link, Digest.Notice::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("post:" + post.id(), 2),
            org.assertj.core.groups.Tuple.tuple("post:" + other.id(), 1)));
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).singleElement().satisfies(n -> {
      assertThat(n.text()).contains("(2 times) post:" + post.id());
      assertThat(n.text()).doesNotContain("times) post:" + other.id());
    });
  }

  @Test
  void aHeldMentionInAPostTheMemberCanNoLongerReadIsNotTold() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(ZoneId.of("UTC"), LocalTime.of(8, 0)));
    mention(LAIA, thread(JORDI, "Protocol"), MARTA);
    scene.platform.memberAdministration().remove(JORDI, new RemoveMember(community, MARTA, "Canvi de destí"));
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).isEmpty();
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).isEmpty();
  }

  @Test
  void aTopicTurnedOffIsNeitherToldNorHeld() {
    digests.configure(MARTA, quietByDay().without(Notification.Topic.MENTION));
    ThreadId thread = thread(JORDI, "Protocol");
    mention(LAIA, thread, MARTA);
    scene.clock.advance(Duration.ofMinutes(90));
    mention(ORIOL, thread, MARTA);
    scene.clock.advance(Duration.ofHours(8));

    assertThat(sent(MARTA, Notification.Topic.MENTION)).isEmpty();
    assertThat(digests.sendDue(NURIA)).isEmpty();
    assertThat(digests.settings(MARTA).wants(Notification.Topic.MENTION)).isFalse();
  }

  @Test
  void unsubscribingFromNoticesDropsThemFromLaterDigests() {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    scene.clock.advance(Duration.ofMinutes(90));
    mention(LAIA, thread, MARTA);
    scene.clock.advance(Duration.ofHours(8));
    Digest first = digests.sendDue(NURIA).get(0);

    assertThat(digests.unsubscribe(first.unsubscribe().get(DigestSection.NOTICES)))
        .isEqualTo(new Subscription.Section(DigestSection.NOTICES));
    scene.clock.advance(Duration.ofHours(16)); // 10:30 the next day, quiet
    mention(ORIOL, thread, MARTA);
    scene.clock.advance(Duration.ofHours(8));
    assertThat(digests.sendDue(NURIA)).isEmpty();
  }

  @Test
  void twoPlatformsOnOneStorageSendTheHeldNoticesOnce() throws Exception {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    scene.clock.advance(Duration.ofMinutes(90));
    mention(LAIA, thread, MARTA);
    scene.clock.advance(Duration.ofHours(8));
    CopPlatform other = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .notifications(scene.notifications).discoverModerationRules(false).build();
    try {
      assertThat(other.digests().sendDue(NURIA)).as("a node started later knows what was held")
          .singleElement().satisfies(d -> assertThat(d.notices()).hasSize(1));
      assertThat(digests.sendDue(NURIA)).isEmpty();
      assertThat(sent(MARTA, Notification.Topic.DIGEST)).hasSize(1);
    } finally {
      other.close();
    }
  }


  @Test
  void twoNodesSendingInOneMinuteShareItsPagesAndAPageTheOtherClaimedWaitsForTheNextMinute() {
    // the scene's clock stands at 09:00:00; Marta's daily digest is due at 09:00:30 UTC
    digests.configure(MARTA, AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY)
        .at(ZoneId.of("UTC"), LocalTime.of(9, 0, 30)).without(DigestSection.FEED));
    scene.clock.advance(Duration.ofMinutes(1)); // 09:01, after today's digest time
    Post post = mention(LAIA, thread(JORDI, "Protocol"), MARTA);
    CopPlatform other = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .notifications(scene.notifications).discoverModerationRules(false).build();
    try {
      scene.clock.advance(Duration.ofDays(1).minusSeconds(50)); // 09:00:10 the next day, not yet due
      assertThat(other.digests().sendDue(NURIA)).isEmpty();
      scene.clock.advance(Duration.ofSeconds(30)); // 09:00:40, due
      assertThat(digests.sendDue(NURIA)).as("the other node claimed this minute's page").isEmpty();
      assertThat(sent(MARTA, Notification.Topic.DIGEST)).isEmpty();
      scene.clock.advance(Duration.ofSeconds(10)); // 09:00:50
      assertThat(other.digests().sendDue(NURIA)).as("its own page, gone through again").singleElement()
          .satisfies(d -> assertThat(d.notices()).extracting(Digest.Notice::link).containsExactly("post:" + post.id()));

      Post next = mention(ORIOL, thread(JORDI, "Agenda"), MARTA);
      scene.clock.advance(Duration.ofDays(1).minusSeconds(40)); // 09:00:10 the next day, not yet due
      assertThat(other.digests().sendDue(NURIA)).isEmpty();
      scene.clock.advance(Duration.ofSeconds(30)); // 09:00:40, due, but the other node's minute
      assertThat(digests.sendDue(NURIA)).isEmpty();
      scene.clock.advance(Duration.ofSeconds(30)); // 09:01:10, the next minute: this node's
      assertThat(digests.sendDue(NURIA)).singleElement()
          .satisfies(d -> assertThat(d.notices()).extracting(Digest.Notice::link).containsExactly("post:" + next.id()));
      assertThat(other.digests().sendDue(NURIA)).isEmpty();
      assertThat(sent(MARTA, Notification.Topic.DIGEST)).as("each digest once, whichever node").hasSize(2);
    } finally {
      other.close();
    }
  }

  @Test
  void aMentionToldAtOnceCarriesATokenThatTurnsMentionsOffOnEveryNode() {
    ThreadId thread = thread(JORDI, "Protocol");
    mention(LAIA, thread, MARTA);
    Notification told = sent(MARTA, Notification.Topic.MENTION).get(0);
    assertThat(told.unsubscribe()).as("a notice told at once carries its topic's token").isPresent();
    AttentionSettings before = digests.settings(MARTA);

    CopPlatform other = CopPlatform.builder().storage(scene.storage).directory(scene.directory).clock(scene.clock)
        .notifications(scene.notifications).discoverModerationRules(false).build();
    try {
      assertThat(other.digests().unsubscribe(told.unsubscribe().get()))
          .isEqualTo(new Subscription.NoticeTopic(Notification.Topic.MENTION));
    } finally {
      other.close();
    }
    assertThat(digests.settings(MARTA)).isEqualTo(before.without(Notification.Topic.MENTION));
    assertThat(digests.unsubscribe(told.unsubscribe().get())).as("used twice, changes nothing more")
        .isEqualTo(new Subscription.NoticeTopic(Notification.Topic.MENTION));
    assertThat(digests.settings(MARTA)).isEqualTo(before.without(Notification.Topic.MENTION));

    mention(ORIOL, thread, MARTA);
    scene.clock.advance(Duration.ofDays(1));
    assertThat(sent(MARTA, Notification.Topic.MENTION)).as("the next mention is neither told").hasSize(1);
    assertThat(digests.sendDue(NURIA)).as("nor held").isEmpty();
    assertThat(digests.settings(JORDI).wants(Notification.Topic.MENTION)).as("only hers").isTrue();
  }

  @Test
  void aDigestCarriesOneTokenPerTopicOfItsNoticesAndEachTurnsOnlyItsTopicOff() {
    digests.configure(MARTA, quietByDay());
    ThreadId thread = thread(JORDI, "Protocol");
    PostOutcome reply = scene.platform.discussions().reply(MARTA, Reply.to(thread, "Ho miro"));
    Post hers = ((PostOutcome.Published) reply).post();
    scene.clock.advance(Duration.ofMinutes(90)); // 10:30, quiet
    mention(LAIA, thread, MARTA);
    mention(ORIOL, thread, MARTA);
    scene.platform.moderation().flag(LAIA,
        new RaiseFlag(community, new ModerationSubject.OfPost(hers.id()), FlagReason.INAPPROPRIATE, ""));
    ReviewItem item = scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items().get(0);
    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Reject("to de veu")));
    scene.clock.advance(Duration.ofHours(8));

    Digest digest = digests.sendDue(NURIA).get(0);
    Map<Notification.Topic, Set<String>> tokens = new java.util.EnumMap<>(Notification.Topic.class);
    digest.notices().forEach(n -> tokens.computeIfAbsent(n.topic(), t -> new java.util.HashSet<>())
        .add(n.unsubscribe().orElseThrow()));
    assertThat(digest.notices()).hasSize(3);
    assertThat(tokens).containsOnlyKeys(Notification.Topic.MENTION, Notification.Topic.MODERATION_DECISION);
    assertThat(tokens.values()).as("one token per topic, shared by its entries").allSatisfy(t -> assertThat(t).hasSize(1));
    String mentions = tokens.get(Notification.Topic.MENTION).iterator().next();
    assertThat(mentions).isNotIn(tokens.get(Notification.Topic.MODERATION_DECISION))
        .isNotIn(digest.unsubscribe().values());
    Notification mail = sent(MARTA, Notification.Topic.DIGEST).get(0);
    assertThat(mail.text()).contains("Stop notices of MENTION: unsubscribe:" + mentions);
    assertThat(mail.unsubscribe()).as("a digest's tokens are in the digest").isEmpty();

    assertThat(digests.unsubscribe(mentions)).isEqualTo(new Subscription.NoticeTopic(Notification.Topic.MENTION));
    AttentionSettings now = digests.settings(MARTA);
    assertThat(now.wants(Notification.Topic.MENTION)).isFalse();
    assertThat(now.wants(Notification.Topic.MODERATION_DECISION)).isTrue();
    assertThat(now.wants(DigestSection.NOTICES)).isTrue();
  }

  @Test
  void subscriptionsKeepTheirKeyAndBadTokensAndKeysAreRefused() {
    for (DigestSection section : DigestSection.values()) {
      Subscription s = new Subscription.Section(section);
      assertThat(Subscription.ofKey(s.key())).isEqualTo(s);
    }
    for (Notification.Topic topic : AttentionSettings.NOTICE_TOPICS) {
      Subscription s = new Subscription.NoticeTopic(topic);
      assertThat(s.key()).startsWith("topic:");
      assertThat(Subscription.ofKey(s.key())).isEqualTo(s);
    }
    assertThatThrownBy(() -> Subscription.ofKey("topic:NOPE")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Subscription.ofKey("feed")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Subscription.ofKey("topic:ROUTED_QUESTION")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Subscription.NoticeTopic(Notification.Topic.DIGEST))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("topic"));
    Notification plain = new Notification(MARTA, Notification.Topic.MENTION, "s", "t", "post:1", scene.clock.instant());
    assertThatThrownBy(() -> plain.unsubscribedBy("has space")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> plain.unsubscribedBy("x".repeat(Subscription.MAX_TOKEN_LENGTH + 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(plain.unsubscribedBy("ok-1").on("email")).satisfies(n -> {
      assertThat(n.unsubscribe()).contains("ok-1");
      assertThat(n.channel()).isEqualTo("email");
    });
    assertThatThrownBy(() -> digests.unsubscribe("x".repeat(Subscription.MAX_TOKEN_LENGTH + 1)))
        .isInstanceOf(NotFoundException.class);
    AttentionSettings before = digests.settings(MARTA);
    assertThatThrownBy(() -> digests.unsubscribe("3f1b-no-such")).isInstanceOf(NotFoundException.class);
    assertThat(digests.settings(MARTA)).isEqualTo(before);
  }

  @Test
  void theSweepOfHeldNoticesReadsTheWholeLogABatchAtATime() {
    ConversationScene kept = new ConversationScene(Visibility.CLOSED,
        b -> b.retention(NoticeRetention.KIND, Duration.ofDays(3)));
    kept.platform.digests().configure(MARTA, AttentionSettings.DEFAULT.withFrequency(Frequency.WEEKLY));
    kept.storage.transactions().inTransaction(() -> {
      for (int i = 0; i <= org.copkit.api.storage.ChangeLog.MAX_BATCH; i++) {
        kept.storage.changeLog().append("other", "change " + i);
      }
      return null;
    });
    ThreadId thread = ((PostOutcome.Published) kept.platform.discussions().start(JORDI,
        StartThread.discussion(kept.community.id(), "Protocol", "Obrim el tema"))).thread().id();
    kept.platform.discussions().reply(LAIA, Reply.to(thread, "Què en penses, @marta?"));
    kept.clock.advance(Duration.ofDays(4));

    assertThat(kept.platform.privacy().sweep(kept.clock.instant()).removed())
        .as("the mention comes after a whole batch of other changes").containsEntry(NoticeRetention.KIND, 1L);
  }

  @Test
  void aNoticeOlderThanItsRetentionIsNotToldAndTheSweepLeavesItNamingNobody() {
    ConversationScene kept = new ConversationScene(Visibility.CLOSED,
        b -> b.retention(NoticeRetention.KIND, Duration.ofDays(3)));
    kept.platform.digests().configure(MARTA, AttentionSettings.DEFAULT.withFrequency(Frequency.WEEKLY)); // Mondays 08:00
    ThreadId thread = ((PostOutcome.Published) kept.platform.discussions().start(JORDI,
        StartThread.discussion(kept.community.id(), "Protocol", "Obrim el tema"))).thread().id();
    kept.clock.advance(Duration.ofMinutes(90)); // Wednesday 10:30
    kept.platform.discussions().reply(LAIA, Reply.to(thread, "Què en penses, @marta?"));
    kept.clock.advance(Duration.ofDays(3).plusHours(1)); // Saturday 11:30
    Post young = ((PostOutcome.Published) kept.platform.discussions().reply(ORIOL,
        Reply.to(thread, "@marta, mira-ho"))).post();
    kept.clock.advance(Duration.ofHours(45).plusMinutes(30)); // Monday 09:00: her weekly digest is due

    Digest weekly = kept.platform.digests().sendDue(NURIA).stream().filter(d -> d.member().equals(MARTA))
        .findFirst().orElseThrow();
    assertThat(weekly.notices()).extracting(Digest.Notice::link)
        .as("both in the week's window, the older one past its retention").containsExactly("post:" + young.id());

    assertThat(kept.platform.privacy().sweep(kept.clock.instant()).removed()).containsEntry(NoticeRetention.KIND, 1L);
    List<NoticeChange> logged = kept.storage.transactions().inTransaction(() -> kept.storage.changeLog().after(0, 10_000))
        .stream().filter(c -> c.topic().equals(NoticeChange.TOPIC)).map(c -> NoticeChange.decode(c.body())).toList();
    assertThat(logged).filteredOn(c -> c instanceof NoticeChange.Held).singleElement()
        .satisfies(c -> assertThat(((NoticeChange.Held) c).subject()).contains("oriol"));
    assertThat(logged).filteredOn(c -> c instanceof NoticeChange.Expired).hasSize(1);
    assertThat(kept.platform.privacy().sweep(kept.clock.instant()).removed()).as("nothing more the same day")
        .containsEntry(NoticeRetention.KIND, 0L);
    kept.clock.advance(Duration.ofDays(8));
    assertThat(kept.platform.privacy().sweep(kept.clock.instant()).removed()).as("the young one, once old enough")
        .containsEntry(NoticeRetention.KIND, 1L);
  }

  @Test
  void badPerChannelSettingsAreRefusedAndChangeNothing() {
    AttentionSettings two = AttentionSettings.DEFAULT.through(Set.of("email", "intranet"));
    digests.configure(MARTA, two);

    assertThatThrownBy(() -> two.on("sms", Frequency.DAILY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channelFrequencies"));
    assertThatThrownBy(() -> two.on("E-mail", Frequency.DAILY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channel"));
    assertThatThrownBy(() -> new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("UTC"), LocalTime.NOON,
        java.time.DayOfWeek.MONDAY, java.util.Optional.empty(), Set.of(), Set.of("email"), java.util.OptionalInt.empty(),
        Map.of("intranet", Frequency.WEEKLY), Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channelFrequencies"));
    assertThatThrownBy(() -> two.without(Notification.Topic.ROUTED_QUESTION))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unsubscribedTopics"));
    assertThatThrownBy(() -> two.without(Notification.Topic.DIGEST))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unsubscribedTopics"));
    assertThat(digests.settings(MARTA)).isEqualTo(two);
    assertThat(two.on("email", Frequency.IMMEDIATE)).as("a channel at the default frequency has none of its own")
        .isEqualTo(two);
    assertThat(two.on("email", Frequency.DAILY).through(Set.of("intranet")).channelFrequencies()).isEmpty();
  }
  @Test
  void aTopicTurnedOffOnOneChannelIsToldOnlyOnTheOthers() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.through(Set.of("email", "intranet"))
        .without(Notification.Topic.MENTION, "email"));
    Post post = mention(LAIA, thread(JORDI, "Protocol"), MARTA);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).singleElement().satisfies(n -> {
      assertThat(n.channel()).isEqualTo("intranet");
      assertThat(n.link()).isEqualTo("post:" + post.id());
    });
    assertThat(digests.settings(MARTA).wants(Notification.Topic.MENTION, "email")).isFalse();
    assertThat(digests.settings(MARTA).wants(Notification.Topic.MENTION, "intranet")).isTrue();
    assertThat(digests.settings(MARTA).wants(Notification.Topic.MODERATION_DECISION, "email")).isTrue();
  }

  @Test
  void aTopicTurnedOffOnEveryChannelOneByOneIsNeitherToldNorHeldNorSpendsTheBudget() {
    digests.configure(MARTA, AttentionSettings.DEFAULT.through(Set.of("email", "intranet")).withDailyBudget(1)
        .without(Notification.Topic.MENTION, "email").without(Notification.Topic.MENTION, "intranet"));
    ThreadId thread = thread(JORDI, "Protocol");
    mention(LAIA, thread, MARTA);
    repliesAndIsRejected(MARTA, thread);

    assertThat(sent(MARTA, Notification.Topic.MENTION)).isEmpty();
    assertThat(sent(MARTA, Notification.Topic.MODERATION_DECISION)).as("the day's one interruption was left for it")
        .extracting(Notification::channel).containsExactly("email", "intranet");
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).as("the mention was not held either").isEmpty();
  }

  @Test
  void aDailyDigestOnTwoChannelsLeavesOutOfEachTheTopicsTurnedOffThere() {
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(ZoneId.of("UTC"),
        LocalTime.of(8, 0)).through(Set.of("email", "intranet")).without(Notification.Topic.MENTION, "email");
    digests.configure(MARTA, daily.without(DigestSection.FEED));
    ThreadId thread = thread(JORDI, "Protocol");
    Post post = mention(LAIA, thread, MARTA);
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.period()).isEqualTo("2026-04-02");
      assertThat(digest.notices()).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo("post:" + post.id()));
    });
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).as("nothing else was left for e-mail").singleElement()
        .satisfies(n -> {
          assertThat(n.channel()).isEqualTo("intranet");
          assertThat(n.text()).contains("post:" + post.id());
        });

    digests.configure(MARTA, daily);
    scene.platform.discussions().start(ORIOL, StartThread.discussion(community, "Agenda", "Ordre del dia"));
    Post later = mention(ORIOL, thread, MARTA);
    scene.clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDue(NURIA)).singleElement().satisfies(digest -> {
      assertThat(digest.feed()).isNotEmpty();
      assertThat(digest.notices()).extracting(Digest.Notice::link).containsExactly("post:" + later.id());
    });
    List<Notification> second = sent(MARTA, Notification.Topic.DIGEST).subList(1, 3);
    assertThat(second).extracting(Notification::channel).containsExactly("email", "intranet");
    assertThat(second.get(0).text()).as("e-mail: the feed, not the mention").doesNotContain("post:" + later.id())
        .doesNotContain("Held for your digest").contains("New in your communities");
    assertThat(second.get(1).text()).contains("post:" + later.id()).contains("New in your communities");
    assertThat(second.get(0).text()).as("e-mail keeps the feed's token, not the notices'")
        .contains("Unsubscribe from FEED").doesNotContain("Unsubscribe from NOTICES").doesNotContain("Stop notices of");
    assertThat(second.get(1).text()).contains("Unsubscribe from FEED").contains("Unsubscribe from NOTICES")
        .contains("Stop notices of MENTION");
  }

  @Test
  void aNoticeHeldForAChannelThatTurnedItsTopicOffSinceIsNotInTheDigest() {
    AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).at(ZoneId.of("UTC"),
        LocalTime.of(8, 0)).through(Set.of("email", "intranet")).on("intranet", Frequency.WEEKLY)
        .without(DigestSection.FEED);
    digests.configure(MARTA, daily);
    mention(LAIA, thread(JORDI, "Protocol"), MARTA);
    digests.configure(MARTA, daily.without(Notification.Topic.MENTION, "email"));
    scene.clock.advance(Duration.ofDays(1));

    assertThat(digests.sendDue(NURIA)).as("the daily e-mail no longer wants it; the weekly intranet is not due")
        .isEmpty();
    assertThat(sent(MARTA, Notification.Topic.DIGEST)).isEmpty();
  }

  @Test
  void topicsTurnedOffOnOneChannelAreKeptAsTheMemberMeantAndBadOnesAreRefused() {
    AttentionSettings two = AttentionSettings.DEFAULT.through(Set.of("email", "intranet"));
    AttentionSettings off = two.without(Notification.Topic.MENTION, "email").without(Notification.Topic.SANCTION, "email");
    digests.configure(MARTA, off);

    assertThat(digests.settings(MARTA).channelUnsubscribedTopics())
        .isEqualTo(Map.of("email", Set.of(Notification.Topic.MENTION, Notification.Topic.SANCTION)));
    assertThat(off.without(Notification.Topic.MENTION).channelUnsubscribedTopics())
        .as("off everywhere: the channel's entry says nothing more")
        .isEqualTo(Map.of("email", Set.of(Notification.Topic.SANCTION)));
    assertThat(two.without(Notification.Topic.MENTION).without(Notification.Topic.MENTION, "email"))
        .isEqualTo(two.without(Notification.Topic.MENTION));
    assertThat(off.through(Set.of("intranet")).channelUnsubscribedTopics()).isEmpty();
    assertThat(new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("UTC"), LocalTime.of(8, 0), java.time.DayOfWeek.MONDAY,
        java.util.Optional.empty(), Set.of(), Set.of("email"), java.util.OptionalInt.empty(), Map.of(), Set.of(),
        Map.of("email", Set.of()))).as("a channel without topics is dropped")
        .isEqualTo(AttentionSettings.DEFAULT.through(Set.of("email")));

    assertThatThrownBy(() -> two.without(Notification.Topic.MENTION, "sms"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("channelUnsubscribedTopics"));
    assertThatThrownBy(() -> two.without(Notification.Topic.MENTION, "E-mail"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("channel"));
    assertThatThrownBy(() -> two.without(Notification.Topic.ROUTED_QUESTION, "email"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("channelUnsubscribedTopics"));
    assertThatThrownBy(() -> two.without(null, "email")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("UTC"), LocalTime.NOON,
        java.time.DayOfWeek.MONDAY, java.util.Optional.empty(), Set.of(), Set.of("email"), java.util.OptionalInt.empty(),
        Map.of(), Set.of(), java.util.Collections.singletonMap("email", java.util.Collections.singleton(null))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("channelUnsubscribedTopics"));
    assertThat(digests.settings(MARTA)).isEqualTo(off);
  }
}
