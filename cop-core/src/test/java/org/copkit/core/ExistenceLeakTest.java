package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.Invite;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Publication;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whoever may not see an object learns nothing from asking for it: every read and write of a
 * thread, post, review item, invitation, join request or feed activity of a SECRET community fails for them
 * exactly as it fails for an ID that was never used, with the same exception and the same message,
 * naming only what they gave.
 *
 * <p>The outsiders: a person who never belonged (Xavier), a member who was removed (Oriol), a
 * person the directory does not know, and, for what is meant for the working group only, an
 * observer (Pere) and a participant (Laia). Review items and their flags are for the community's
 * e-moderators alone, so every other member is an outsider to them too.
 */
class ExistenceLeakTest {

  private static final MemberId QUIM = MemberId.of("quim");
  private static final MemberId RITA = MemberId.of("rita");
  private static final MemberId GHOST = MemberId.of("ghost");

  /** A call that names an object by its ID. */
  private record Call(String name, Function<CopPlatform, Function<UUID, Object>> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Function<CopPlatform, Function<UUID, Object>> as(MemberId actor,
      java.util.function.BiFunction<CopPlatform, MemberId, Function<UUID, Object>> call) {
    return platform -> call.apply(platform, actor);
  }

  /** The SECRET community and one object of every kind in it. */
  private static final class Secrets {
    final ConversationScene scene = new ConversationScene(Visibility.SECRET);
    final Community community = scene.community;
    final DiscussionThread thread;
    final Post reply;
    final DiscussionThread coreThread;
    final ReviewItem item;
    final Invitation invitation;
    final JoinRequest request;

    Secrets() {
      scene.directory.put(Person.active(QUIM, "Quim Soler", "Menors"));
      scene.directory.put(Person.active(RITA, "Rita Vidal", "Família"));
      CopPlatform platform = scene.platform;
      thread = ((PostOutcome.Published) platform.discussions()
          .start(MARTA, StartThread.question(community.id(), "Un cas delicat", "Com ho faríeu?", Set.of("menors")))).thread();
      reply = ((PostOutcome.Published) platform.discussions().reply(LAIA, Reply.to(thread.id(), "Jo trucaria"))).post();
      coreThread = ((PostOutcome.Published) platform.discussions().start(MARTA, new StartThread(community.id(),
          ThreadKind.QUESTION, Audience.CORE, "Només el grup", "Esborrany de guia", Set.of()))).thread();
      platform.moderation().flag(MARTA,
          new RaiseFlag(community.id(), new ModerationSubject.OfPost(reply.id()), FlagReason.OFF_TOPIC, ""));
      item = platform.moderationQueries().queue(JORDI, community.id(), PageRequest.first(10)).items().get(0);
      invitation = platform.joining().invite(JORDI, new Invite(community.id(), QUIM, Tier.PARTICIPANT, ""));
      platform.memberAdministration().remove(JORDI, new RemoveMember(community.id(), ORIOL, "left the unit"));
      // a request made while the community was CLOSED, pending after it became SECRET again
      visibility(Visibility.CLOSED);
      request = ((JoinOutcome.Requested) platform.joining().join(RITA, community.id(), "")).request();
      visibility(Visibility.SECRET);
    }

    private void visibility(Visibility next) {
      Community current = scene.platform.communityQueries().community(JORDI, community.id());
      scene.platform.lifecycle().update(JORDI, new UpdateCommunity(current.id(), current.version(),
          new CommunityDetails(current.name(), current.domain(), current.purpose(), next)));
    }
  }

  private static List<Call> threadCalls(MemberId a) {
    return List.of(
        new Call("read thread", as(a, (p, m) -> id -> p.discussionQueries().thread(m, new ThreadId(id), PageRequest.first(10)))),
        new Call("reply", as(a, (p, m) -> id -> p.discussions().reply(m, Reply.to(new ThreadId(id), "Hola")))),
        new Call("accept answer", as(a, (p, m) -> id -> p.discussions().acceptAnswer(m, new ThreadId(id), PostId.random()))),
        new Call("pin", as(a, (p, m) -> id -> p.discussions().pin(m, new ThreadId(id), true))),
        new Call("lock", as(a, (p, m) -> id ->
            p.discussions().changeStatus(m, new ThreadId(id), new ThreadStatusChange.Lock("prou")))),
        new Call("reopen", as(a, (p, m) -> id ->
            p.discussions().changeStatus(m, new ThreadId(id), new ThreadStatusChange.Reopen()))),
        new Call("move", as(a, (p, m) -> id ->
            p.discussions().move(m, new ThreadId(id), org.copkit.api.community.CommunityId.random(), "ordre"))),
        new Call("explain its activity", as(a, (p, m) -> id -> p.feed().explain(m, new ActivityId(id)))),
        new Call("see its activity", as(a, (p, m) -> id -> {
          p.activities().record(m, new Interaction(new ActivityId(id), Interaction.Kind.SEEN));
          return null;
        })),
        new Call("retract its activity", as(a, (p, m) -> id -> p.activities().retract(m, new ActivityId(id)))),
        new Call("reinstate its activity", as(a, (p, m) -> id -> p.activities().reinstate(m, new ActivityId(id)))));
  }

  private static List<Call> postCalls(MemberId a) {
    return List.of(
        new Call("edit post", as(a, (p, m) -> id -> p.discussions().edit(m, new EditPost(new PostId(id), 0, "Nou text", "")))),
        new Call("react", as(a, (p, m) -> id -> {
          p.discussions().react(m, new PostId(id), Reaction.LIKE);
          return null;
        })),
        new Call("unreact", as(a, (p, m) -> id -> {
          p.discussions().unreact(m, new PostId(id), Reaction.LIKE);
          return null;
        })),
        new Call("post revisions", as(a, (p, m) -> id -> p.discussionQueries().revisions(m, new PostId(id)))));
  }

  private static List<Call> itemCalls(MemberId a) {
    return List.of(
        new Call("read flags", as(a, (p, m) -> id -> p.moderationQueries().flags(m, new ReviewItemId(id)))),
        new Call("decide", as(a, (p, m) -> id -> p.moderation().decide(m, new Decide(new ReviewItemId(id), 0, new Decision.Approve())))),
        new Call("escalate", as(a, (p, m) -> id ->
            p.moderation().decide(m, new Decide(new ReviewItemId(id), 0, new Decision.Escalate("per a la direcció"))))));
  }

  private static List<Call> invitationCalls(MemberId a) {
    return List.of(
        new Call("accept invitation", as(a, (p, m) -> id -> p.joining().accept(m, new InvitationId(id)))),
        new Call("decline invitation", as(a, (p, m) -> id -> p.joining().declineInvitation(m, new InvitationId(id)))),
        new Call("revoke invitation", as(a, (p, m) -> id -> p.joining().revoke(m, new InvitationId(id)))));
  }

  private static List<Call> requestCalls(MemberId a) {
    return List.of(
        new Call("withdraw request", as(a, (p, m) -> id -> p.joining().withdraw(m, new JoinRequestId(id)))),
        new Call("approve request", as(a, (p, m) -> id -> p.joining().approve(m, new ApproveRequest(new JoinRequestId(id), Tier.PARTICIPANT)))),
        new Call("decline request", as(a, (p, m) -> id -> p.joining().decline(m, new DeclineRequest(new JoinRequestId(id), "no")))));
  }

  /** Each row: who asks, for what, through which call. */
  static Stream<Arguments> probes() {
    List<Arguments> rows = new ArrayList<>();
    for (MemberId outsider : List.of(XAVIER, ORIOL, GHOST)) {
      String who = outsider.value();
      threadCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "thread", c)));
      threadCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "core thread", c)));
      postCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "reply", c)));
      itemCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "review item", c)));
      invitationCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "invitation", c)));
      requestCalls(outsider).forEach(c -> rows.add(Arguments.of(who, "join request", c)));
    }
    for (MemberId member : List.of(PERE, LAIA)) {
      threadCalls(member).forEach(c -> rows.add(Arguments.of(member.value(), "core thread", c)));
      postCalls(member).forEach(c -> rows.add(Arguments.of(member.value(), "core post", c)));
      itemCalls(member).forEach(c -> rows.add(Arguments.of(member.value(), "review item", c)));
      requestCalls(member).forEach(c -> rows.add(Arguments.of(member.value(), "join request", c)));
    }
    invitationCalls(LAIA).forEach(c -> rows.add(Arguments.of("laia", "invitation", c)));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} asks to {2} for a {1}")
  @MethodSource("probes")
  void anObjectTheyMayNotSeeFailsAsAnUnusedId(String who, String what, Call call) {
    Secrets secrets = new Secrets();
    UUID existing = switch (what) {
      case "thread" -> secrets.thread.id().value();
      case "core thread" -> secrets.coreThread.id().value();
      case "core post" -> secrets.coreThread.openingPost().value();
      case "reply" -> secrets.reply.id().value();
      case "review item" -> secrets.item.id().value();
      case "invitation" -> secrets.invitation.id().value();
      case "join request" -> secrets.request.id().value();
      default -> throw new IllegalArgumentException(what);
    };
    UUID unused = UUID.randomUUID();
    Function<UUID, Object> probe = call.call().apply(secrets.scene.platform);

    Throwable forExisting = catchThrowable(() -> probe.apply(existing));
    Throwable forUnused = catchThrowable(() -> probe.apply(unused));

    assertThat(forUnused).as("an unused ID").isInstanceOf(CopException.class);
    assertThat(forExisting).as("the existing %s", what)
        .isExactlyInstanceOf(forUnused.getClass())
        .hasMessage(forUnused.getMessage().replace(unused.toString(), existing.toString()));
    assertThat(forExisting.getMessage()).doesNotContain(secrets.community.id().toString());
  }

  @Test
  void flaggingAPostForTheWorkingGroupFailsForAnObserverAsAnUnusedPost() {
    Secrets secrets = new Secrets();
    CopPlatform platform = secrets.scene.platform;
    PostId hidden = secrets.coreThread.openingPost();
    PostId unused = PostId.random();

    Throwable forHidden = catchThrowable(() -> platform.moderation().flag(PERE,
        new RaiseFlag(secrets.community.id(), new ModerationSubject.OfPost(hidden), FlagReason.SPAM, "")));
    Throwable forUnused = catchThrowable(() -> platform.moderation().flag(PERE,
        new RaiseFlag(secrets.community.id(), new ModerationSubject.OfPost(unused), FlagReason.SPAM, "")));

    assertThat(forUnused).isInstanceOf(NotFoundException.class);
    assertThat(forHidden).isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(forUnused.getMessage().replace(unused.toString(), hidden.toString()));
    assertThat(platform.moderationQueries().queue(JORDI, secrets.community.id(), PageRequest.first(10)).items())
        .as("only the earlier flag's item").hasSize(1);
  }

  @Test
  void theMessageNamesOnlyTheThreadAsked() {
    Secrets secrets = new Secrets();

    Throwable thrown = catchThrowable(() ->
        secrets.scene.platform.discussionQueries().thread(XAVIER, secrets.thread.id(), PageRequest.first(10)));

    assertThat(thrown).isInstanceOf(NotFoundException.class)
        .hasMessage("thread " + secrets.thread.id() + " was not found");
  }

  @Test
  void publishingUnderAnIdUsedWhereThePublisherCannotSeeAnswersAsAnUnusedId() {
    Secrets secrets = new Secrets();
    CopPlatform platform = secrets.scene.platform;
    Community own = platform.lifecycle().create(XAVIER,
        new CommunityDetails("Registre civil", "Civil registry", "", Visibility.OPEN));
    ActivityId taken = new ActivityId(secrets.thread.id().value());

    Publication onTaken = platform.activities().publish(XAVIER, activity(taken, own, XAVIER));
    Publication onUnused = platform.activities().publish(XAVIER, activity(ActivityId.random(), own, XAVIER));

    assertThat(onTaken).isInstanceOf(Publication.Published.class);
    assertThat(onUnused).isInstanceOf(Publication.Published.class);
    assertThat(platform.feed().explain(MARTA, taken).activity()).as("the original stays as it was").isEqualTo(taken);
  }

  @Test
  void publishingAgainStaysIdempotentForWhoMayKnowTheActivity() {
    Secrets secrets = new Secrets();
    CopPlatform platform = secrets.scene.platform;
    ActivityId id = ActivityId.random();
    Activity activity = activity(id, secrets.community, MARTA);

    assertThat(platform.activities().publish(MARTA, activity)).isInstanceOf(Publication.Published.class);
    assertThat(platform.activities().publish(MARTA, activity)).isInstanceOf(Publication.AlreadyPublished.class);
    assertThat(platform.activities().publish(LAIA, activity(id, secrets.community, LAIA)))
        .as("a member who sees it").isInstanceOf(Publication.AlreadyPublished.class);
    platform.activities().retract(MARTA, id);
    assertThat(platform.activities().publish(MARTA, activity))
        .as("its author, once retracted").isInstanceOf(Publication.AlreadyPublished.class);
  }

  private static Activity activity(ActivityId id, Community community, MemberId author) {
    return new Activity(id, community.id(), author, ActivityKind.DISCUSSION, java.time.Instant.parse("2026-03-01T09:00:00Z"),
        0, 0, Set.of(), CopComponent.KNOW_HOW, Audience.COMMUNITY);
  }
}
