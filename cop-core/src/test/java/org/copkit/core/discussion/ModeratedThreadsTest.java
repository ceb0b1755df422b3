package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * What e-moderators do to threads, as their callers see it: each change of a thread's status or pin
 * comes back as the thread now is, a member who may not make it is told which one was refused, a
 * reply names only a post of its own thread, and what moderation hides leaves the feed.
 */
class ModeratedThreadsTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED,
      new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100));
  private final CommunityId community = scene.community.id();

  private PostOutcome.Published question(String title) {
    return (PostOutcome.Published) scene.platform.discussions().start(MARTA,
        StartThread.question(community, title, "Com ho fem, " + title + "?", Set.of()));
  }

  @Test
  void eachChangeOfStatusOrPinComesBackAsTheThreadNowIs() {
    DiscussionThread thread = question("Terminis").thread();
    var discussions = scene.platform.discussions();

    assertThat(discussions.changeStatus(JORDI, thread.id(), new ThreadStatusChange.Lock("Debat tancat")).status())
        .isInstanceOfSatisfying(ThreadStatus.Locked.class, s -> assertThat(s.reason()).isEqualTo("Debat tancat"));
    assertThat(discussions.changeStatus(JORDI, thread.id(), new ThreadStatusChange.Close("Resolta")).status())
        .isInstanceOfSatisfying(ThreadStatus.Closed.class, s -> assertThat(s.by()).isEqualTo(JORDI));
    assertThat(discussions.changeStatus(JORDI, thread.id(), new ThreadStatusChange.Reopen()).status())
        .isEqualTo(new ThreadStatus.Open());
    assertThat(discussions.pin(JORDI, thread.id(), true).pinned()).isTrue();
    assertThat(discussions.pin(JORDI, thread.id(), false).pinned()).isFalse();
  }

  @Test
  void aMemberWhoMayNotPinIsToldWhichChangeWasRefused() {
    DiscussionThread thread = question("Agenda").thread();

    assertThatThrownBy(() -> scene.platform.discussions().pin(LAIA, thread.id(), true))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("pin threads");
    assertThatThrownBy(() -> scene.platform.discussions().pin(LAIA, thread.id(), false))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("unpin threads");
  }

  @Test
  void aReplyToAPostOfAnotherThreadIsRefusedNamingTheField() {
    PostOutcome.Published first = question("Primera");
    Post elsewhere = ((PostOutcome.Published) scene.platform.discussions().reply(LAIA,
        Reply.to(first.thread().id(), "Resposta a la primera"))).post();
    DiscussionThread second = question("Segona").thread();

    assertThatThrownBy(() -> scene.platform.discussions().reply(ORIOL,
        new Reply(second.id(), Optional.of(elsewhere.id()), "Resposta creuada")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inReplyTo"));
    assertThat(scene.platform.discussionQueries().thread(ORIOL, second.id(), org.copkit.api.shared.PageRequest.first(10))
        .thread().replies()).isZero();
  }

  @Test
  void aThreadWhoseOpeningPostModerationHidesLeavesTheFeed() {
    PostOutcome.Published question = question("Inapropiada");
    ActivityId activity = new ActivityId(question.thread().id().value());
    assertThat(scene.platform.feed().feed(LAIA, FeedQuery.first(20)).items()).extracting(FeedItem::activity)
        .contains(activity);

    scene.platform.moderation().flag(LAIA, new RaiseFlag(community,
        new ModerationSubject.OfPost(question.post().id()), FlagReason.INAPPROPRIATE, "No és el lloc"));

    assertThat(scene.platform.feed().feed(ORIOL, FeedQuery.first(20)).items()).extracting(FeedItem::activity)
        .doesNotContain(activity);
  }
}
