package org.copkit.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aCommunity;
import static org.copkit.tck.community.CommunityFixtures.aJoinRequest;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.community.CommunityFixtures.aStageChange;
import static org.copkit.tck.community.CommunityFixtures.anInvitation;
import static org.copkit.tck.shared.SharedFixtures.anAuditEntry;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Transactions} as a {@link CopStorage} provides it: the writes of one
 * transaction, through any of the storage's ports, are kept together or not at all; an exception
 * from the work rolls everything back and reaches the caller unchanged; a nested call joins the
 * outer transaction.
 */
public abstract class TransactionsContract extends StorageContract {

  private static final Snapshot NOTHING =
      new Snapshot(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

  /** For subclasses. */
  protected TransactionsContract() {}

  @Nested
  class Commit {

    @Test
    void returnsWhatTheWorkReturned() {
      assertThat(inTransaction(() -> "Compartim")).isEqualTo("Compartim");
    }

    @Test
    void keepsTheWritesOfEveryPortTogether() {
      Writes writes = new Writes();

      inTransaction(writes::writeThroughEveryPort);

      assertThat(inTransaction(writes::stored)).isEqualTo(writes.written());
    }

    @Test
    void letsTheWorkReadItsOwnWrites() {
      Community community = aCommunity().build();

      Optional<Community> readBack =
          inTransaction(
              () -> {
                store().communities().add(community);
                return store().communities().find(community.id());
              });

      assertThat(readBack).contains(community);
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteOfAnyPortWhenTheWorkThrows() {
      Writes writes = new Writes();
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      () -> {
                        writes.writeThroughEveryPort();
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(inTransaction(writes::stored)).isEqualTo(NOTHING);
    }

    @Test
    void keepsTheStoredVersionWhenAnUpdateIsRolledBack() {
      Community community = aCommunity().build();
      inTransaction(() -> add(community));

      assertThatThrownBy(
              () ->
                  inTransaction(
                      () -> {
                        store().communities().update(community.withStage(Stage.ARCHIVED));
                        throw new IllegalStateException("changed my mind");
                      }))
          .hasMessage("changed my mind");

      assertThat(inTransaction(() -> store().communities().find(community.id()))).contains(community);
    }

    @Test
    void leavesTheStorageUsableAfterARollback() {
      Community community = aCommunity().build();
      assertThatThrownBy(
              () ->
                  inTransaction(
                      () -> {
                        add(community);
                        throw new IllegalArgumentException("rolled back");
                      }))
          .isInstanceOf(IllegalArgumentException.class);

      inTransaction(() -> add(community));

      assertThat(inTransaction(() -> store().communities().find(community.id()))).contains(community);
    }
  }

  @Nested
  class Nesting {

    @Test
    void letsANestedCallSeeTheOuterWrites() {
      Community community = aCommunity().build();

      Optional<Community> seenInside =
          inTransaction(
              () -> {
                add(community);
                return inTransaction(() -> store().communities().find(community.id()));
              });

      assertThat(seenInside).contains(community);
    }

    @Test
    void rollsBackTheWritesOfANestedCallWhenTheOuterWorkThrowsAfterIt() {
      Community community = aCommunity().build();

      assertThatThrownBy(
              () ->
                  inTransaction(
                      () -> {
                        inTransaction(() -> add(community));
                        throw new IllegalStateException("outer failure");
                      }))
          .hasMessage("outer failure");

      assertThat(inTransaction(() -> store().communities().find(community.id()))).isEmpty();
    }

    @Test
    void rollsBackTheOuterWritesWhenANestedCallThrows() {
      Community outer = aCommunity().build();
      Community inner = aCommunity().build();

      assertThatThrownBy(
              () ->
                  inTransaction(
                      () -> {
                        add(outer);
                        inTransaction(
                            () -> {
                              add(inner);
                              throw new IllegalStateException("inner failure");
                            });
                      }))
          .hasMessage("inner failure");

      assertThat(inTransaction(() -> store().communities().find(outer.id()))).isEmpty();
      assertThat(inTransaction(() -> store().communities().find(inner.id()))).isEmpty();
    }
  }

  private void add(Community community) {
    store().communities().add(community);
  }

  /** One write through every port of the storage, and what reading them back finds. */
  private final class Writes {

    private final Community community = aCommunity().build();
    private final Membership membership = aMembership().in(community.id()).build();
    private final JoinRequest request = aJoinRequest().to(community.id()).build();
    private final Invitation invitation = anInvitation().to(community.id()).build();
    private final StageChange creation = aStageChange().of(community.id()).build();
    private final AuditEntry entry = anAuditEntry().inScope(community.id().toString()).build();

    void writeThroughEveryPort() {
      CopStorage storage = store();
      storage.communities().add(community);
      storage.communities().appendStageChange(creation);
      storage.memberships().add(membership);
      storage.joinRequests().add(request);
      storage.invitations().add(invitation);
      storage.auditTrail().append(entry);
    }

    Snapshot written() {
      return new Snapshot(
          Optional.of(community),
          Optional.of(membership),
          Optional.of(request),
          Optional.of(invitation),
          List.of(creation),
          List.of(entry));
    }

    Snapshot stored() {
      CopStorage storage = store();
      return new Snapshot(
          storage.communities().find(community.id()),
          storage.memberships().find(community.id(), membership.member()),
          storage.joinRequests().find(request.id()),
          storage.invitations().find(invitation.id()),
          storage.communities().stageHistory(community.id()),
          storage.auditTrail().list(entry.scope(), PageRequest.first(10)).items());
    }
  }

  private record Snapshot(
      Optional<Community> community,
      Optional<Membership> membership,
      Optional<JoinRequest> request,
      Optional<Invitation> invitation,
      List<StageChange> stageHistory,
      List<AuditEntry> auditEntries) {}
}
