package org.copkit.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemorySearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What moderation does to a post or a thread reaches the search index of every node, not only the
 * check of each hit against the storage: a post held, published after review (as it was or edited),
 * or hidden is indexed in its new state, and a thread moved to another community is indexed there,
 * its review items following it. Read on the index port of a second node, which learns of the changes
 * through the change log only.
 */
class SearchFollowsModerationTest {

  /** Holds every post that asks for a review. */
  private static final class HoldsWhatAsksForReview implements ModerationRule {
    @Override
    public String name() {
      return "holds-revisar";
    }

    @Override
    public Verdict review(Draft draft) {
      return draft.body().contains("revisar") ? new Verdict.Hold("demana revisió") : Verdict.PUBLISH;
    }
  }

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED,
      new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100), new HoldsWhatAsksForReview());
  private final CommunityId community = scene.community.id();
  private final InMemorySearchIndex index = InMemorySearchIndex.create();
  private final CopPlatform node = CopPlatform.builder().storage(scene.storage).directory(scene.directory)
      .clock(scene.clock).discoverModerationRules(false).searchIndex(index).build();
  /** What Laia, a member who moderates nothing, may see. */
  private final SearchAccess laia = new SearchAccess(false, Optional.of(LAIA), Set.of(community), Set.of(), Set.of());

  @AfterEach
  void closeNode() {
    node.close();
  }

  /** @return the IDs the second node's index gives for the words, once it caught up */
  private List<String> indexed(SearchAccess access, String words, Set<CommunityId> communities) {
    node.search().search(NURIA, SearchQuery.of("qualsevol"));
    return index.query(new IndexQuery(words, access, communities, Set.of(), Set.of(), Set.of(), Optional.empty(),
        Optional.empty(), 0, 10, 0)).hits().stream().map(IndexHit::id).toList();
  }

  private PostOutcome.Published question(String title) {
    return (PostOutcome.Published) scene.platform.discussions().start(MARTA,
        StartThread.question(community, title, "Com ho fem, " + title + "?", Set.of()));
  }

  private ReviewItem onlyItemInQueue(CommunityId of) {
    return scene.platform.moderationQueries().queue(JORDI, of, PageRequest.first(10)).items().get(0);
  }

  @Test
  void aHeldReplyIsIndexedForItsAuthorOnlyThenForEveryoneOnceApproved() {
    PostOutcome.Published question = question("Terminis");
    PostOutcome held = scene.platform.discussions().reply(ORIOL, Reply.to(question.thread().id(),
        "Cal revisar els terminis de resposta"));
    assertThat(held).isInstanceOf(PostOutcome.Held.class);
    String id = ((PostOutcome.Held) held).post().id().toString();
    assertThat(indexed(SearchAccess.all(), "terminis resposta", Set.of())).contains(id);
    assertThat(indexed(laia, "resposta", Set.of())).isEmpty();

    ReviewItem item = onlyItemInQueue(community);
    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));

    assertThat(indexed(laia, "resposta", Set.of())).containsExactly(id);
  }

  @Test
  void aReplyEditedAndApprovedIsIndexedWithItsNewText() {
    PostOutcome.Published question = question("Actes");
    PostOutcome.Held held = (PostOutcome.Held) scene.platform.discussions().reply(ORIOL, Reply.to(question.thread().id(),
        "Cal revisar aquest model d'acta"));
    ReviewItem item = onlyItemInQueue(community);

    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(),
        new Decision.EditAndApprove("Aquí teniu un model d'acta completat", "Sense dades personals")));

    assertThat(indexed(laia, "completat", Set.of())).containsExactly(held.post().id().toString());
  }

  @Test
  void aPublishedReplyEditedIntoAReviewIsIndexedAsHeldUntilDecided() {
    PostOutcome.Published question = question("Sales");
    Post reply = ((PostOutcome.Published) scene.platform.discussions().reply(ORIOL, Reply.to(question.thread().id(),
        "La sala dos és lliure"))).post();
    assertThat(indexed(laia, "sala", Set.of())).containsExactly(reply.id().toString());

    scene.platform.discussions().edit(ORIOL, new EditPost(reply.id(), reply.version(),
        "La sala dos és lliure, però cal revisar-ho", "precisió"));

    assertThat(indexed(laia, "sala", Set.of())).as("held: not for Laia").isEmpty();
    assertThat(indexed(new SearchAccess(false, Optional.of(ORIOL), Set.of(community), Set.of(), Set.of()), "sala",
        Set.of())).as("but for its author").containsExactly(reply.id().toString());
  }

  @Test
  void aReplyModerationHidesIsIndexedAsHidden() {
    PostOutcome.Published question = question("Agenda");
    Post reply = ((PostOutcome.Published) scene.platform.discussions().reply(ORIOL, Reply.to(question.thread().id(),
        "Un comentari fora de lloc"))).post();
    assertThat(indexed(laia, "comentari", Set.of())).containsExactly(reply.id().toString());

    scene.platform.moderation().flag(LAIA, new RaiseFlag(community, new ModerationSubject.OfPost(reply.id()),
        FlagReason.INAPPROPRIATE, "No és el lloc"));

    assertThat(indexed(laia, "comentari", Set.of())).isEmpty();
  }

  @Test
  void aThreadMovedToAnotherCommunityIsIndexedThereAndItsReviewItemsFollowIt() {
    PostOutcome.Published question = question("Trasllat");
    PostOutcome.Held held = (PostOutcome.Held) scene.platform.discussions().reply(ORIOL, Reply.to(
        question.thread().id(), "Cal revisar on va aquest fil"));
    CommunityId target = scene.platform.lifecycle().create(NURIA,
        new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.CLOSED)).id();
    assertThat(indexed(SearchAccess.all(), "trasllat", Set.of(target))).isEmpty();

    scene.platform.discussions().move(NURIA, question.thread().id(), target, "Hi encaixa millor");

    assertThat(indexed(SearchAccess.all(), "trasllat", Set.of(target))).contains(question.thread().id().toString());
    assertThat(indexed(SearchAccess.all(), "trasllat", Set.of(community))).isEmpty();
    assertThat(scene.platform.moderationQueries().queue(NURIA, target, PageRequest.first(10)).items())
        .extracting(ReviewItem::subject).containsExactly(new ModerationSubject.OfPost(held.post().id()));
    assertThat(scene.platform.moderationQueries().queue(NURIA, community, PageRequest.first(10)).items()).isEmpty();
  }
}
