package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;

import java.util.List;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * A post or thread that is not published (held for review, or hidden by a decision) is read only
 * by its author and by those who may moderate the community: e-moderators and administrators.
 * For every other member, even a CORE one, it is missing, exactly like an ID that does not exist.
 */
class UnpublishedPostsStayWithAuthorAndModeratorsTest {

  /** Pre-moderated: Oriol, the newcomer, and Laia have their first post held. */
  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, ModerationPolicy.DEFAULT);
  private final DiscussionThread thread = ((PostOutcome.Published) scene.platform.discussions()
      .start(JORDI, StartThread.discussion(scene.community.id(), "Protocol", "Comentaris benvinguts"))).thread();

  @Test
  void aHeldReplyIsMissingForOtherMembersAndThereForItsAuthorAndModerators() {
    Post held = ((PostOutcome.Held) scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "La primera"))).post();

    for (MemberId other : List.of(MARTA, LAIA, PERE)) {
      assertMissing(() -> scene.platform.discussionQueries().revisions(other, held.id()));
      assertMissing(() -> scene.platform.discussions().react(other, held.id(), Reaction.LIKE));
      assertMissing(() -> scene.platform.discussions().edit(other, new EditPost(held.id(), held.version(), "Meu", "")));
    }
    for (MemberId reader : List.of(ORIOL, JORDI, NURIA)) {
      assertThat(scene.platform.discussionQueries().revisions(reader, held.id())).as(reader + " reads it")
          .singleElement().satisfies(revision -> assertThat(revision.body()).isEqualTo("La primera"));
    }
    assertThat(scene.platform.discussions().edit(ORIOL, new EditPost(held.id(), held.version(), "La primera, millor", "typo")).body())
        .isEqualTo("La primera, millor");
  }

  @Test
  void aHiddenReplyIsMissingForOtherMembersAndThereForItsAuthorAndModerators() {
    Post reply = ((PostOutcome.Published) scene.platform.discussions().reply(MARTA, Reply.to(thread.id(), "Visible"))).post();
    scene.platform.moderation().flag(LAIA, new org.copkit.api.moderation.RaiseFlag(scene.community.id(),
        new org.copkit.api.moderation.ModerationSubject.OfPost(reply.id()), org.copkit.api.moderation.FlagReason.SPAM, ""));
    ReviewItem item = scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(10)).items().get(0);
    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Reject("publicitat")));
    assertThat(scene.storage.posts().find(reply.id()).orElseThrow().state()).isEqualTo(PostState.HIDDEN);

    for (MemberId other : List.of(LAIA, ORIOL, PERE)) {
      assertMissing(() -> scene.platform.discussionQueries().revisions(other, reply.id()));
      assertMissing(() -> scene.platform.discussions().react(other, reply.id(), Reaction.LIKE));
    }
    for (MemberId reader : List.of(MARTA, JORDI, NURIA)) {
      assertThat(scene.platform.discussionQueries().revisions(reader, reply.id())).as(reader + " reads it").hasSize(1);
    }
  }

  @Test
  void aHeldThreadIsMissingForOtherMembersEvenInTheCoreAndThereForItsAuthorAndModerators() {
    DiscussionThread held = ((PostOutcome.Held) scene.platform.discussions()
        .start(ORIOL, StartThread.discussion(scene.community.id(), "Dubte", "Com es fa?"))).thread();

    for (MemberId other : List.of(MARTA, LAIA, PERE)) {
      assertMissing(() -> scene.platform.discussionQueries().thread(other, held.id(), PageRequest.first(10)));
      assertMissing(() -> scene.platform.discussionQueries().revisions(other, held.openingPost()));
      assertMissing(() -> scene.platform.discussions().reply(other, Reply.to(held.id(), "Jo també")));
    }
    for (MemberId reader : List.of(ORIOL, JORDI, NURIA)) {
      assertThat(scene.platform.discussionQueries().thread(reader, held.id(), PageRequest.first(10)).posts().items())
          .as(reader + " reads it").extracting(view -> view.post().id()).containsExactly(held.openingPost());
      assertThat(scene.platform.discussionQueries().revisions(reader, held.openingPost())).hasSize(1);
    }
  }

  @Test
  void aPublishedPostIsReadByEveryMember() {
    Post reply = ((PostOutcome.Published) scene.platform.discussions().reply(MARTA, Reply.to(thread.id(), "Per a tothom"))).post();

    for (MemberId reader : List.of(MARTA, LAIA, ORIOL, PERE, JORDI, NURIA)) {
      assertThat(scene.platform.discussionQueries().revisions(reader, reply.id())).as(reader + " reads it").hasSize(1);
    }
  }

  private static void assertMissing(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
  }
}
