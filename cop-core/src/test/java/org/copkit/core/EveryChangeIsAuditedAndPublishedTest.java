package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.XAVIER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every change a use case makes writes its audit entries (who acted, about whom) and publishes
 * its domain events, each once; both are observable through the ports. Changes that are not
 * decisions about people or content (a post, a reaction, an activity) publish events only.
 */
class EveryChangeIsAuditedAndPublishedTest {

  /** What a change leaves: the audit entries as {@code ACTION by actor about subject}, and the events' types. */
  private record Trace(List<String> audited, List<String> published) {}

  private static Trace trace(List<String> audited, String... published) {
    return new Trace(audited, List.of(published));
  }

  private static final Map<String, Trace> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("join", trace(List.of("JOIN_REQUESTED by anna about anna"), "JoinRequested"));
    EXPECTED.put("approve a request", trace(List.of("JOIN_REQUEST_APPROVED by jordi about xavier"), "MemberJoined"));
    EXPECTED.put("decline a request", trace(List.of("JOIN_REQUEST_DECLINED by jordi about xavier"), "JoinRequestDeclined"));
    EXPECTED.put("invite", trace(List.of("MEMBER_INVITED by jordi about anna"), "MemberInvited"));
    EXPECTED.put("accept an invitation", trace(List.of("MEMBER_JOINED by biel about biel"), "MemberJoined"));
    EXPECTED.put("leave", trace(List.of("MEMBER_LEFT by laia about laia"), "MemberLeft"));
    EXPECTED.put("remove a member", trace(List.of("MEMBER_REMOVED by jordi about laia"), "MemberRemoved"));
    EXPECTED.put("change a tier", trace(List.of("TIER_CHANGED by jordi about laia"), "TierChanged"));
    EXPECTED.put("grant a role", trace(List.of("ROLE_GRANTED by jordi about laia"), "RoleGranted"));
    EXPECTED.put("revoke a role", trace(List.of("ROLE_REVOKED by jordi about marta"), "RoleRevoked"));
    EXPECTED.put("update the details", trace(List.of("COMMUNITY_UPDATED by jordi about -"), "CommunityDetailsChanged"));
    EXPECTED.put("record activity", trace(List.of()));
    EXPECTED.put("start a thread", trace(List.of(), "ThreadCreated", "PostPublished"));
    EXPECTED.put("reply", trace(List.of(), "PostPublished"));
    EXPECTED.put("edit one's post", trace(List.of(), "PostEdited"));
    EXPECTED.put("edit as a moderator", trace(List.of("POST_EDITED_BY_MODERATOR by jordi about laia"), "PostEdited"));
    EXPECTED.put("react", trace(List.of(), "ReactionAdded"));
    EXPECTED.put("unreact", trace(List.of()));
    EXPECTED.put("accept an answer", trace(List.of(), "AnswerAccepted"));
    EXPECTED.put("change one's thread's competences", trace(List.of(), "ThreadChanged"));
    EXPECTED.put("change a thread's competences as a moderator",
        trace(List.of("THREAD_COMPETENCES_CHANGED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("pin", trace(List.of("THREAD_PINNED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("lock", trace(List.of("THREAD_LOCKED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("move a thread in",
        trace(List.of("THREAD_MOVED_IN by nuria as administrator about jordi", "THREAD_MOVED_OUT by nuria as administrator about jordi"), "ThreadMoved"));
    EXPECTED.put("flag a post", trace(List.of("FLAG_RAISED by marta about laia"), "FlagRaised"));
    EXPECTED.put("mute", trace(List.of("MEMBER_MUTED by jordi about laia"), "MemberMuted"));
    EXPECTED.put("configure moderation", trace(List.of("MODERATION_CONFIGURED by jordi about -")));
    EXPECTED.put("switch a moderation rule", trace(List.of("MODERATION_RULE_SWITCHED by jordi about -")));
    EXPECTED.put("publish an activity", trace(List.of()));
    EXPECTED.put("engage with an activity", trace(List.of()));
    EXPECTED.put("withdraw a request", trace(List.of("JOIN_REQUEST_WITHDRAWN by xavier about xavier"), "JoinRequestWithdrawn"));
    EXPECTED.put("decline an invitation", trace(List.of("INVITATION_DECLINED by biel about biel"), "InvitationClosed"));
    EXPECTED.put("revoke an invitation", trace(List.of("INVITATION_REVOKED by jordi about biel"), "InvitationClosed"));
    EXPECTED.put("change the stage", trace(List.of("STAGE_CHANGED by jordi about -"), "StageChanged"));
    EXPECTED.put("make an e-moderator",
        trace(List.of("TIER_CHANGED by jordi about laia", "ROLE_GRANTED by jordi about laia"), "TierChanged", "RoleGranted"));
    EXPECTED.put("reopen", trace(List.of("THREAD_REOPENED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("close", trace(List.of("THREAD_CLOSED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("unpin", trace(List.of("THREAD_UNPINNED by jordi about marta"), "ThreadChanged"));
    EXPECTED.put("approve a flagged post", trace(List.of("ITEM_DECIDED by jordi about laia"), "ItemDecided"));
    EXPECTED.put("reject a flagged post", trace(List.of("ITEM_DECIDED by jordi about laia"), "ItemDecided"));
    EXPECTED.put("edit and approve a flagged post", trace(List.of("ITEM_DECIDED by jordi about laia"), "PostEdited", "ItemDecided"));
    EXPECTED.put("escalate a flagged post", trace(List.of("ITEM_ESCALATED by jordi about -"), "ItemDecided"));
  }


  @TestFactory
  Stream<DynamicTest> everyChangeWritesItsAuditEntriesAndPublishesItsEventsOnce() {
    assertThat(EXPECTED.keySet()).as("every change has its trace").containsExactlyInAnyOrderElementsOf(WriteScene.changes().keySet());
    return WriteScene.changes().entrySet().stream().map(change -> DynamicTest.dynamicTest(change.getKey(), () -> {
      WriteScene scene = new WriteScene();
      scene.mark();

      change.getValue().accept(scene);

      Trace expected = EXPECTED.get(change.getKey());
      assertThat(scene.auditedSinceMark()).extracting(EveryChangeIsAuditedAndPublishedTest::describe)
          .containsExactlyInAnyOrderElementsOf(expected.audited());
      assertThat(scene.publishedSinceMark()).extracting(event -> event.getClass().getSimpleName())
          .containsExactlyElementsOf(expected.published());
    }));
  }

  private static String describe(AuditEntry entry) {
    return entry.action() + " by " + entry.actor().map(Object::toString).orElse("-")
        + (entry.asAdministrator() ? " as administrator" : "") + " about " + entry.subject().map(Object::toString).orElse("-");
  }
}
