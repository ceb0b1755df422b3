package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.port.PostCount;
import org.copkit.api.discussion.port.ThreadFilter;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.WriteScene;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The in-memory storage undoes every write of a unit of work that fails: whatever a use case
 * wrote — records, versions, the indexes behind every lookup, the keys that allow one pending
 * item per subject, the audit trail, the change log the feed is derived from — reads through the
 * ports exactly as before it ran.
 */
class RollbackUndoesEveryWriteTest {

  private static final List<MemberId> PEOPLE =
      List.of(JORDI, MARTA, LAIA, ORIOL, PERE, XAVIER, NURIA, WriteScene.ANNA, WriteScene.BIEL);

  /** A failure after the use case succeeded, inside the same transaction. */
  private static final class LaterFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @TestFactory
  Stream<DynamicTest> aFailedUnitOfWorkLeavesEveryPortAsItWas() {
    return WriteScene.changes().entrySet().stream().map(change -> DynamicTest.dynamicTest(change.getKey(), () -> {
      WriteScene scene = new WriteScene();
      List<Object> before = readEverything(scene);

      assertThatThrownBy(() -> scene.scene.storage.transactions().inTransaction(() -> {
        change.getValue().accept(scene);
        throw new LaterFailure();
      })).isInstanceOf(LaterFailure.class);

      assertThat(readEverything(scene)).isEqualTo(before);
    }));
  }

  @TestFactory
  Stream<DynamicTest> theSameWritesCommittedAreSeenThroughThePorts() {
    return WriteScene.changes().entrySet().stream()
        .map(change -> DynamicTest.dynamicTest(change.getKey(), () -> {
          WriteScene scene = new WriteScene();
          List<Object> before = readEverything(scene);

          scene.scene.storage.transactions().inTransaction(() -> {
            change.getValue().accept(scene);
            return null;
          });

          assertThat(readEverything(scene)).isNotEqualTo(before);
        }));
  }

  /** Every read the ports offer about the scene's people, communities, threads and posts. */
  private static List<Object> readEverything(WriteScene s) {
    InMemoryStorage storage = s.scene.storage;
    List<Object> reads = new ArrayList<>();
    PageRequest all = PageRequest.first(200);
    reads.add(storage.changeLog().after(0, 1000));
    for (CommunityId community : List.of(s.community.id(), s.elsewhere.id())) {
      reads.add(storage.communities().find(community));
      reads.add(storage.communities().stageHistory(community));
      reads.add(storage.memberships().list(community, Optional.empty(), Optional.empty(), all).items());
      reads.add(storage.memberships().countWithRole(community, Role.E_MODERATOR));
      reads.add(storage.memberships().countWithRole(community, Role.EXPERT));
      for (Role role : Role.values()) {
        reads.add(storage.memberships().list(community, Optional.empty(), Optional.of(role), all).items());
      }
      reads.add(storage.joinRequests().pending(community, all).items());
      reads.add(storage.invitations().pending(community, all).items());
      reads.add(storage.reviewItems().pending(community, all).items());
      reads.add(storage.moderationPolicies().find(community));
      reads.add(storage.ruleSwitches().of(community));
      reads.add(storage.auditTrail().list(community.toString(), all).items());
      for (ThreadOrder order : ThreadOrder.values()) {
        reads.add(storage.threads().list(new ThreadFilter(community, order, EnumSet.allOf(Audience.class),
            EnumSet.allOf(PostState.class), Optional.empty()), all).items());
      }
      for (MemberId person : PEOPLE) {
        reads.add(storage.posts().recentBodies(community, person, Instant.EPOCH, 100));
        reads.add(storage.posts().count(PostCount.of(community, person)));
        reads.add(storage.posts().count(PostCount.published(community, person)));
        reads.add(storage.memberships().find(community, person));
        reads.add(storage.joinRequests().findPending(community, person));
        reads.add(storage.invitations().findPending(community, person));
        reads.add(storage.mutes().inForce(community, person, s.scene.clock.instant()));
        reads.add(storage.threads().countStartedSince(community, person, Instant.EPOCH));
      }
      for (ThreadId thread : List.of(s.question.id(), s.movable.id())) {
        reads.add(storage.flags().open(community, new ModerationSubject.OfThread(thread)));
        reads.add(storage.reviewItems().findOpen(community, new ModerationSubject.OfThread(thread)));
      }
      reads.add(storage.flags().open(community, new ModerationSubject.OfPost(s.answer.id())));
      reads.add(storage.reviewItems().findOpen(community, new ModerationSubject.OfPost(s.answer.id())));
    }
    for (MemberId person : PEOPLE) {
      reads.add(storage.memberships().ofMember(person));
      reads.add(storage.joinRequests().ofRequester(person));
      reads.add(storage.invitations().pendingFor(person));
      reads.add(storage.posts().communitiesOf(person));
      reads.add(storage.flags().countRaisedSince(person, Instant.EPOCH));
      reads.add(storage.reactions().of(List.of(s.answer.id()), person));
    }
    reads.add(storage.joinRequests().find(s.request.id()));
    reads.add(storage.invitations().find(s.invitation.id()));
    reads.add(storage.reviewItems().escalated(all).items());
    for (ThreadId thread : List.of(s.question.id(), s.movable.id())) {
      reads.add(storage.threads().find(thread));
      reads.add(storage.posts().inThread(ThreadPosts.every(thread), all).items());
      reads.add(storage.posts().inThread(ThreadPosts.published(thread), all).items());
    }
    reads.add(storage.posts().find(s.answer.id()));
    reads.add(storage.posts().revisions(s.answer.id()));
    reads.add(storage.reactions().counts(List.of(s.answer.id())));
    return reads;
  }
}
