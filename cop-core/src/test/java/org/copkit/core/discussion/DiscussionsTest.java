package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import org.copkit.api.shared.AuditAction;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionEvent;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DiscussionsTest {

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN);

  private PostOutcome.Published start(StartThread command) {
    return published(scene.platform.discussions().start(MARTA, command));
  }

  private static PostOutcome.Published published(PostOutcome outcome) {
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return (PostOutcome.Published) outcome;
  }

  private PostOutcome.Published reply(DiscussionThread thread, String body) {
    return published(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), body)));
  }

  private ThreadSearch newest() {
    return new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(20));
  }

  @Nested
  class Threads {

    @Test
    void aThreadIsOpenedRenderedSanitizedAndListed() {
      PostOutcome.Published opened = start(StartThread.discussion(scene.community.id(), "Protocol de derivació",
          "Proposo **revisar** el protocol. <script>alert(1)</script>"));

      assertThat(opened.post().html()).contains("<strong>revisar</strong>").doesNotContain("<script");
      assertThat(scene.platform.discussionQueries().threads(XAVIER, newest()).items())
          .extracting(DiscussionThread::title).containsExactly("Protocol de derivació");
      assertThat(scene.platform.discussionQueries().revisions(LAIA, opened.post().id())).singleElement()
          .satisfies(revision -> assertThat(revision.revision()).isEqualTo(1));
      assertThat(scene.events.eventsOf(DiscussionEvent.ThreadCreated.class)).hasSize(1);
      assertThat(scene.platform.communityQueries().community(JORDI, scene.community.id()).lastActivityAt())
          .isEqualTo(scene.clock.instant());
    }

    @Test
    void publishedThreadsRepliesAndAnswersReachTheFeed() {
      DiscussionThread question = start(StartThread.question(scene.community.id(), "Qui coneix el protocol?", "Dubte",
          Set.of("protocol"))).thread();
      Post answer = reply(question, "Jo mateixa").post();
      scene.platform.discussions().acceptAnswer(MARTA, question.id(), answer.id());

      var feed = scene.platform.feed().feed(JORDI, org.copkit.api.feed.FeedQuery.first(10)).items();

      assertThat(feed).extracting(item -> item.activity().value())
          .containsExactlyInAnyOrder(question.id().value(), answer.id().value());
      assertThat(feed).filteredOn(item -> item.activity().value().equals(answer.id().value()))
          .singleElement().satisfies(item -> assertThat(item.author()).isEqualTo(LAIA));
      assertThat(scene.platform.feed().feed(XAVIER, org.copkit.api.feed.FeedQuery.first(10)).items())
          .as("an outsider's feed shows only communities they belong to").isEmpty();
    }

    @Test
    void aThreadByAnAdministratorWhoIsNoMemberReachesTheMembersFeeds() {
      DiscussionThread thread = published(scene.platform.discussions()
          .start(NURIA, StartThread.discussion(scene.community.id(), "Nou protocol", "Des de la direcció general"))).thread();

      assertThat(scene.platform.feed().feed(LAIA, org.copkit.api.feed.FeedQuery.first(10)).items())
          .extracting(item -> item.activity().value()).contains(thread.id().value());
    }

    @Test
    void answeringAQuestionMakesATacitExpertOfItsTopicsAndCommentingDoesNot() {
      DiscussionThread first = start(StartThread.question(scene.community.id(), "Terminis d'apel·lació?", "Dubte",
          Set.of("recursos"))).thread();
      scene.clock.advance(Duration.ofMinutes(1));
      published(scene.platform.discussions().reply(JORDI, Reply.to(first.id(), "Vint dies")));
      published(scene.platform.discussions().reply(MARTA,
          new Reply(first.id(), Optional.of(first.openingPost()), "Civils o penals?")));
      scene.clock.advance(Duration.ofMinutes(1));
      DiscussionThread open = start(StartThread.question(scene.community.id(), "I el recurs de reposició?", "Un altre dubte",
          Set.of("recursos"))).thread();

      assertThat(tacitExpertise(JORDI, open)).as("the answerer").isPositive();
      assertThat(tacitExpertise(MARTA, open)).as("the commenter").isZero();
    }

    private double tacitExpertise(MemberId member, DiscussionThread question) {
      return scene.platform.feed().explain(member, new org.copkit.api.feed.ActivityId(question.id().value()))
          .contributions().stream()
          .filter(c -> c.signal().equals(org.copkit.api.feed.BuiltInSignal.TACIT_EXPERTISE.signalName()))
          .mapToDouble(org.copkit.api.feed.Explanation.Contribution::value)
          .sum();
    }

    @Test
    void announcementsAreForEModeratorsAndObserversOnlyRead() {
      StartThread announcement = new StartThread(scene.community.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY,
          "Trobada presencial", "Ens veiem el dijous.", Set.of());

      assertThatThrownBy(() -> scene.platform.discussions().start(MARTA, announcement)).isInstanceOf(AccessDeniedException.class);
      assertThat(scene.platform.discussions().start(JORDI, announcement)).isInstanceOf(PostOutcome.Published.class);
      assertThatThrownBy(() -> scene.platform.discussions().start(PERE, StartThread.discussion(scene.community.id(), "t", "b")))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("OBSERVER");
      assertThatThrownBy(() -> scene.platform.discussions().start(XAVIER, StartThread.discussion(scene.community.id(), "t", "b")))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void workingGroupThreadsStayInTheCore() {
      PostOutcome.Published draft = start(new StartThread(scene.community.id(), ThreadKind.DISCUSSION, Audience.CORE,
          "Esborrany de la guia", "Primer esborrany", Set.of("guia")));

      assertThat(scene.platform.discussionQueries().threads(LAIA, newest()).items()).isEmpty();
      assertThatThrownBy(() -> scene.platform.discussionQueries().thread(LAIA, draft.thread().id(), PageRequest.first(5)))
          .isInstanceOf(NotFoundException.class);
      assertThat(scene.platform.discussionQueries().thread(JORDI, draft.thread().id(), PageRequest.first(5)).posts().items())
          .hasSize(1);
      assertThatThrownBy(() -> scene.platform.discussions().start(LAIA, new StartThread(scene.community.id(),
          ThreadKind.DISCUSSION, Audience.CORE, "t", "b", Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void secretAndClosedCommunitiesKeepTheirConversations() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      DiscussionThread thread = published(secret.platform.discussions()
          .start(MARTA, StartThread.discussion(secret.community.id(), "Cas reservat", "Detalls"))).thread();

      assertThatThrownBy(() -> secret.platform.discussionQueries().thread(XAVIER, thread.id(), PageRequest.first(5)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.discussionQueries().threads(XAVIER,
          new ThreadSearch(secret.community.id(), ThreadOrder.NEWEST, PageRequest.first(5)))).isInstanceOf(NotFoundException.class);
      assertThat(secret.platform.discussionQueries().postsBy(XAVIER, MARTA, PageRequest.first(5)).items()).isEmpty();
      assertThat(secret.platform.discussionQueries().postsBy(LAIA, MARTA, PageRequest.first(5)).items()).hasSize(1);

      ConversationScene closed = new ConversationScene(Visibility.CLOSED);
      assertThatThrownBy(() -> closed.platform.discussionQueries().threads(XAVIER,
          new ThreadSearch(closed.community.id(), ThreadOrder.NEWEST, PageRequest.first(5)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anArchivedCommunityIsReadOnly() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Tancament", "Últim missatge")).thread();
      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(scene.community.id(), Stage.ARCHIVED, "done"));

      assertThatThrownBy(() -> scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "una més")))
          .isInstanceOf(ConflictException.class).hasMessageContaining("archived");
      assertThat(scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(5)).posts().total()).isEqualTo(1);
    }

    @Test
    void lockedAndClosedThreadsTakeNoRepliesButTheirModeratorsStillMay() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Debat", "Obert")).thread();

      DiscussionThread locked = scene.platform.discussions().changeStatus(JORDI, thread.id(), new ThreadStatusChange.Lock("massa tensió"));
      assertThat(locked.status()).isInstanceOf(ThreadStatus.Locked.class);
      assertThatThrownBy(() -> scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "però...")))
          .isInstanceOf(ConflictException.class).hasMessageContaining("locked: massa tensió");
      assertThat(scene.platform.discussions().reply(JORDI, Reply.to(thread.id(), "Tornem-hi demà"))).isInstanceOf(PostOutcome.Published.class);
      assertThatThrownBy(() -> scene.platform.discussions().changeStatus(MARTA, thread.id(), new ThreadStatusChange.Reopen()))
          .isInstanceOf(AccessDeniedException.class);

      scene.platform.discussions().changeStatus(JORDI, thread.id(), new ThreadStatusChange.Reopen());
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "gràcies"))).isInstanceOf(PostOutcome.Published.class);
      DiscussionThread pinned = scene.platform.discussions().pin(JORDI, thread.id(), true);
      assertThat(pinned.pinned()).isTrue();
      assertThat(pinned.replies()).isEqualTo(2);
    }

    @Test
    void pinnedThreadsComeFirstAndAnAdministratorMovesThreads() {
      DiscussionThread first = start(StartThread.discussion(scene.community.id(), "Primer", "a")).thread();
      scene.clock.advance(Duration.ofMinutes(1));
      DiscussionThread second = start(StartThread.discussion(scene.community.id(), "Segon", "b")).thread();
      scene.platform.discussions().pin(JORDI, first.id(), true);
      assertThat(scene.platform.discussionQueries().threads(LAIA, newest()).items())
          .extracting(DiscussionThread::id).containsExactly(first.id(), second.id());

      Community other = scene.platform.lifecycle().create(NURIA, new CommunityDetails("Arxius", "Archives", "", Visibility.OPEN));
      assertThatThrownBy(() -> scene.platform.discussions().move(JORDI, second.id(), other.id(), "fora de tema"))
          .isInstanceOf(AccessDeniedException.class);
      DiscussionThread moved = scene.platform.discussions().move(NURIA, second.id(), other.id(), "fora de tema");

      assertThat(moved.community()).isEqualTo(other.id());
      assertThat(scene.platform.discussionQueries().threads(LAIA, newest()).items()).extracting(DiscussionThread::id)
          .containsExactly(first.id());
      assertThat(scene.platform.discussionQueries().thread(LAIA, second.id(), PageRequest.first(5)).posts().items())
          .allSatisfy(view -> assertThat(view.post().community()).isEqualTo(other.id()));
    }
  }

  @Nested
  class Posts {

    @Test
    void repliesNestOneLevelOnly() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Fils", "Obertura")).thread();
      scene.clock.advance(Duration.ofMinutes(1));
      Post top = reply(thread, "Resposta").post();
      scene.clock.advance(Duration.ofMinutes(1));
      Post nested = published(scene.platform.discussions().reply(MARTA, new Reply(thread.id(), Optional.of(top.id()), "Sub"))).post();

      assertThat(nested.inReplyTo()).contains(top.id());
      assertThatThrownBy(() -> scene.platform.discussions().reply(MARTA, new Reply(thread.id(), Optional.of(nested.id()), "Sub-sub")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inReplyTo"));
      assertThat(scene.platform.discussionQueries().thread(XAVIER, thread.id(), PageRequest.first(10)).posts().items())
          .extracting(view -> view.post().body()).containsExactly("Obertura", "Resposta", "Sub");
    }

    @Test
    void editsKeepTheHistoryAndAStaleEditIsAConflict() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Revisions", "v1")).thread();
      Post post = reply(thread, "Primera versió").post();

      Post edited = scene.platform.discussions().edit(LAIA, new EditPost(post.id(), post.version(), "Segona versió", "errata"));
      assertThat(edited.revision()).isEqualTo(2);
      assertThat(edited.editedAt()).contains(scene.clock.instant());
      assertThatThrownBy(() -> scene.platform.discussions().edit(LAIA, new EditPost(post.id(), post.version(), "Tercera", "")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
      assertThatThrownBy(() -> scene.platform.discussions().edit(MARTA, new EditPost(post.id(), edited.version(), "No és meu", "")))
          .isInstanceOf(AccessDeniedException.class);
      scene.platform.discussions().edit(JORDI, new EditPost(post.id(), edited.version(), "Corregit per la moderació", "dades personals"));

      assertThat(scene.platform.discussionQueries().revisions(XAVIER, post.id()))
          .extracting(PostRevision::revision, PostRevision::body, PostRevision::editedBy)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, "Primera versió", LAIA),
              org.assertj.core.groups.Tuple.tuple(2, "Segona versió", LAIA),
              org.assertj.core.groups.Tuple.tuple(3, "Corregit per la moderació", JORDI));
      assertThat(scene.platform.communityQueries().auditTrail(JORDI, scene.community.id(), PageRequest.first(100)).items())
          .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.POST_EDITED_BY_MODERATOR));
    }

    @Test
    void reactionsAreOneOfEachPerMember() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Reaccions", "Us agrada?")).thread();
      Post post = scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(1)).posts().items().get(0).post();

      scene.platform.discussions().react(LAIA, post.id(), Reaction.LIKE);
      scene.platform.discussions().react(LAIA, post.id(), Reaction.LIKE);
      scene.platform.discussions().react(LAIA, post.id(), Reaction.HELPFUL);
      scene.platform.discussions().react(JORDI, post.id(), Reaction.LIKE);
      scene.platform.discussions().unreact(JORDI, post.id(), Reaction.THANKS);

      PostView view = scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(1)).posts().items().get(0);
      assertThat(view.reactions()).isEqualTo(Map.of(Reaction.LIKE, 2L, Reaction.HELPFUL, 1L));
      assertThat(view.mine()).containsExactlyInAnyOrder(Reaction.LIKE, Reaction.HELPFUL);
      assertThatThrownBy(() -> scene.platform.discussions().react(PERE, post.id(), Reaction.LIKE))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(scene.events.eventsOf(DiscussionEvent.ReactionAdded.class)).hasSize(3);
    }

    @Test
    void mentionsResolveThroughTheDirectoryAndNotifyTheMentioned() {
      DiscussionThread thread = start(StartThread.discussion(scene.community.id(), "Consulta", "Hola")).thread();
      Post post = published(scene.platform.discussions()
          .reply(LAIA, Reply.to(thread.id(), "Ho sap @jordi, potser també @ningu o `@pere`"))).post();

      assertThat(post.mentions()).containsExactly(JORDI);
      assertThat(scene.notifications.sentTo(JORDI)).singleElement()
          .satisfies(n -> assertThat(n.topic()).isEqualTo(Notification.Topic.MENTION));
      assertThat(scene.notifications.sentTo(PERE)).isEmpty();
    }
  }

  @Nested
  class Questions {

    @Test
    void theAskerOrAnEModeratorAcceptsAnAnswerAndMayChangeIt() {
      DiscussionThread question = start(StartThread.question(scene.community.id(), "Com es deriva un cas?", "Dubte", Set.of("derivació")))
          .thread();
      Post first = reply(question, "Amb el formulari A").post();
      Post second = published(scene.platform.discussions().reply(JORDI, Reply.to(question.id(), "Amb el formulari B"))).post();
      assertThat(scene.platform.discussionQueries().threads(LAIA,
          new ThreadSearch(scene.community.id(), ThreadOrder.UNANSWERED, PageRequest.first(5))).items()).hasSize(1);

      assertThatThrownBy(() -> scene.platform.discussions().acceptAnswer(LAIA, question.id(), first.id()))
          .isInstanceOf(AccessDeniedException.class);
      DiscussionThread answered = scene.platform.discussions().acceptAnswer(MARTA, question.id(), first.id());
      assertThat(answered.acceptedAnswer()).contains(first.id());
      DiscussionThread changed = scene.platform.discussions().acceptAnswer(JORDI, question.id(), second.id());
      assertThat(changed.acceptedAnswer()).contains(second.id());
      assertThatThrownBy(() -> scene.platform.discussions().acceptAnswer(MARTA, question.id(), question.openingPost()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("answer"));
      assertThat(scene.platform.discussionQueries().threads(LAIA,
          new ThreadSearch(scene.community.id(), ThreadOrder.UNANSWERED, PageRequest.first(5))).items()).isEmpty();
      assertThat(scene.events.eventsOf(DiscussionEvent.AnswerAccepted.class)).extracting(DiscussionEvent.AnswerAccepted::answerer)
          .containsExactly(LAIA, JORDI);
    }

    @Test
    void aCommentOnTheQuestionNestsUnderItsOpeningPostAndIsNoAnswer() {
      DiscussionThread question = start(StartThread.question(scene.community.id(), "Quin termini?", "Dubte", Set.of("terminis")))
          .thread();
      scene.clock.advance(Duration.ofMinutes(1));
      Post comment = published(scene.platform.discussions().reply(JORDI,
          new Reply(question.id(), Optional.of(question.openingPost()), "Per a quin tipus de cas?"))).post();

      assertThat(comment.inReplyTo()).contains(question.openingPost());
      assertThatThrownBy(() -> scene.platform.discussions().acceptAnswer(MARTA, question.id(), comment.id()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("answer"));
      assertThatThrownBy(() -> scene.platform.discussions().reply(LAIA, new Reply(question.id(), Optional.of(comment.id()), "Penal")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inReplyTo"));
      assertThat(scene.platform.discussionQueries().threads(LAIA,
          new ThreadSearch(scene.community.id(), ThreadOrder.UNANSWERED, PageRequest.first(5))).items())
          .extracting(DiscussionThread::id).containsExactly(question.id());
    }

    @Test
    void onlyQuestionsHaveAnswers() {
      DiscussionThread discussion = start(StartThread.discussion(scene.community.id(), "Debat", "Opinions")).thread();
      Post post = reply(discussion, "La meva").post();
      assertThatThrownBy(() -> scene.platform.discussions().acceptAnswer(MARTA, discussion.id(), post.id()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("thread"));
    }
  }
}
