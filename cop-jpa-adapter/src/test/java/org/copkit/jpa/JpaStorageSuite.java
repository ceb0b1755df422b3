package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aCommunity;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.shared.SharedFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityEvent.InvitationClosed;
import org.copkit.api.community.CommunityEvent.JoinRoute;
import org.copkit.api.community.CommunityEvent.MemberJoined;
import org.copkit.api.community.CommunityEvent.MemberLeft;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation.InvitationStatus;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionEvent.PostPublished;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationEvent.FlagRaised;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.analytics.ContributionsContract;
import org.copkit.tck.community.CommunitiesContract;
import org.copkit.tck.community.InvitationsContract;
import org.copkit.tck.community.JoinRequestsContract;
import org.copkit.tck.community.MembershipsContract;
import org.copkit.tck.discussion.PostsContract;
import org.copkit.tck.learning.CalendarContract;
import org.copkit.tck.learning.CompletionsContract;
import org.copkit.tck.learning.LearningUnitsContract;
import org.copkit.tck.discussion.ReactionsContract;
import org.copkit.tck.discussion.ThreadsContract;
import org.copkit.tck.moderation.FlagsContract;
import org.copkit.tck.moderation.ModerationPoliciesContract;
import org.copkit.tck.moderation.RuleSwitchesContract;
import org.copkit.tck.moderation.MutesContract;
import org.copkit.tck.moderation.ReviewItemsContract;
import org.copkit.tck.shared.AuditTrailContract;
import org.copkit.tck.shared.EventPublisherContract;
import org.copkit.tck.storage.ChangeLogContract;
import org.copkit.tck.storage.StorageConcurrencyContract;
import org.copkit.tck.storage.TransactionsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Everything the JPA storage must pass on a database: every TCK contract (the rules under real
 * concurrency included), then what only this adapter shows (optimistic locking between overlapping
 * transactions in a forced order, the outbox's JSON, the fail-fast outside a transaction). A subclass per database names its {@link
 * MigratedStorage}.
 */
abstract class JpaStorageSuite {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @Nested
  class SearchSources extends org.copkit.tck.search.SearchSourcesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Communities extends CommunitiesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Memberships extends MembershipsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class JoinRequests extends JoinRequestsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Invitations extends InvitationsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class AuditTrail extends AuditTrailContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class ChangeLog extends ChangeLogContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Threads extends ThreadsContract {
    @Override
    protected DiscussionStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Posts extends PostsContract {
    @Override
    protected DiscussionStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Reactions extends ReactionsContract {
    @Override
    protected DiscussionStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Flags extends FlagsContract {
    @Override
    protected ModerationStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class ReviewItems extends ReviewItemsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Mutes extends MutesContract {
    @Override
    protected ModerationStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class ModerationPolicies extends ModerationPoliciesContract {
    @Override
    protected ModerationStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class RuleSwitches extends RuleSwitchesContract {
    @Override
    protected ModerationStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class RulesUnderConcurrency extends StorageConcurrencyContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Contributions extends ContributionsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class KnowledgeItems extends org.copkit.tck.knowledge.KnowledgeItemsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class AttentionBook extends org.copkit.tck.notification.AttentionBookContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class CompetenceClaims extends org.copkit.tck.competence.CompetenceClaimsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class PortfolioPages extends org.copkit.tck.portfolio.PortfolioPagesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class EvidenceSources extends org.copkit.tck.portfolio.EvidenceSourcesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class ItemFeedback extends org.copkit.tck.knowledge.ItemFeedbackContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class AttachedFiles extends org.copkit.tck.knowledge.AttachedFilesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class ItemReach extends org.copkit.tck.knowledge.ItemReachContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class KnowledgeSections extends org.copkit.tck.knowledge.KnowledgeSectionsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class OutputCycles extends org.copkit.tck.knowledge.OutputCyclesContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class LearningUnits extends LearningUnitsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Completions extends CompletionsContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  @Nested
  class Calendar extends CalendarContract {
    @Override
    protected CopStorage storage() {
      return database().emptyStorage();
    }
  }

  /** Mentions live in a table of their own: every way of reading and writing a post keeps them. */
  @Nested
  class Mentions {

    private final DiscussionThread thread = aThread().build();
    private final MemberId ana = MemberId.of("ana");
    private final MemberId bea = MemberId.of("bea");
    private final MemberId cai = MemberId.of("cai");

    @Test
    void givesEachPostOnAPageItsOwnMentions() {
      JpaStorage storage = database().emptyStorage();
      Post first = aPost().in(thread).by(ana).mentioning(Set.of(bea, cai)).writtenAt(T0).build();
      Post second = aPost().in(thread).by(ana).writtenAt(T0.plusSeconds(1)).build();
      Post third = aPost().in(thread).by(ana).mentioning(Set.of(cai)).writtenAt(T0.plusSeconds(2)).build();
      inTransaction(storage, () -> List.of(first, second, third).forEach(storage.posts()::add));
      Set<PostState> everyState = EnumSet.allOf(PostState.class);

      Page<Post> ofThread =
          storage.transactions().inTransaction(
              () -> storage.posts().inThread(ThreadPosts.every(thread.id()), PageRequest.first(10)));
      Page<Post> ofAna =
          storage.transactions().inTransaction(
              () -> storage.posts().byAuthor(
                  ana, Set.of(thread.community()), EnumSet.allOf(Audience.class), everyState, PageRequest.first(10)));

      assertThat(ofThread.items()).containsExactly(first, second, third);
      assertThat(ofAna.items()).containsExactly(third, second, first);
    }

    @Test
    void replacesTheMentionsAndRaisesTheVersionWhenNothingElseChanges() {
      JpaStorage storage = database().emptyStorage();
      Post post = aPost().in(thread).mentioning(Set.of(bea, cai)).build();
      inTransaction(storage, () -> storage.posts().add(post));

      Post mentioningOthers =
          storage.transactions().inTransaction(() -> storage.posts().update(mentioning(post, Set.of(cai, ana))));
      Post mentioningNobody =
          storage.transactions().inTransaction(() -> storage.posts().update(mentioning(mentioningOthers, Set.of())));

      assertThat(mentioningOthers.mentions()).containsExactlyInAnyOrder(cai, ana);
      assertThat(mentioningOthers.version()).isEqualTo(post.version() + 1);
      assertThat(mentioningNobody.mentions()).isEmpty();
      assertThat(mentioningNobody.version()).isEqualTo(post.version() + 2);
      assertThat(storage.transactions().inTransaction(() -> storage.posts().find(post.id()))).contains(mentioningNobody);
    }

    private static Post mentioning(Post p, Set<MemberId> mentions) {
      return p.withMentions(mentions);
    }
  }

  @Nested
  class Concurrency {

    /**
     * Two transactions read the community at the same version; the first to update commits, the
     * second's update is rejected and the stored community is the first's. The order is forced.
     */
    @Test
    void rejectsTheLaterOfTwoUpdatesFromTheSameVersion() throws Exception {
      JpaStorage storage = database().emptyStorage();
      Community original = aCommunity().build();
      storage.transactions().inTransaction(
          () -> {
            storage.communities().add(original);
            return original;
          });
      CountDownLatch lateRead = new CountDownLatch(1);
      CountDownLatch earlyCommitted = new CountDownLatch(1);
      ExecutorService lateThread = Executors.newSingleThreadExecutor();
      try {
        Future<Community> late =
            lateThread.submit(
                () ->
                    storage.transactions().inTransaction(
                        () -> {
                          Community read = storage.communities().find(original.id()).orElseThrow();
                          lateRead.countDown();
                          awaitOrFail(earlyCommitted);
                          return storage.communities().update(read.withDetails(details("La tardana")));
                        }));
        awaitOrFail(lateRead);
        Community early =
            storage.transactions().inTransaction(
                () -> {
                  Community read = storage.communities().find(original.id()).orElseThrow();
                  return storage.communities().update(read.withDetails(details("La primera")));
                });
        earlyCommitted.countDown();

        assertThatThrownBy(() -> late.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOfSatisfying(
                ConflictException.class,
                conflict -> assertThat(conflict.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
        assertThat(early.version()).isEqualTo(original.version() + 1);
        assertThat(storage.transactions().inTransaction(() -> storage.communities().find(original.id()))).contains(early);
      } finally {
        lateThread.shutdownNow();
      }
    }

    private static CommunityDetails details(String name) {
      return new CommunityDetails(name, "Justícia", "", Visibility.CLOSED);
    }
  }

  @Nested
  class Events extends EventPublisherContract {
    @Override
    protected Outbox outbox() {
      JpaStorage storage = database().emptyStorage();
      return new Outbox() {
        @Override
        public org.copkit.api.shared.Transactions transactions() {
          return storage.transactions();
        }

        @Override
        public EventPublisher publisher() {
          return storage.eventPublisher();
        }

        @Override
        public int relay(int max, Consumer<Relayed> delivery) {
          return storage.outbox().relay(
              max,
              T0,
              message ->
                  delivery.accept(
                      new Relayed(new Delivered(message.eventType(), message.occurredAt()), message.idempotencyKey())));
        }
      };
    }
  }

  @Nested
  class Outbox {

    private final CommunityId community = CommunityId.random();
    private final MemberId ana = MemberId.of("ana");

    @Test
    void writesAnEventAsJsonWithItsTypeAndScope() throws Exception {
      JpaStorage storage = database().emptyStorage();
      MemberJoined joined = new MemberJoined(community, ana, Tier.CORE, JoinRoute.INVITATION, Optional.of(ana), T0);

      storage.transactions().inTransaction(() -> publish(storage, joined));

      List<OutboxMessage> messages = storage.outbox().fetchUnpublished(10);
      assertThat(messages).singleElement().satisfies(message -> {
        assertThat(message.eventType()).isEqualTo("MemberJoined");
        assertThat(message.scope()).contains(community.toString());
        assertThat(message.occurredAt()).isEqualTo(T0);
      });
      JsonNode payload = JSON.readTree(messages.get(0).payload());
      assertThat(payload.get("community").asText()).isEqualTo(community.toString());
      assertThat(payload.get("member").asText()).isEqualTo("ana");
      assertThat(payload.get("tier").asText()).isEqualTo("CORE");
      assertThat(payload.get("route").asText()).isEqualTo("INVITATION");
      assertThat(payload.get("actor").asText()).isEqualTo("ana");
      assertThat(payload.get("occurredAt").asText()).isEqualTo(T0.toString());
    }

    @Test
    void namesTheVariantOfASealedStatusInThePayload() throws Exception {
      JpaStorage storage = database().emptyStorage();
      InvitationClosed revoked =
          new InvitationClosed(
              community, InvitationId.random(), new InvitationStatus.Revoked(ana, T0), Optional.of(ana), T0);

      storage.transactions().inTransaction(() -> publish(storage, revoked));

      JsonNode status = JSON.readTree(storage.outbox().fetchUnpublished(1).get(0).payload()).get("status");
      assertThat(status.get("type").asText()).isEqualTo("Revoked");
      assertThat(status.get("by").asText()).isEqualTo("ana");
    }

    @Test
    void scopesTheEventsOfDiscussionsAndModerationByTheirCommunity() throws Exception {
      JpaStorage storage = database().emptyStorage();
      PostId post = PostId.random();
      PostPublished published =
          new PostPublished(community, ThreadId.random(), post, ana, Set.of(), Optional.of(ana), T0);
      FlagRaised flagged =
          new FlagRaised(community, FlagId.random(), new ModerationSubject.OfPost(post), FlagReason.SPAM, Optional.of(ana), T0);

      storage.transactions().inTransaction(
          () -> {
            storage.eventPublisher().publish(published);
            storage.eventPublisher().publish(flagged);
            return null;
          });

      List<OutboxMessage> messages = storage.outbox().fetchUnpublished(10);
      assertThat(messages).extracting(OutboxMessage::eventType).containsExactly("PostPublished", "FlagRaised");
      assertThat(messages).extracting(OutboxMessage::scope).containsOnly(Optional.of(community.toString()));
      JsonNode subject = JSON.readTree(messages.get(1).payload()).get("subject");
      assertThat(subject.get("type").asText()).isEqualTo("OfPost");
      assertThat(subject.get("post").asText()).isEqualTo(post.toString());
    }

    @Test
    void writesTheDiffusionsOfAnOutputWithTheKindOfTheirTarget() throws Exception {
      JpaStorage storage = database().emptyStorage();
      org.copkit.api.knowledge.KnowledgeItemId output = org.copkit.api.knowledge.KnowledgeItemId.random();
      CommunityId other = CommunityId.random();

      storage.transactions().inTransaction(() -> {
        for (org.copkit.api.knowledge.Diffusion.Target target : List.of(new org.copkit.api.knowledge.Diffusion.ToPlatform(),
            new org.copkit.api.knowledge.Diffusion.ToCommunity(other), new org.copkit.api.knowledge.Diffusion.Outside("CEJFE"))) {
          storage.eventPublisher().publish(new org.copkit.api.knowledge.ProductionEvent.Diffused(community, output, target,
              Optional.of(ana), T0));
        }
        return null;
      });

      List<OutboxMessage> messages = storage.outbox().fetchUnpublished(10);
      assertThat(messages).extracting(OutboxMessage::eventType).containsOnly("Diffused");
      assertThat(messages).extracting(OutboxMessage::scope).containsOnly(Optional.of(community.toString()));
      List<JsonNode> targets = new java.util.ArrayList<>();
      for (OutboxMessage message : messages) {
        JsonNode payload = JSON.readTree(message.payload());
        assertThat(payload.get("output").asText()).isEqualTo(output.toString());
        targets.add(payload.get("target"));
      }
      assertThat(targets).extracting(target -> target.get("type").asText())
          .containsExactly("ToPlatform", "ToCommunity", "Outside");
      assertThat(targets.get(1).get("community").asText()).isEqualTo(other.toString());
      assertThat(targets.get(2).get("channel").asText()).isEqualTo("CEJFE");
    }

    @Test
    void keepsNoEventOfATransactionThatRollsBack() {
      JpaStorage storage = database().emptyStorage();

      assertThatThrownBy(
              () ->
                  storage.transactions().inTransaction(
                      () -> {
                        storage.eventPublisher().publish(new MemberLeft(community, ana, Optional.of(ana), T0));
                        throw new IllegalStateException("the use case failed after publishing");
                      }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(storage.outbox().fetchUnpublished(10)).isEmpty();
    }

    @Test
    void handsOutUnpublishedMessagesInTheOrderWrittenUntilMarkedPublished() {
      JpaStorage storage = database().emptyStorage();
      storage.transactions().inTransaction(
          () -> {
            for (int i = 0; i < 5; i++) {
              publish(storage, new MemberLeft(community, MemberId.of("member-" + i), Optional.empty(), T0.plusSeconds(-i)));
            }
            return null;
          });

      List<OutboxMessage> firstBatch = storage.outbox().fetchUnpublished(3);
      storage.outbox().markPublished(firstBatch.stream().map(OutboxMessage::id).toList(), T0);
      List<OutboxMessage> secondBatch = storage.outbox().fetchUnpublished(3);

      assertThat(firstBatch).extracting(OutboxMessage::occurredAt).containsExactly(T0, T0.plusSeconds(-1), T0.plusSeconds(-2));
      assertThat(secondBatch).extracting(OutboxMessage::occurredAt).containsExactly(T0.plusSeconds(-3), T0.plusSeconds(-4));
      assertThat(secondBatch).extracting(OutboxMessage::id).allSatisfy(id -> assertThat(id).isGreaterThan(firstBatch.get(2).id()));
    }

    @Test
    void refusesToPublishOutsideATransaction() {
      JpaStorage storage = database().emptyStorage();

      assertThatThrownBy(() -> storage.eventPublisher().publish(new MemberLeft(community, ana, Optional.of(ana), T0)))
          .isInstanceOf(IllegalStateException.class);
    }

    private Void publish(JpaStorage storage, DomainEvent event) {
      storage.eventPublisher().publish(event);
      return null;
    }
  }

  @Nested
  class OutsideATransaction {

    @Test
    void failsFastOnEveryPort() {
      JpaStorage storage = database().emptyStorage();

      assertThatThrownBy(() -> storage.communities().find(CommunityId.random()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inTransaction");
      assertThatThrownBy(() -> storage.memberships().ofMember(MemberId.of("ana"))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> storage.auditTrail().list("scope", PageRequest.first(1)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> storage.threads().find(ThreadId.random())).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> storage.reactions().counts(List.of(PostId.random()))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> storage.flags().countRaisedSince(MemberId.of("ana"), T0)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> storage.moderationPolicies().find(CommunityId.random()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  /** Runs work that returns nothing in one transaction of the storage. */
  private static void inTransaction(JpaStorage storage, Runnable work) {
    storage.transactions().inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the other transaction did not get there in " + PATIENCE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
