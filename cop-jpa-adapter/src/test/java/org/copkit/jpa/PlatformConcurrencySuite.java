package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.port.OutputCycles;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.CopStorage;
import org.junit.jupiter.api.Test;
import org.copkit.core.CopPlatform;
import org.copkit.tck.community.MembershipConcurrencyContract;
import org.copkit.tck.learning.CalendarConcurrencyContract;
import org.copkit.tck.moderation.DecisionConcurrencyContract;
import org.junit.jupiter.api.Nested;

/**
 * The platform's rules under many concurrent threads, on the JPA storage of one database: the real
 * use cases, their retries on optimistic-locking conflicts, and the database's own isolation. A
 * subclass per database names its {@link MigratedStorage}.
 */
abstract class PlatformConcurrencySuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  /** @return a platform on the emptied storage, its events in the outbox (the storage's default publisher) */
  private CopPlatform platform(Directory directory) {
    return CopPlatform.builder().storage(database().emptyStorage()).directory(directory).build();
  }

  @Nested
  class Memberships extends MembershipConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(
          platform.lifecycle(), platform.joining(), platform.memberAdministration(), platform.communityQueries());
    }
  }

  @Nested
  class Decisions extends DecisionConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(
          platform.lifecycle(),
          platform.joining(),
          platform.memberAdministration(),
          platform.communityQueries(),
          platform.discussions(),
          platform.discussionQueries(),
          platform.moderation(),
          platform.moderationQueries(),
          platform.feed());
    }
  }

  @Nested
  class Knowledge extends org.copkit.tck.knowledge.KnowledgeConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.knowledgeBase(), platform.knowledgeCuration(),
          platform.knowledgeQueries());
    }
  }

  @Nested
  class Calendar extends CalendarConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.learningCalendar(), platform.learningQueries());
    }
  }

  @Nested
  class Feedback extends org.copkit.tck.knowledge.FeedbackConcurrencyContract {
    @Override
    protected List<UseCases> nodes(Directory directory) {
      CopPlatform one = platform(directory);
      CopPlatform two = CopPlatform.builder().storage(database().newNode()).directory(directory).build();
      return List.of(node(one), node(two));
    }

    private UseCases node(CopPlatform platform) {
      return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(), platform.knowledgeFeedback());
    }
  }

  @Nested
  class Completions extends org.copkit.tck.learning.CompletionConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.learning(), platform.lmsCompletions(), platform.learningQueries());
    }
  }

  @Nested
  class Reviews extends org.copkit.tck.knowledge.ProductionConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.joining(), platform.memberAdministration(),
          platform.communityQueries(), platform.production(), platform.productionQueries(), platform.feed());
    }
  }

  /**
   * Two reviewers approve in a forced order: the first reads the cycle, the second approves and
   * commits, then the first writes from the version it read. Its write is a stale version; the use
   * case runs again on fresh data, and both votes are kept.
   */
  @Nested
  class ForcedReviewOrder {

    @Test
    void theReviewerWhoseWriteLostIsRetriedAndBothVotesAreKept() throws Exception {
      JpaStorage real = database().emptyStorage();
      Thread[] first = new Thread[1];
      CountDownLatch firstRead = new CountDownLatch(1);
      CountDownLatch secondCommitted = new CountDownLatch(1);
      AtomicInteger firstWrites = new AtomicInteger();
      OutputCycles cycles = (OutputCycles) Proxy.newProxyInstance(OutputCycles.class.getClassLoader(),
          new Class<?>[] {OutputCycles.class}, (proxy, method, args) -> {
            if (method.getName().equals("update") && Thread.currentThread() == first[0]
                && firstWrites.incrementAndGet() == 1) {
              firstRead.countDown();
              await(secondCommitted);
            }
            return invoke(method, real.outputCycles(), args);
          });
      CopStorage storage = (CopStorage) Proxy.newProxyInstance(CopStorage.class.getClassLoader(),
          new Class<?>[] {CopStorage.class},
          (proxy, method, args) -> method.getName().equals("outputCycles") ? cycles : invoke(method, real, args));
      CopPlatform platform = reviewPlatform(storage);
      MemberId eva = MemberId.of("eva");
      OutputCycle review = inReview(platform);
      KnowledgeItemId id = review.output();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<OutputCycle> laia = pool.submit(() -> {
          first[0] = Thread.currentThread();
          return platform.production().review(MemberId.of("laia"),
              new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, "la primera a llegir"));
        });
        await(firstRead);
        platform.production().review(MemberId.of("jordi"), new Production.ReviewOutput(id, 1, Review.Verdict.APPROVE, ""));
        secondCommitted.countDown();
        OutputCycle after = laia.get(30, TimeUnit.SECONDS);

        assertThat(firstWrites).as("the first write was stale and the use case ran again").hasValue(2);
        assertThat(after.reviews()).extracting(Review::reviewer)
            .containsExactly(MemberId.of("jordi"), MemberId.of("laia"));
        assertThat(after.version()).isEqualTo(review.version() + 2);
        assertThat(platform.productionQueries().output(eva, id).cycle()).isEqualTo(after);
      } finally {
        pool.shutdownNow();
        platform.close();
      }
    }

    private Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private void await(CountDownLatch latch) throws InterruptedException {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the other reviewer did not get there in 30 s");
      }
    }
  }

  /**
   * Members posting at once in one community, each in a thread of their own, continuously: every
   * post is published. Each post moves the community's last activity; were it written on every
   * post, the writers would take turns on the community's row and run out of retries.
   */
  @Nested
  class PostingAtOnceInOneCommunity {

    @Test
    void everyPostOfMembersWritingAtOnceIsPublished() throws Exception {
      CopPlatform platform = reviewPlatform(database().emptyStorage());
      List<MemberId> writers = List.of(MemberId.of("nuria"), MemberId.of("jordi"), MemberId.of("laia"), MemberId.of("eva"));
      Community community = platform.lifecycle().create(writers.get(3),
          new CommunityDetails("Mediació", "Mediation", "", Visibility.OPEN));
      platform.moderation().configure(writers.get(3), community.id(),
          new org.copkit.api.moderation.ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 1000, 1000, 1000, 1000));
      List<org.copkit.api.discussion.ThreadId> threads = new java.util.ArrayList<>();
      for (MemberId writer : writers) {
        if (!writer.equals(writers.get(3))) {
          platform.joining().join(writer, community.id(), "");
        }
        org.copkit.api.discussion.PostOutcome opened = platform.discussions().start(writer,
            org.copkit.api.discussion.StartThread.discussion(community.id(), "Fil de " + writer.value(), "Obro"));
        threads.add(((org.copkit.api.discussion.PostOutcome.Published) opened).thread().id());
      }
      int each = 30;
      AtomicInteger published = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(writers.size());
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new java.util.ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
          int writer = w;
          done.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < each; i++) {
              org.copkit.api.discussion.PostOutcome outcome = platform.discussions().reply(writers.get(writer),
                  org.copkit.api.discussion.Reply.to(threads.get(writer), "Resposta " + i));
              if (outcome instanceof org.copkit.api.discussion.PostOutcome.Published) {
                published.incrementAndGet();
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> writer : done) {
          writer.get(120, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
        platform.close();
      }

      assertThat(published).hasValue(writers.size() * each);
    }
  }

  /**
   * A reader's transaction reads an output's cycle in review; a reviewer on another thread asks for
   * changes and commits; the reader reads the cycle again in the same transaction. Its row was read
   * before the change and its reviewers' rows are gone after it: the read is of one version or the
   * other, whole, never a cycle in review without its reviewers.
   */
  @Nested
  class ForcedReadAcrossAChange {

    @Test
    void aCycleReadWhileAReviewerSendsItBackIsOneVersionWhole() throws Exception {
      JpaStorage real = database().emptyStorage();
      CopPlatform platform = reviewPlatform(real);
      OutputCycle review = inReview(platform);
      KnowledgeItemId id = review.output();
      ExecutorService otherThread = Executors.newSingleThreadExecutor();
      try {
        OutputCycle reread = real.transactions().inTransaction(() -> {
          assertThat(real.outputCycles().find(id)).get().isEqualTo(review);
          try {
            otherThread.submit(() -> platform.production().review(MemberId.of("jordi"),
                    new Production.ReviewOutput(id, 1, Review.Verdict.REQUEST_CHANGES, "cal l'annex")))
                .get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new AssertionError("the change request failed", e);
          }
          return real.outputCycles().find(id).orElseThrow();
        });
        OutputCycle changed = platform.productionQueries().output(MemberId.of("eva"), id).cycle();

        assertThat(changed.stage()).isEqualTo(new OutputStage.Draft(1));
        assertThat(reread).as("the cycle as of one version: before the change request or after it")
            .isIn(review, changed);
      } finally {
        otherThread.shutdownNow();
        platform.close();
      }
    }
  }

  /** @return a platform on the storage, its people a moderator (eva), an author (nuria) and two reviewers */
  private static CopPlatform reviewPlatform(CopStorage storage) {
    Map<MemberId, Person> people = new java.util.HashMap<>();
    for (String name : List.of("eva", "nuria", "jordi", "laia")) {
      people.put(MemberId.of(name), Person.active(MemberId.of(name), name, "Mediació"));
    }
    return CopPlatform.builder().storage(storage).directory(id -> java.util.Optional.ofNullable(people.get(id))).build();
  }

  /** @return the cycle of an output nuria drafted and eva sent to jordi and laia for review */
  private static OutputCycle inReview(CopPlatform platform) {
    MemberId eva = MemberId.of("eva");
    Community community = platform.lifecycle().create(eva,
        new CommunityDetails("Mediació", "Mediation", "", Visibility.OPEN));
    for (String name : List.of("nuria", "jordi", "laia")) {
      platform.joining().join(MemberId.of(name), community.id(), "");
      platform.memberAdministration().changeTier(eva, new ChangeTier(community.id(), MemberId.of(name), Tier.CORE, ""));
    }
    Output draft = platform.production().startDraft(MemberId.of("nuria"), new Production.StartDraft(community.id(),
        new KnowledgeContent("Protocol", "Cos", "", Set.of(), Set.of()), ""));
    return platform.production().requestReview(eva, new Production.RequestReview(draft.item().id(),
        draft.cycle().version(), Set.of(MemberId.of("jordi"), MemberId.of("laia"))));
  }
}
