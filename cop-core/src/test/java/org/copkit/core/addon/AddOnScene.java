package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.ConversationScene;
import org.copkit.core.CopPlatform;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;

/**
 * A platform with add-ons, built through the public builder: Jordi founds a community (its
 * e-moderator) and invites Marta into its working group; the platform's storage counts the
 * transactions open at any moment, so a test can see whether an add-on runs inside one.
 */
final class AddOnScene {

  static final MemberId JORDI = ConversationScene.JORDI;
  static final MemberId MARTA = ConversationScene.MARTA;
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  final TestClock clock = new TestClock(START);
  final AtomicInteger openTransactions = new AtomicInteger();
  final AtomicInteger transactionsRun = new AtomicInteger();
  /** The storage under this scene's platform, as it is (not counting). */
  final CopStorage storage = InMemoryStorage.create();
  final CopPlatform platform;
  final Community community;

  AddOnScene(UnaryOperator<CopPlatform.Builder> configure) {
    platform = configure.apply(base().storage(counting(storage))).build();
    community = platform.lifecycle().create(JORDI,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    var invitation = platform.joining().invite(JORDI, new Invite(community.id(), MARTA, Tier.CORE, ""));
    platform.joining().accept(MARTA, invitation.id());
    clock.advance(Duration.ofHours(1));
  }

  /**
   * @return a builder with this scene's directory, clock and counting storage, no discovery, and a
   *     generous time budget
   */
  CopPlatform.Builder base() {
    return CopPlatform.builder()
        .directory(InMemoryDirectory.of(
            Person.active(JORDI, "Jordi Casals", "Mediació"), Person.active(MARTA, "Marta Roca", "Mediació")))
        .clock(clock)
        .storage(counting(InMemoryStorage.create()))
        .moderationDefaults(ConversationScene.UNMODERATED)
        // generous, so that a busy machine is not late; the tests of lateness set their own
        .rankingSignalBudget(Duration.ofSeconds(5))
        .moderationRuleBudget(Duration.ofSeconds(5))
        .discoverModerationRules(false)
        .discoverRankingSignals(false)
        .discoverActivityClassifiers(false);
  }

  PostOutcome start(MemberId author, String body) {
    PostOutcome outcome = platform.discussions().start(author, StartThread.discussion(community.id(), "Casos", body));
    clock.advance(Duration.ofMinutes(1));
    return outcome;
  }

  PostOutcome announce(String body) {
    PostOutcome outcome = platform.discussions().start(JORDI, new StartThread(
        community.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY, "Jornada", body, Set.of()));
    clock.advance(Duration.ofMinutes(1));
    return outcome;
  }

  /** A storage that counts the transactions open on it, as a JDBC pool would count connections. */
  private CopStorage counting(CopStorage storage) {
    Transactions real = storage.transactions();
    Transactions counted = new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return real.inTransaction(() -> {
          openTransactions.incrementAndGet();
          transactionsRun.incrementAndGet();
          try {
            return work.get();
          } finally {
            openTransactions.decrementAndGet();
          }
        });
      }
    };
    return (CopStorage) Proxy.newProxyInstance(CopStorage.class.getClassLoader(), new Class<?>[] {CopStorage.class},
        (proxy, method, args) -> {
          if (method.getName().equals("transactions") && method.getParameterCount() == 0) {
            return counted;
          }
          try {
            return method.invoke(storage, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** A rule made of a name, a review and a failure policy. */
  static ModerationRule rule(String name, Function<Draft, Verdict> review) {
    return rule(name, review, RuleFailure.HOLD);
  }

  static ModerationRule rule(String name, Function<Draft, Verdict> review, RuleFailure onFailure) {
    return new ModerationRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Verdict review(Draft draft) {
        return review.apply(draft);
      }

      @Override
      public RuleFailure onFailure() {
        return onFailure;
      }
    };
  }

  static void assertHeldNaming(PostOutcome outcome, String rule) {
    assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Held.class,
        held -> assertThat(held.reason()).startsWith(rule + ":"));
  }

  static List<String> names(List<? extends Object> items, Function<Object, String> name) {
    return items.stream().map(name).toList();
  }
}
