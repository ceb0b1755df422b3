package org.copkit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * A flag names a subject of the community it is raised in, which the flagger may read: a post,
 * thread, knowledge item or comment of another community, and a post that waits for an
 * e-moderator (for anyone but its author and the e-moderators), are missing for the flagger
 * exactly as an ID that was never used — the same exception, naming only what they gave — and
 * leave no flag, no review item, no audit entry and no event behind.
 *
 * <p>The scene: Jordi, e-moderator of both communities; Marta, CORE; Laia and Oriol,
 * participants of the first community only; the second community is SECRET.
 */
class FlagsOnlyWhatTheFlaggerMayReadTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED, ModerationPolicy.DEFAULT);
  private final CommunityId community = scene.community.id();
  private final Community secret = scene.platform.lifecycle().create(JORDI,
      new CommunityDetails("Justícia juvenil", "Mediació amb menors", "", Visibility.SECRET));

  private Flag flag(MemberId flagger, ModerationSubject subject) {
    return scene.platform.moderation().flag(flagger, new RaiseFlag(community, subject, FlagReason.INAPPROPRIATE, ""));
  }

  /** The flag is refused as for a subject that does not exist. */
  private void missing(MemberId flagger, ModerationSubject subject) {
    assertThatThrownBy(() -> flag(flagger, subject)).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.kind()).isEqualTo(subject.kind());
      assertThat(e.id()).isEqualTo(subject.idText());
      assertThat(e.getMessage()).isEqualTo(subject.kind() + " " + subject.idText() + " was not found");
    });
  }

  private List<ReviewItem> queue() {
    return scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(50)).items();
  }

  private List<AuditAction> audited() {
    return scene.platform.communityQueries().auditTrail(JORDI, community, PageRequest.first(100)).items().stream()
        .map(entry -> entry.action()).toList();
  }

  private KnowledgeItem pill(CommunityId where) {
    return scene.platform.knowledgeBase().create(JORDI, new CreateItem(where, KnowledgeKind.PILL, Audience.COMMUNITY,
        new KnowledgeContent("Primera entrevista", "Escoltar abans de proposar", "", Set.of(), Set.of()), ""));
  }

  @Test
  void aSubjectOfAnotherCommunityIsMissingLikeAnUnusedIdAndLeavesNothing() {
    PostOutcome.Published elsewhere = (PostOutcome.Published) scene.platform.discussions()
        .start(JORDI, StartThread.discussion(secret.id(), "Cas reservat", "Només per a l'equip de menors"));
    KnowledgeItem item = pill(secret.id());
    ItemComment comment = scene.platform.knowledgeFeedback().comment(JORDI, CommentOnItem.on(item.id(), "Revisat amb la fiscalia"));
    int events = scene.events.events().size();

    for (MemberId flagger : List.of(LAIA, JORDI)) {
      missing(flagger, new ModerationSubject.OfPost(elsewhere.post().id()));
      missing(flagger, new ModerationSubject.OfThread(elsewhere.thread().id()));
      missing(flagger, new ModerationSubject.OfKnowledgeItem(item.id()));
      missing(flagger, new ModerationSubject.OfItemComment(comment.id()));
    }
    missing(LAIA, new ModerationSubject.OfPost(PostId.random()));
    missing(LAIA, new ModerationSubject.OfThread(ThreadId.random()));
    missing(LAIA, new ModerationSubject.OfKnowledgeItem(KnowledgeItemId.random()));
    missing(LAIA, new ModerationSubject.OfItemComment(ItemCommentId.random()));

    assertThat(queue()).isEmpty();
    assertThat(scene.platform.moderationQueries().queue(JORDI, secret.id(), PageRequest.first(50)).items()).isEmpty();
    assertThat(scene.storage.flags().countRaisedSince(LAIA, java.time.Instant.EPOCH)).isZero();
    assertThat(scene.storage.flags().countRaisedSince(JORDI, java.time.Instant.EPOCH)).isZero();
    assertThat(audited()).doesNotContain(AuditAction.FLAG_RAISED);
    assertThat(scene.events.events().subList(events, scene.events.events().size())).isEmpty();
  }

  @Test
  void theSameSubjectsInTheirOwnCommunityAreFlagged() {
    KnowledgeItem item = pill(community);
    ItemComment comment = scene.platform.knowledgeFeedback().comment(MARTA, CommentOnItem.on(item.id(), "Molt clar"));
    PostOutcome.Published thread = (PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(community, "Protocol", "Comentaris benvinguts"));

    flag(LAIA, new ModerationSubject.OfThread(thread.thread().id()));
    flag(LAIA, new ModerationSubject.OfKnowledgeItem(item.id()));
    flag(LAIA, new ModerationSubject.OfItemComment(comment.id()));

    assertThat(queue()).extracting(ReviewItem::subject).containsExactlyInAnyOrder(
        new ModerationSubject.OfThread(thread.thread().id()), new ModerationSubject.OfKnowledgeItem(item.id()),
        new ModerationSubject.OfItemComment(comment.id()));
    assertThat(scene.events.eventsOf(ModerationEvent.FlagRaised.class)).hasSize(3);
  }

  @Test
  void aPostThatWaitsForAnEModeratorIsFlaggedOnlyByItsAuthorAndTheEModerators() {
    DiscussionThread thread = ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(community, "Protocol", "Comentaris benvinguts"))).thread();
    Post held = ((PostOutcome.Held) scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "La meva primera aportació")))
        .post();
    ModerationSubject subject = new ModerationSubject.OfPost(held.id());
    int events = scene.events.events().size();

    missing(MARTA, subject);
    missing(ORIOL, subject);

    assertThat(scene.events.events().subList(events, scene.events.events().size())).isEmpty();
    assertThat(queue()).singleElement().satisfies(item -> assertThat(item.flags()).isZero());

    assertThat(flag(LAIA, subject).subject()).isEqualTo(subject);
    assertThat(flag(JORDI, subject).subject()).isEqualTo(subject);
    assertThat(queue()).singleElement().satisfies(item -> assertThat(item.flags()).isEqualTo(2));
  }
}
