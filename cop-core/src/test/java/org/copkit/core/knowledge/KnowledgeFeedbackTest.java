package org.copkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.FeedbackSummary;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeFeedback;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.knowledge.Review;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * Feedback on knowledge items through the platform: members who write in the community rate the
 * latest revision (one rating per member and revision, replaced on a second), mark items helpful
 * once, and comment in one thread per item; observers and readers of an OPEN community only read;
 * outputs take feedback once published, and the assessment records it; reads are counted per
 * revision; an item the actor may not read is missing exactly as an unused ID, and bad input
 * changes nothing.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia, an expert participant; Oriol, a participant;
 * Pere, an observer; Xavier, an outsider; Núria, an administrator.
 */
class KnowledgeFeedbackTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final KnowledgeFeedback feedback = scene.platform.knowledgeFeedback();
  private final CommunityId community = scene.community.id();

  KnowledgeFeedbackTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private static KnowledgeContent content(String title) {
    return new KnowledgeContent(title, "Pas 1: **escoltar**.", "", Set.of("mediació"), Set.of());
  }

  private KnowledgeItem pill(Audience audience) {
    return scene.platform.knowledgeBase().create(audience == Audience.CORE ? JORDI : LAIA,
        new CreateItem(community, KnowledgeKind.PILL, audience, content("Primer contacte"), ""));
  }

  private static void missing(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NotFoundException.class).hasMessageContaining("knowledge item");
  }

  @Test
  void membersRateTheLatestRevisionOnceEachAndARatingAgainReplacesTheirs() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);

    Rating first = feedback.rate(ORIOL, new RateItem(pill.id(), 1, 2));
    scene.clock.advance(Duration.ofMinutes(1));
    Rating again = feedback.rate(ORIOL, new RateItem(pill.id(), 1, 5));
    feedback.rate(MARTA, new RateItem(pill.id(), 1, 4));

    assertThat(first.stars()).isEqualTo(2);
    assertThat(again.at()).isAfter(first.at());
    FeedbackSummary summary = feedback.summary(ORIOL, pill.id());
    assertThat(summary.latest().count()).as("one rating per member and revision").isEqualTo(2);
    assertThat(summary.latest().count(5)).isEqualTo(1);
    assertThat(summary.latest().average()).isEqualTo(4.5);
    assertThat(summary.myRating()).contains(5);
    assertThat(feedback.summary(PERE, pill.id()).myRating()).isEmpty();

    KnowledgeItem edited = scene.platform.knowledgeBase().edit(LAIA, new EditItem(pill.id(), 1, content("Primer contacte (2)"), "nou"));
    assertThatThrownBy(() -> feedback.rate(ORIOL, new RateItem(pill.id(), 1, 3)))
        .as("a rating names the revision read: the latest")
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
    feedback.rate(ORIOL, new RateItem(pill.id(), edited.revision(), 3));
    FeedbackSummary later = feedback.summary(ORIOL, pill.id());
    assertThat(later.revision()).isEqualTo(2);
    assertThat(later.latest().count()).isEqualTo(1);
    assertThat(later.allRevisions().count()).isEqualTo(3);
    assertThat(later.myRating()).contains(3);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);

    assertThatThrownBy(() -> new RateItem(pill.id(), 1, 6)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("stars"));
    assertThatThrownBy(() -> new RateItem(pill.id(), 1, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new RateItem(pill.id(), 0, 3)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("revision"));
    assertThatThrownBy(() -> CommentOnItem.on(pill.id(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("body"));
    assertThatThrownBy(() -> CommentOnItem.on(pill.id(), "x".repeat(ItemComment.MAX_BODY + 1)))
        .isInstanceOf(InvalidInputException.class);
    KnowledgeItem other = pill(Audience.COMMUNITY);
    ItemComment elsewhere = feedback.comment(ORIOL, CommentOnItem.on(other.id(), "Molt útil"));
    assertThatThrownBy(() -> feedback.comment(ORIOL, new CommentOnItem(pill.id(), Optional.of(elsewhere.id()), "Sí")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inReplyTo"));
    assertThatThrownBy(() -> feedback.comment(ORIOL, new CommentOnItem(pill.id(), Optional.of(ItemCommentId.random()), "Sí")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> feedback.rate(ORIOL, null)).isInstanceOf(InvalidInputException.class);

    FeedbackSummary summary = feedback.summary(ORIOL, pill.id());
    assertThat(summary.comments()).isZero();
    assertThat(summary.allRevisions().count()).isZero();
  }

  @Test
  void membersMarkAnItemHelpfulOnceEachAndMayTakeItBack() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);

    assertThat(feedback.markHelpful(ORIOL, pill.id())).isTrue();
    assertThat(feedback.markHelpful(ORIOL, pill.id())).isFalse();
    assertThat(feedback.markHelpful(MARTA, pill.id())).isTrue();
    assertThat(feedback.summary(ORIOL, pill.id()).helpful()).isEqualTo(2);
    assertThat(feedback.summary(ORIOL, pill.id()).markedHelpful()).isTrue();
    assertThat(feedback.unmarkHelpful(ORIOL, pill.id())).isTrue();
    assertThat(feedback.unmarkHelpful(ORIOL, pill.id())).isFalse();

    FeedbackSummary summary = feedback.summary(ORIOL, pill.id());
    assertThat(summary.helpful()).isEqualTo(1);
    assertThat(summary.markedHelpful()).isFalse();
  }

  @Test
  void commentsAreOneThreadPerItemOldestFirstRenderedAndSanitizedAsPosts() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);

    ItemComment question = feedback.comment(ORIOL, CommentOnItem.on(pill.id(), "Val també per a **menors**? <script>alert(1)</script>"));
    scene.clock.advance(Duration.ofMinutes(5));
    ItemComment answer = feedback.comment(LAIA, new CommentOnItem(pill.id(), Optional.of(question.id()), "Sí, amb el protocol"));

    assertThat(question.html()).contains("<strong>menors</strong>").doesNotContain("<script");
    assertThat(question.revision()).isEqualTo(1);
    assertThat(answer.inReplyTo()).contains(question.id());
    assertThat(feedback.comments(PERE, pill.id(), PageRequest.first(10)).items()).containsExactly(question, answer);
    assertThat(feedback.summary(PERE, pill.id()).comments()).isEqualTo(2);
    assertThat(scene.events.eventsOf(org.copkit.api.knowledge.KnowledgeEvent.CommentWritten.class))
        .containsExactly(
            new org.copkit.api.knowledge.KnowledgeEvent.CommentWritten(pill.community(), pill.id(), question.id(),
                Optional.of(ORIOL), question.at()),
            new org.copkit.api.knowledge.KnowledgeEvent.CommentWritten(pill.community(), pill.id(), answer.id(),
                Optional.of(LAIA), answer.at()));
  }

  @Test
  void aCommentIsEngagementWithTheItemsActivityInTheFeedAsAReplyIsWithItsThreads() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);
    double before = scoreOf(PERE, pill);

    feedback.comment(ORIOL, CommentOnItem.on(pill.id(), "Molt útil"));

    assertThat(scoreOf(PERE, pill)).isGreaterThan(before);
  }

  private double scoreOf(org.copkit.api.shared.MemberId reader, KnowledgeItem item) {
    return scene.platform.feed().feed(reader, org.copkit.api.feed.FeedQuery.first(50)).items().stream()
        .filter(i -> i.activity().value().equals(item.id().value())).findFirst().orElseThrow().score();
  }

  @Test
  void observersReadFeedbackButGiveNoneAndAnItemTheyMayNotReadIsMissingAsAnUnusedId() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);
    KnowledgeItem core = pill(Audience.CORE);
    KnowledgeItemId unused = KnowledgeItemId.random();

    assertThatThrownBy(() -> feedback.rate(PERE, new RateItem(pill.id(), 1, 4))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> feedback.markHelpful(PERE, pill.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> feedback.comment(PERE, CommentOnItem.on(pill.id(), "Jo també"))).isInstanceOf(AccessDeniedException.class);
    assertThat(feedback.comments(PERE, pill.id(), PageRequest.first(5)).items()).isEmpty();

    for (KnowledgeItemId hidden : List.of(unused, pill.id())) {
      missing(() -> feedback.rate(XAVIER, new RateItem(hidden, 1, 4)));
      missing(() -> feedback.markHelpful(XAVIER, hidden));
      missing(() -> feedback.unmarkHelpful(XAVIER, hidden));
      missing(() -> feedback.comment(XAVIER, CommentOnItem.on(hidden, "Hola")));
      missing(() -> feedback.comments(XAVIER, hidden, PageRequest.first(5)));
      missing(() -> feedback.summary(XAVIER, hidden));
      missing(() -> feedback.read(XAVIER, hidden));
    }
    for (MemberId participant : List.of(ORIOL, LAIA)) {
      missing(() -> feedback.rate(participant, new RateItem(core.id(), 1, 4)));
      missing(() -> feedback.comment(participant, CommentOnItem.on(core.id(), "Hola")));
      missing(() -> feedback.summary(participant, core.id()));
    }
    assertThatThrownBy(() -> feedback.rate(XAVIER, new RateItem(pill.id(), 1, 4)))
        .hasMessage(new NotFoundException("knowledge item", pill.id().toString()).getMessage());

    FeedbackSummary untouched = feedback.summary(JORDI, pill.id());
    assertThat(untouched.allRevisions().count()).isZero();
    assertThat(untouched.helpful()).isZero();
    assertThat(untouched.reach()).isEqualTo(Reach.NONE);
    feedback.rate(MARTA, new RateItem(core.id(), 1, 5));
    assertThat(feedback.summary(NURIA, core.id()).latest().count()).isEqualTo(1);
  }

  @Test
  void aMutedMemberGivesNoFeedbackUntilTheMuteEnds() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);
    scene.platform.moderation().mute(JORDI, new org.copkit.api.moderation.MuteMember(community, ORIOL,
        Duration.ofDays(1), "to de les respostes"));

    assertThatThrownBy(() -> feedback.rate(ORIOL, new RateItem(pill.id(), 1, 1))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> feedback.markHelpful(ORIOL, pill.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> feedback.comment(ORIOL, CommentOnItem.on(pill.id(), "No"))).isInstanceOf(AccessDeniedException.class);
    assertThat(feedback.read(ORIOL, pill.id())).as("a muted member still reads").isEqualTo(pill);

    scene.clock.advance(Duration.ofDays(1).plusMinutes(1));
    assertThat(feedback.rate(ORIOL, new RateItem(pill.id(), 1, 4)).stars()).isEqualTo(4);
  }

  @Test
  void readsAreCountedPerRevisionAsAggregatesOnly() {
    KnowledgeItem pill = pill(Audience.COMMUNITY);

    assertThat(feedback.read(ORIOL, pill.id())).isEqualTo(pill);
    feedback.read(ORIOL, pill.id());
    feedback.read(PERE, pill.id());
    scene.platform.knowledgeBase().edit(LAIA, new EditItem(pill.id(), 1, content("Primer contacte (2)"), "nou"));
    feedback.read(MARTA, pill.id());

    FeedbackSummary summary = feedback.summary(JORDI, pill.id());
    assertThat(summary.reach()).isEqualTo(new Reach(4, 0));
    assertThat(summary.latestReach()).isEqualTo(new Reach(1, 0));
    assertThat(scene.platform.knowledgeQueries().item(ORIOL, pill.id()).revision())
        .as("looking an item up counts nothing").isEqualTo(2);
    assertThat(feedback.summary(JORDI, pill.id()).reach().reads()).isEqualTo(4);
  }

  @Test
  void anOutputTakesFeedbackOncePublishedAndItsAssessmentRecordsIt() {
    scene.promote(LAIA, Tier.CORE);
    Production production = scene.platform.production();
    Output draft = production.startDraft(MARTA, new Production.StartDraft(community, content("Protocol"), ""));
    KnowledgeItemId id = draft.item().id();

    assertThatThrownBy(() -> feedback.rate(MARTA, new RateItem(id, 1, 5)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    assertThatThrownBy(() -> feedback.markHelpful(MARTA, id)).isInstanceOf(ConflictException.class);
    missing(() -> feedback.rate(ORIOL, new RateItem(id, 1, 5)));

    OutputCycle review = production.requestReview(JORDI, new Production.RequestReview(id, draft.cycle().version(),
        Set.of(JORDI, LAIA)));
    production.review(LAIA, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, ""));
    OutputCycle approved = production.review(JORDI, new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, ""));
    OutputCycle published = production.publish(JORDI, new Production.Publish(id, approved.version(), ""));
    assertThat(review.version()).isLessThan(published.version());

    feedback.rate(ORIOL, new RateItem(id, 1, 4));
    feedback.rate(MARTA, new RateItem(id, 1, 5));
    feedback.markHelpful(ORIOL, id);
    feedback.read(PERE, id);
    production.assess(JORDI, new Production.Assess(id, published.version(), "Un protocol", "Tota la comunitat", "Cal més temps"));

    List<AuditEntry> assessed = scene.storage.transactions().inTransaction(
        () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(200)).items()).stream()
        .filter(entry -> entry.action() == AuditAction.OUTPUT_ASSESSED).toList();
    assertThat(assessed).singleElement().satisfies(entry -> assertThat(entry.detail())
        .contains("rated 4.50 by 2 members, 1 helpful marks, 0 comments, 1 reads, 0 downloads"));
  }
}
