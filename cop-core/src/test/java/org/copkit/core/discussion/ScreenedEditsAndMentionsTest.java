package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.moderation.ModerationRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Edits and titles pass the moderation rules as new posts do; mentions reach only those who may read. */
class ScreenedEditsAndMentionsTest {

  /** Holds, for an e-moderator to look at, whatever speaks of a "sentència". */
  private static final ModerationRule HOLDS_RULINGS = new ModerationRule() {
    @Override
    public String name() {
      return "rulings";
    }

    @Override
    public Verdict review(Draft draft) {
      return draft.text().contains("sentència") ? new Verdict.Hold("rulings are checked first") : Verdict.PUBLISH;
    }
  };

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, ConversationScene.UNMODERATED,
      ModerationRules.bannedTerms(Set.of("imbècil")), HOLDS_RULINGS);

  private DiscussionThread thread() {
    return ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(scene.community.id(), "Debat", "Obert"))).thread();
  }

  private Post reply(DiscussionThread thread, String body) {
    return ((PostOutcome.Published) scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), body))).post();
  }

  @Nested
  class Titles {

    @Test
    void aTitleWithABannedTermIsRejectedAndNothingIsStored() {
      PostOutcome outcome = scene.platform.discussions()
          .start(LAIA, StartThread.discussion(scene.community.id(), "Quin imbècil", "Res a dir"));

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Rejected.class, r -> assertThat(r.rule()).isEqualTo("banned-terms"));
      assertThat(scene.platform.discussionQueries()
          .threads(JORDI, new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void aTitleARuleHoldsQueuesTheThread() {
      PostOutcome outcome = scene.platform.discussions()
          .start(LAIA, StartThread.discussion(scene.community.id(), "La sentència d'ahir", "Què en penseu?"));

      assertThat(outcome).isInstanceOf(PostOutcome.Held.class);
      assertThat(scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(10)).items())
          .hasSize(1);
    }
  }

  @Nested
  class Edits {

    @Test
    void anEditWithABannedTermIsRefusedAndChangesNothing() {
      DiscussionThread thread = thread();
      Post reply = reply(thread, "Bona idea");

      assertThatThrownBy(() -> scene.platform.discussions()
          .edit(LAIA, new EditPost(reply.id(), reply.version(), "Bona idea, imbècil", "")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.getMessage()).contains("banned-terms");
          });
      assertThat(postsSeenBy(MARTA, thread)).extracting(Post::body).containsExactlyInAnyOrder("Obert", "Bona idea");
      assertThat(scene.platform.discussionQueries().revisions(LAIA, reply.id())).hasSize(1);
    }

    @Test
    void anEditARuleHoldsLeavesTheReadersUntilAnEModeratorApprovesIt() {
      DiscussionThread thread = thread();
      Post reply = reply(thread, "Bona idea");

      Post edited = scene.platform.discussions()
          .edit(LAIA, new EditPost(reply.id(), reply.version(), "Bona idea, com diu la sentència", ""));

      assertThat(edited.state()).isEqualTo(PostState.HELD);
      assertThat(postsSeenBy(MARTA, thread)).extracting(Post::body).containsExactly("Obert");
      assertThat(threadAsSeenBy(MARTA, thread).replies()).isZero();
      ReviewItem item = scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(10))
          .items().get(0);
      assertThat(item.subject()).isEqualTo(new ModerationSubject.OfPost(reply.id()));

      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));

      assertThat(postsSeenBy(MARTA, thread)).extracting(Post::body)
          .containsExactlyInAnyOrder("Obert", "Bona idea, com diu la sentència");
      assertThat(threadAsSeenBy(MARTA, thread).replies()).isEqualTo(1);
    }

    @Test
    void anEditedOpeningPostIsScreenedToo() {
      PostOutcome.Published opened = (PostOutcome.Published) scene.platform.discussions()
          .start(LAIA, StartThread.discussion(scene.community.id(), "Dubte", "Com ho feu?"));

      Post edited = scene.platform.discussions()
          .edit(LAIA, new EditPost(opened.post().id(), opened.post().version(), "Com ho feu després de la sentència?", ""));

      assertThat(edited.state()).isEqualTo(PostState.HELD);
      assertThat(scene.platform.discussionQueries()
          .threads(MARTA, new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(10))).items())
          .as("the thread waits with its opening post").isEmpty();
    }

    @Test
    void anEModeratorsEditIsNotScreened() {
      DiscussionThread thread = thread();
      Post reply = reply(thread, "Bona idea");

      Post edited = scene.platform.discussions()
          .edit(JORDI, new EditPost(reply.id(), reply.version(), "Segons la sentència, bona idea", "precisió"));

      assertThat(edited.state()).isEqualTo(PostState.PUBLISHED);
    }
  }

  @Nested
  class Mentions {

    @Test
    void onlyMembersWhoMayReadThePostAreNotified() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      secret.platform.discussions().start(MARTA,
          StartThread.discussion(secret.community.id(), "Cas confidencial", "@laia @xavier mireu això"));
      secret.platform.discussions().start(MARTA, new StartThread(secret.community.id(), ThreadKind.DISCUSSION, Audience.CORE,
          "Només el grup", "@laia @pere @jordi esborrany", Set.of()));

      assertThat(secret.notifications.sentTo(LAIA)).as("a participant, for the whole community only")
          .singleElement().satisfies(n -> assertThat(n.text()).contains("mireu"));
      assertThat(secret.notifications.sentTo(XAVIER)).as("not a member").isEmpty();
      assertThat(secret.notifications.sentTo(PERE)).as("an observer, for the working group's thread").isEmpty();
      assertThat(secret.notifications.sentTo(JORDI)).extracting(Notification::topic)
          .containsExactly(Notification.Topic.MENTION);
      assertThat(secret.notifications.sent()).extracting(Notification::recipient).containsOnly(LAIA, JORDI);
    }

    @Test
    void anEditThatMentionsAnOutsiderTellsThemNothing() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      Post opening = ((PostOutcome.Published) secret.platform.discussions().start(MARTA,
          StartThread.discussion(secret.community.id(), "Cas confidencial", "Mireu això"))).post();

      secret.platform.discussions().edit(MARTA, new EditPost(opening.id(), opening.version(), "Mireu això @xavier @laia", ""));

      assertThat(secret.notifications.sent()).extracting(Notification::recipient).containsExactly(LAIA);
    }
  }

  private java.util.List<Post> postsSeenBy(org.copkit.api.shared.MemberId reader, DiscussionThread thread) {
    return scene.platform.discussionQueries().thread(reader, thread.id(), PageRequest.first(10)).posts().items().stream()
        .map(PostView::post).toList();
  }

  private DiscussionThread threadAsSeenBy(org.copkit.api.shared.MemberId reader, DiscussionThread thread) {
    return scene.platform.discussionQueries().thread(reader, thread.id(), PageRequest.first(10)).thread();
  }
}
