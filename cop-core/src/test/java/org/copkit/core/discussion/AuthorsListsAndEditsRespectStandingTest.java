package org.copkit.core.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * The list of someone's posts shows the working group's posts and unpublished ones only to their
 * author and to administrators; an author edits their own post only while they may write there.
 */
class AuthorsListsAndEditsRespectStandingTest {

  /** Pre-moderated: Oriol's first post is held. */
  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, ModerationPolicy.DEFAULT);

  @Test
  void workingGroupPostsAreListedOnlyForTheirAuthorAndAdministrators() {
    StartThread forCore = new StartThread(scene.community.id(), org.copkit.api.discussion.ThreadKind.DISCUSSION,
        Audience.CORE, "Només el grup", "Esborrany intern", java.util.Set.of());
    Post core = ((PostOutcome.Published) scene.platform.discussions().start(MARTA, forCore)).post();
    Post open = ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(scene.community.id(), "Per a tothom", "Obert"))).post();

    assertThat(postsBy(LAIA, MARTA)).containsExactly(open.id().toString());
    assertThat(postsBy(MARTA, MARTA)).containsExactlyInAnyOrder(open.id().toString(), core.id().toString());
    assertThat(postsBy(NURIA, MARTA)).containsExactlyInAnyOrder(open.id().toString(), core.id().toString());
  }

  @Test
  void heldPostsAreListedOnlyForTheirAuthorAndAdministrators() {
    Post held = ((PostOutcome.Held) scene.platform.discussions()
        .start(ORIOL, StartThread.discussion(scene.community.id(), "Dubte", "Com es fa?"))).post();

    assertThat(postsBy(LAIA, ORIOL)).isEmpty();
    assertThat(postsBy(ORIOL, ORIOL)).containsExactly(held.id().toString());
    assertThat(postsBy(NURIA, ORIOL)).containsExactly(held.id().toString());
  }

  @Test
  void aMutedAuthorMayNotEditTheirPostButAnEModeratorMay() {
    Post post = ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(scene.community.id(), "Tema", "Primer text"))).post();
    scene.platform.moderation().mute(JORDI, new MuteMember(scene.community.id(), MARTA, Duration.ofDays(1), "calma"));

    assertThatThrownBy(() -> scene.platform.discussions().edit(MARTA, new EditPost(post.id(), post.version(), "Segon", "")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(scene.storage.posts().find(post.id()).orElseThrow().body()).isEqualTo("Primer text");
    assertThat(scene.platform.discussions().edit(JORDI, new EditPost(post.id(), post.version(), "Moderat", "to")).body())
        .isEqualTo("Moderat");
  }

  @Test
  void anAuthorWhoBecameAnObserverMayNotEditTheirPost() {
    Post post = ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(scene.community.id(), "Tema", "Primer text"))).post();
    scene.promote(MARTA, Tier.OBSERVER);

    assertThatThrownBy(() -> scene.platform.discussions().edit(MARTA, new EditPost(post.id(), post.version(), "Segon", "")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(scene.storage.posts().find(post.id()).orElseThrow().body()).isEqualTo("Primer text");
  }

  private java.util.List<String> postsBy(MemberId reader, MemberId author) {
    return scene.platform.discussionQueries().postsBy(reader, author, PageRequest.first(20)).items().stream()
        .map(p -> p.id().toString()).toList();
  }
}
