package org.copkit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import org.copkit.api.shared.AuditAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModerationTest {

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, ModerationPolicy.DEFAULT);

  private DiscussionThread openThread() {
    PostOutcome outcome = scene.platform.discussions()
        .start(MARTA, StartThread.discussion(scene.community.id(), "Protocol", "Comentaris benvinguts"));
    assertThat(outcome).as("a CORE member is not pre-moderated").isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).thread();
  }

  private List<ReviewItem> queue() {
    return scene.platform.moderationQueries().queue(JORDI, scene.community.id(), PageRequest.first(50)).items();
  }

  private Post publishedReply(MemberId author, DiscussionThread thread, String body) {
    PostOutcome outcome = scene.platform.discussions().reply(author, Reply.to(thread.id(), body));
    if (outcome instanceof PostOutcome.Held held) {
      ReviewItem item = queue().get(0);
      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));
      return scene.storage.posts().find(held.post().id()).orElseThrow();
    }
    return ((PostOutcome.Published) outcome).post();
  }

  private List<java.util.UUID> feedOf(MemberId member) {
    return scene.platform.feed().feed(member, org.copkit.api.feed.FeedQuery.first(50)).items().stream()
        .map(item -> item.activity().value())
        .toList();
  }

  private Flag flag(MemberId flagger, Post post) {
    return scene.platform.moderation()
        .flag(flagger, new RaiseFlag(scene.community.id(), new ModerationSubject.OfPost(post.id()), FlagReason.INAPPROPRIATE, ""));
  }

  @Nested
  class PreModeration {

    @Test
    void aNewMembersFirstPostWaitsForAnEModerator() {
      DiscussionThread thread = openThread();
      PostOutcome outcome = scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "La meva primera aportació"));

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Held.class,
          held -> assertThat(held.reason()).contains("reviewed by an e-moderator"));
      Post held = ((PostOutcome.Held) outcome).post();
      assertThat(scene.platform.discussionQueries().thread(MARTA, thread.id(), PageRequest.first(10)).posts().items())
          .as("others do not see it").hasSize(1);
      assertThat(scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(10)).posts().items())
          .as("its author does").hasSize(2);
      ReviewItem item = queue().get(0);
      assertThat(item.heldBecause()).isPresent();
      assertThat(item.subject()).isEqualTo(new ModerationSubject.OfPost(held.id()));

      ReviewItem decided = scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));

      assertThat(decided.status()).isInstanceOf(ReviewStatus.Decided.class);
      assertThat(scene.platform.discussionQueries().thread(MARTA, thread.id(), PageRequest.first(10)).posts().items()).hasSize(2);
      assertThat(scene.platform.discussionQueries().thread(MARTA, thread.id(), PageRequest.first(10)).thread().replies()).isEqualTo(1);
      assertThat(scene.notifications.sentTo(LAIA)).singleElement()
          .satisfies(n -> assertThat(n.topic()).isEqualTo(Notification.Topic.MODERATION_DECISION));
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "La segona ja no espera")))
          .isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void aHeldThreadIsInvisibleUntilApproved() {
      PostOutcome outcome = scene.platform.discussions().start(LAIA, StartThread.discussion(scene.community.id(), "Nou fil", "Hola"));
      DiscussionThread thread = ((PostOutcome.Held) outcome).thread();
      ThreadSearch newest = new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(10));

      assertThat(scene.platform.discussionQueries().threads(MARTA, newest).items()).isEmpty();
      assertThat(scene.platform.discussionQueries().threads(LAIA, newest).items()).hasSize(1);
      ReviewItem item = queue().get(0);
      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));
      assertThat(scene.platform.discussionQueries().threads(MARTA, newest).items()).extracting(DiscussionThread::id)
          .containsExactly(thread.id());
    }

    @Test
    void aCommunityMayTurnPreModerationOff() {
      DiscussionThread thread = openThread();
      assertThatThrownBy(() -> scene.platform.moderation().configure(MARTA, scene.community.id(), ConversationScene.UNMODERATED))
          .isInstanceOf(AccessDeniedException.class);
      scene.platform.moderation().configure(JORDI, scene.community.id(), ConversationScene.UNMODERATED);

      assertThat(scene.platform.moderationQueries().policy(XAVIER, scene.community.id())).isEqualTo(ConversationScene.UNMODERATED);
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "Directe"))).isInstanceOf(PostOutcome.Published.class);
    }
  }

  @Nested
  class Flags {

    @Test
    void aFlagsWeightGrowsWithTheFlaggersAccuracy() {
      DiscussionThread thread = openThread();
      Post first = publishedReply(LAIA, thread, "Una opinió");
      Flag initial = flag(JORDI, first);
      assertThat(initial.weight()).isEqualTo(1.0);
      assertThatThrownBy(() -> flag(JORDI, first))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));

      ReviewItem item = queue().get(0);
      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Reject("insults")));
      Post second = publishedReply(LAIA, thread, "Una altra opinió");

      assertThat(flag(JORDI, second).weight()).as("one upheld flag: 0.5 + 2/3").isCloseTo(0.5 + 2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(scene.platform.moderationQueries().flags(JORDI, queue().get(0).id())).hasSize(1);
    }

    @Test
    void enoughFlagsHideAPostUntilAModeratorDecides() {
      DiscussionThread thread = openThread();
      Post post = publishedReply(LAIA, thread, "Contingut dubtós");
      flag(MARTA, post);
      flag(JORDI, post);
      assertThat(scene.storage.posts().find(post.id()).orElseThrow().state()).isEqualTo(PostState.PUBLISHED);

      flag(ORIOL, post);

      Post hidden = scene.storage.posts().find(post.id()).orElseThrow();
      assertThat(hidden.state()).isEqualTo(PostState.HIDDEN);
      assertThat(hidden.statementOfReasons()).contains("hidden automatically");
      assertThat(queue()).singleElement().satisfies(item -> {
        assertThat(item.flags()).isEqualTo(3);
        assertThat(item.flagWeight()).isEqualTo(3.0);
      });
      assertThat(scene.events.eventsOf(ModerationEvent.SubjectWithheld.class))
          .filteredOn(event -> event.why().equals(ModerationService.AUTO_HIDDEN)).hasSize(1);
      assertThat(scene.platform.discussionQueries().thread(XAVIER, thread.id(), PageRequest.first(10)).thread().replies()).isZero();
    }

    @Test
    void theQueueIsOrderedByWeightThenAge() {
      DiscussionThread thread = openThread();
      Post older = publishedReply(LAIA, thread, "primer");
      scene.clock.advance(Duration.ofMinutes(1));
      Post newer = publishedReply(MARTA, thread, "segon");
      flag(JORDI, older);
      flag(LAIA, newer);
      flag(ORIOL, newer);

      assertThat(queue()).extracting(ReviewItem::subject)
          .containsExactly(new ModerationSubject.OfPost(newer.id()), new ModerationSubject.OfPost(older.id()));
    }

    @Test
    void outsidersAndInvisibleSubjectsCannotBeFlagged() {
      DiscussionThread thread = openThread();
      Post post = publishedReply(LAIA, thread, "visible");
      assertThatThrownBy(() -> flag(XAVIER, post)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> new RaiseFlag(scene.community.id(), new ModerationSubject.OfPost(post.id()), FlagReason.OTHER, " "))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
      assertThat(queue()).isEmpty();
    }
  }

  @Nested
  class Decisions {

    @Test
    void aRejectionHidesThePostWithAStatementOfReasonsAndIsAudited() {
      DiscussionThread thread = openThread();
      Post post = publishedReply(LAIA, thread, "Dades d'un expedient: DNI 12345678Z");
      flag(MARTA, post);
      ReviewItem item = queue().get(0);

      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(),
          new Decision.Reject("Conté dades personals d'un expedient")));

      Post hidden = scene.storage.posts().find(post.id()).orElseThrow();
      assertThat(hidden.state()).isEqualTo(PostState.HIDDEN);
      assertThat(hidden.statementOfReasons()).isEqualTo("Conté dades personals d'un expedient");
      assertThat(scene.platform.discussionQueries().thread(MARTA, thread.id(), PageRequest.first(10)).posts().items()).hasSize(1);
      assertThat(scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(10)).posts().items()).hasSize(2);
      assertThat(scene.notifications.sentTo(LAIA)).last().satisfies(n -> assertThat(n.text()).contains("dades personals"));
      assertThat(scene.platform.communityQueries().auditTrail(JORDI, scene.community.id(), PageRequest.first(100)).items())
          .filteredOn(entry -> entry.action() == AuditAction.ITEM_DECIDED)
          .last()
          .satisfies(entry -> {
            assertThat(entry.actor()).contains(JORDI);
            assertThat(entry.subject()).contains(LAIA);
            assertThat(entry.reason()).isEqualTo("Conté dades personals d'un expedient");
          });
      assertThat(scene.storage.flags().countWithOutcome(MARTA, Flag.Outcome.UPHELD)).isEqualTo(1);
    }

    @Test
    void aHiddenThreadLeavesTheFeedUntilAnEModeratorApprovesIt() {
      DiscussionThread thread = openThread();
      Post opening = scene.storage.posts().find(thread.openingPost()).orElseThrow();
      assertThat(feedOf(LAIA)).contains(thread.id().value());

      flag(LAIA, opening);
      flag(JORDI, opening);
      flag(ORIOL, opening);

      assertThat(scene.storage.posts().find(opening.id()).orElseThrow().state()).isEqualTo(PostState.HIDDEN);
      assertThat(feedOf(LAIA)).as("retracted when hidden").doesNotContain(thread.id().value());
      assertThat(feedOf(MARTA)).as("also for its author").doesNotContain(thread.id().value());

      ReviewItem item = queue().get(0);
      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Approve()));

      assertThat(feedOf(LAIA)).as("reinstated when approved").contains(thread.id().value());
    }

    @Test
    void anEditAndApproveReplacesTheTextAsAModeratorsRevision() {
      DiscussionThread thread = openThread();
      PostOutcome.Held held = (PostOutcome.Held) scene.platform.discussions()
          .reply(LAIA, Reply.to(thread.id(), "Truqueu-me al 600 000 000"));
      ReviewItem item = queue().get(0);

      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(),
          new Decision.EditAndApprove("Truqueu-me (telèfon retirat)", "No publiquem telèfons personals")));

      Post published = scene.storage.posts().find(held.post().id()).orElseThrow();
      assertThat(published.state()).isEqualTo(PostState.PUBLISHED);
      assertThat(published.body()).isEqualTo("Truqueu-me (telèfon retirat)");
      assertThat(published.statementOfReasons()).isEqualTo("No publiquem telèfons personals");
      assertThat(scene.platform.discussionQueries().revisions(MARTA, published.id())).extracting(r -> r.editedBy())
          .containsExactly(LAIA, JORDI);
    }

    @Test
    void escalatedItemsAreForAdministratorsAndAStaleOrRepeatedDecisionIsAConflict() {
      DiscussionThread thread = openThread();
      publishedReply(LAIA, thread, "x");
      Post post = publishedReply(LAIA, thread, "Polèmic");
      flag(MARTA, post);
      ReviewItem item = queue().get(0);

      ReviewItem escalated = scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Escalate("dubte legal")));
      assertThat(escalated.status()).isInstanceOf(ReviewStatus.Escalated.class);
      assertThat(queue()).isEmpty();
      assertThatThrownBy(() -> scene.platform.moderation().decide(JORDI, new Decide(item.id(), escalated.version(), new Decision.Approve())))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(scene.platform.moderationQueries().escalated(NURIA, PageRequest.first(5)).items()).hasSize(1);
      assertThatThrownBy(() -> scene.platform.moderation().decide(NURIA, new Decide(item.id(), item.version(), new Decision.Approve())))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));

      scene.platform.moderation().decide(NURIA, new Decide(item.id(), escalated.version(), new Decision.Approve()));
      assertThatThrownBy(() -> scene.platform.moderation().decide(NURIA, new Decide(item.id(), escalated.version() + 1, new Decision.Approve())))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThat(scene.storage.flags().countWithOutcome(MARTA, Flag.Outcome.DISMISSED)).isEqualTo(1);
    }

    @Test
    void reportedMembersAreReviewedButCannotBeEdited() {
      ReviewItem item = reportOriol();
      assertThatThrownBy(() -> scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(),
          new Decision.EditAndApprove("x", "y")))).isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo("decision"));
      scene.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), new Decision.Reject("to be muted")));
      assertThat(scene.notifications.sentTo(ORIOL)).isNotEmpty();
    }

    private ReviewItem reportOriol() {
      scene.platform.moderation().flag(LAIA, new RaiseFlag(scene.community.id(), new ModerationSubject.OfMember(ORIOL),
          FlagReason.OTHER, "Envia missatges privats insistents"));
      return queue().get(0);
    }
  }

  @Nested
  class Sanctions {

    @Test
    void aMutedMemberReadsButCannotPostReactOrFlagUntilTheMuteEnds() {
      DiscussionThread thread = openThread();
      Post post = publishedReply(LAIA, thread, "abans");
      scene.platform.moderation().mute(JORDI, new MuteMember(scene.community.id(), LAIA, Duration.ofDays(2), "to de les respostes"));

      assertThatThrownBy(() -> scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "durant")))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("muted until");
      assertThatThrownBy(() -> scene.platform.discussions().react(LAIA, post.id(), Reaction.LIKE)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> flag(LAIA, post)).isInstanceOf(AccessDeniedException.class);
      assertThat(scene.platform.discussionQueries().thread(LAIA, thread.id(), PageRequest.first(5)).posts().items()).isNotEmpty();
      assertThat(scene.notifications.sentTo(LAIA)).last().satisfies(n -> assertThat(n.topic()).isEqualTo(Notification.Topic.SANCTION));
      assertThatThrownBy(() -> scene.platform.moderation().mute(LAIA,
          new MuteMember(scene.community.id(), MARTA, Duration.ofDays(1), "no")))
          .as("only e-moderators mute").isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> scene.platform.moderation().mute(NURIA,
          new MuteMember(scene.community.id(), JORDI, Duration.ofDays(1), "no")))
          .as("e-moderators are not muted").isInstanceOf(ConflictException.class);

      scene.clock.advance(Duration.ofDays(2));
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "després"))).isInstanceOf(PostOutcome.Published.class);
    }
  }

  @Nested
  class RateLimits {

    @Test
    void aNewcomerOpensThreeThreadsOnTheFirstDay() {
      scene.platform.moderation().configure(JORDI, scene.community.id(),
          new ModerationPolicy(0, 3.0, Duration.ofHours(24), 3, 10, 20, 2));
      Instant joined = scene.clock.instant();
      for (int i = 0; i < 3; i++) {
        scene.platform.discussions().start(ORIOL, StartThread.discussion(scene.community.id(), "Fil " + i, "Cos " + i));
      }

      assertThatThrownBy(() -> scene.platform.discussions().start(ORIOL, StartThread.discussion(scene.community.id(), "Fil 4", "Cos 4")))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAt()).isEqualTo(joined.plus(Duration.ofHours(24))));
      assertThat(scene.platform.discussions().start(MARTA, StartThread.discussion(scene.community.id(), "CORE", "sense límit")))
          .isInstanceOf(PostOutcome.Published.class);
      scene.clock.advance(Duration.ofHours(24));
      assertThat(scene.platform.discussions().start(ORIOL, StartThread.discussion(scene.community.id(), "Fil 4", "Cos 4")))
          .isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void aNewcomerWritesTenRepliesOnTheFirstDay() {
      scene.platform.moderation().configure(JORDI, scene.community.id(),
          new ModerationPolicy(0, 3.0, Duration.ofHours(24), 3, 10, 20, 2));
      DiscussionThread thread = openThread();
      for (int i = 0; i < 10; i++) {
        scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "resposta " + i));
      }
      assertThatThrownBy(() -> scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), "onzena")))
          .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void everyoneRaisesAtMostTwentyFlagsADay() {
      scene.platform.moderation().configure(JORDI, scene.community.id(), ConversationScene.UNMODERATED);
      DiscussionThread thread = openThread();
      for (int i = 0; i < 20; i++) {
        flag(JORDI, publishedReply(MARTA, thread, "resposta " + i));
      }
      Post last = publishedReply(MARTA, thread, "la 21a");

      assertThatThrownBy(() -> flag(JORDI, last)).isInstanceOfSatisfying(RateLimitedException.class,
          e -> assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-04-02T00:00:00Z")));
    }
  }

  @Nested
  class Rules {

    @Test
    void bannedTermsAreWholeWordsWhateverTheirCaseAndAccents() {
      ConversationScene strict = new ConversationScene(Visibility.OPEN, ConversationScene.UNMODERATED,
          ModerationRules.bannedTerms(Set.of("imbècil", "fill de puta")));
      DiscussionThread thread = ((PostOutcome.Published) strict.platform.discussions()
          .start(MARTA, StartThread.discussion(strict.community.id(), "Debat", "Obert"))).thread();

      for (String insult : List.of("Ets un IMBECIL", "quin imbècil!", "l'Imbècil de sempre", "Fill  de PUTA")) {
        assertThat(strict.platform.discussions().reply(LAIA, Reply.to(thread.id(), insult)))
            .as(insult).isInstanceOfSatisfying(PostOutcome.Rejected.class, r -> assertThat(r.rule()).isEqualTo("banned-terms"));
      }
      assertThat(strict.platform.discussions().reply(LAIA, Reply.to(thread.id(), "La imbecil·litat és un terme antic")))
          .isInstanceOf(PostOutcome.Published.class);
      assertThat(strict.platform.discussionQueries().thread(MARTA, thread.id(), PageRequest.first(10)).posts().total()).isEqualTo(2);
    }

    @Test
    void aRepeatedPostIsRejectedAndANewcomersLinksAreHeld() {
      scene.platform.moderation().configure(JORDI, scene.community.id(),
          new ModerationPolicy(0, 3.0, Duration.ofHours(24), 3, 10, 20, 2));
      DiscussionThread thread = openThread();
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "Hola a tothom"))).isInstanceOf(PostOutcome.Published.class);
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), "hola  a  TOTHOM")))
          .isInstanceOfSatisfying(PostOutcome.Rejected.class, r -> assertThat(r.rule()).isEqualTo("repeated-post"));

      String links = "[a](https://a.example) [b](https://b.example) [c](https://c.example)";
      assertThat(scene.platform.discussions().reply(ORIOL, Reply.to(thread.id(), links)))
          .isInstanceOfSatisfying(PostOutcome.Held.class, h -> assertThat(h.reason()).startsWith("newcomer-links"));
      assertThat(scene.platform.discussions().reply(LAIA, Reply.to(thread.id(), links)))
          .as("not a newcomer any more").isInstanceOf(PostOutcome.Published.class);
    }

    @Test
    void anAdvisoryRuleThatFailsIsSkippedAndTheStrictestVerdictWins() {
      ModerationRule broken = new ModerationRule() {
        @Override
        public String name() {
          return "broken";
        }

        @Override
        public Verdict review(Draft draft) {
          throw new IllegalStateException("bug in a vendor's rule");
        }

        @Override
        public org.copkit.api.moderation.spi.RuleFailure onFailure() {
          return org.copkit.api.moderation.spi.RuleFailure.SKIP;
        }
      };
      ModerationRule holdAll = new ModerationRule() {
        @Override
        public String name() {
          return "hold-all";
        }

        @Override
        public Verdict review(Draft draft) {
          return new Verdict.Hold("everything is reviewed this week");
        }
      };
      ConversationScene careful = new ConversationScene(Visibility.OPEN, ConversationScene.UNMODERATED, broken, holdAll);

      PostOutcome outcome = careful.platform.discussions().start(LAIA, StartThread.discussion(careful.community.id(), "t", "b"));

      assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Held.class,
          held -> assertThat(held.reason()).isEqualTo("hold-all: everything is reviewed this week"));
      assertThat(careful.platform.discussions().start(JORDI, StartThread.discussion(careful.community.id(), "t", "b")))
          .as("the rules look at e-moderators' posts too").isInstanceOfSatisfying(PostOutcome.Held.class,
              held -> assertThat(held.reason()).isEqualTo("hold-all: everything is reviewed this week"));
      assertThat(PERE).isNotNull();
    }
  }
}
