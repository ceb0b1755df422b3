package org.copkit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.notification.Notification;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * What moderation leaves behind, read through the platform: the audit entry of each flag (its
 * reason, with the flagger's words when they gave some) and of each decision (what was decided
 * about which subject, why, and about whom — a post's author, a comment's author), the
 * notification of whom a decision concerns, the policy and the mute as stored and returned, an
 * outdated item told to the community's other e-moderators but not to the one who flagged it, and
 * a rejected comment's words gone from its item in search.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia and Oriol, participants.
 */
class ModerationRecordsTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final CommunityId community = scene.community.id();

  private List<AuditEntry> audited(AuditAction action) {
    return scene.platform.communityQueries().auditTrail(JORDI, community, PageRequest.first(200)).items().stream()
        .filter(entry -> entry.action() == action).toList();
  }

  private DiscussionThread thread() {
    return ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(community, "Protocol", "Comentaris benvinguts"))).thread();
  }

  private Post reply(MemberId author, DiscussionThread thread, String body) {
    return ((PostOutcome.Published) scene.platform.discussions().reply(author, Reply.to(thread.id(), body))).post();
  }

  private ReviewItem flagged(ModerationSubject subject) {
    scene.platform.moderation().flag(MARTA, new RaiseFlag(community, subject, FlagReason.INAPPROPRIATE, ""));
    return scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(50)).items().stream()
        .filter(item -> item.subject().equals(subject)).findFirst().orElseThrow();
  }

  private void decide(ReviewItem item, Decision decision) {
    scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), decision));
  }

  private KnowledgeItem pill(MemberId author) {
    return scene.platform.knowledgeBase().create(author, new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
        new KnowledgeContent("Primera entrevista", "Escoltar abans de proposar", "", Set.of(), Set.of()), ""));
  }

  @Test
  void aFlagIsAuditedWithItsReasonAndTheFlaggersWordsOnlyWhenTheyGaveSome() {
    DiscussionThread thread = thread();
    Post quiet = reply(LAIA, thread, "Una opinió");
    Post loud = reply(ORIOL, thread, "Una altra opinió");

    scene.platform.moderation().flag(MARTA, new RaiseFlag(community, new ModerationSubject.OfPost(quiet.id()),
        FlagReason.OFF_TOPIC, ""));
    scene.platform.moderation().flag(MARTA, new RaiseFlag(community, new ModerationSubject.OfPost(loud.id()),
        FlagReason.OTHER, "Demana dades d'un expedient"));

    assertThat(audited(AuditAction.FLAG_RAISED)).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(LAIA), "post:" + quiet.id(), "OFF_TOPIC"),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(ORIOL), "post:" + loud.id(),
                "OTHER: Demana dades d'un expedient"));
  }

  @Test
  void eachDecisionIsAuditedAndToldAsWhatWasDecidedAboutWhichSubjectAndWhy() {
    DiscussionThread thread = thread();
    Post approved = reply(LAIA, thread, "Primera");
    Post rejected = reply(LAIA, thread, "Segona");
    Post edited = reply(LAIA, thread, "Truqueu-me al 600 000 000");

    decide(flagged(new ModerationSubject.OfPost(approved.id())), new Decision.Approve());
    decide(flagged(new ModerationSubject.OfPost(rejected.id())), new Decision.Reject("Fora de to"));
    decide(flagged(new ModerationSubject.OfPost(edited.id())),
        new Decision.EditAndApprove("Truqueu-me (telèfon retirat)", "No publiquem telèfons personals"));

    assertThat(audited(AuditAction.ITEM_DECIDED)).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(LAIA), "approved post:" + approved.id(), ""),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(LAIA), "rejected post:" + rejected.id(), "Fora de to"),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(LAIA), "edited and approved post:" + edited.id(),
                "No publiquem telèfons personals"));
    assertThat(scene.notifications.sentTo(LAIA)).filteredOn(n -> n.topic() == Notification.Topic.MODERATION_DECISION)
        .extracting(Notification::subject, Notification::text).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("An e-moderator decided about your post: approved", ""),
            org.assertj.core.groups.Tuple.tuple("An e-moderator decided about your post: rejected", "Fora de to"),
            org.assertj.core.groups.Tuple.tuple("An e-moderator decided about your post: edited and approved",
                "No publiquem telèfons personals"));
  }

  @Test
  void aRejectedCommentIsAuditedAboutItsAuthorWhoIsToldAndItsWordsLeaveTheItemInSearch() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
    KnowledgeItem item = pill(LAIA);
    ItemComment comment = scene.platform.knowledgeFeedback().comment(ORIOL,
        CommentOnItem.on(item.id(), "Això és una estafa piramidal"));
    assertThat(found(MARTA, "piramidal")).containsExactly(item.id().toString());
    ModerationSubject subject = new ModerationSubject.OfItemComment(comment.id());

    decide(flagged(subject), new Decision.Reject("Acusació sense fonament"));

    assertThat(found(MARTA, "piramidal")).as("the comment's words left the item").isEmpty();
    assertThat(found(MARTA, "entrevista")).as("the item is still found by its own words").containsExactly(item.id().toString());
    assertThat(audited(AuditAction.FLAG_RAISED)).singleElement()
        .satisfies(entry -> assertThat(entry.subject()).contains(ORIOL));
    assertThat(audited(AuditAction.ITEM_DECIDED)).singleElement().satisfies(entry -> {
      assertThat(entry.subject()).contains(ORIOL);
      assertThat(entry.detail()).isEqualTo("rejected " + subject.key());
      assertThat(entry.reason()).isEqualTo("Acusació sense fonament");
    });
    assertThat(scene.notifications.sentTo(ORIOL)).filteredOn(n -> n.topic() == Notification.Topic.MODERATION_DECISION)
        .singleElement().satisfies(n -> {
          assertThat(n.subject()).isEqualTo("An e-moderator decided about your comment: rejected");
          assertThat(n.link()).isEqualTo(subject.key());
        });
    assertThat(scene.notifications.sentTo(LAIA)).filteredOn(n -> n.topic() == Notification.Topic.MODERATION_DECISION)
        .as("the item's owner is not whom the decision concerns").isEmpty();
  }

  private List<String> found(MemberId reader, String words) {
    return scene.platform.search().search(reader, SearchQuery.of(words)).hits().items().stream().map(SearchHit::id).toList();
  }

  @Test
  void anItemFlaggedAsOutdatedIsToldToTheOtherEModeratorsButNotToTheOneWhoFlaggedIt() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, MARTA, Role.E_MODERATOR));
    KnowledgeItem item = pill(JORDI);

    scene.platform.moderation().flag(JORDI, new RaiseFlag(community, new ModerationSubject.OfKnowledgeItem(item.id()),
        FlagReason.OUTDATED, "La reforma de 2025 ho canvia"));

    assertThat(scene.notifications.sentTo(MARTA)).filteredOn(n -> n.topic() == Notification.Topic.KNOWLEDGE_REVIEW)
        .singleElement().satisfies(n -> {
          assertThat(n.subject()).isEqualTo("Flagged as outdated: Primera entrevista");
          assertThat(n.text()).contains("La reforma de 2025 ho canvia");
          assertThat(n.link()).isEqualTo("knowledge:" + item.id());
        });
    for (MemberId other : List.of(JORDI, LAIA, ORIOL)) {
      assertThat(scene.notifications.sentTo(other)).as(other.toString())
          .noneMatch(n -> n.topic() == Notification.Topic.KNOWLEDGE_REVIEW);
    }
  }

  @Test
  void aMuteAndAPolicyAreReturnedAsStoredAndAudited() {
    Instant now = scene.clock.instant();

    Mute mute = scene.platform.moderation().mute(JORDI, new MuteMember(community, ORIOL, Duration.ofDays(2), "Insults reiterats"));
    ModerationPolicy policy = new ModerationPolicy(2, 4.0, Duration.ofDays(7), 1, 5, 10, 0);
    ModerationPolicy configured = scene.platform.moderation().configure(JORDI, community, policy);

    assertThat(mute).isEqualTo(new Mute(community, ORIOL, now.plus(Duration.ofDays(2)), JORDI, now, "Insults reiterats"));
    assertThat(configured).isEqualTo(policy);
    assertThat(scene.platform.moderationQueries().policy(MARTA, community)).isEqualTo(policy);
    assertThat(audited(AuditAction.MEMBER_MUTED)).singleElement().satisfies(entry -> {
      assertThat(entry.subject()).contains(ORIOL);
      assertThat(entry.detail()).isEqualTo("until " + mute.until());
      assertThat(entry.reason()).isEqualTo("Insults reiterats");
    });
    assertThat(audited(AuditAction.MODERATION_CONFIGURED)).singleElement()
        .satisfies(entry -> assertThat(entry.detail()).isEqualTo(policy.toString()));
  }
}
