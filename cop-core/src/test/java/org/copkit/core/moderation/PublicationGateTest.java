package org.copkit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * The gate every post and every own edit passes, through the platform: a muted member's post or
 * edit, and a newcomer's post beyond their limits, are refused before any rule looks at it, and
 * again when a mute comes while the rules look; the limit names what the newcomer made too much
 * of; a newcomer's post with exactly as many links as the community allows is published, one more
 * is held by the newcomer-links rule; of equally strict verdicts the first rule's stands; a rule
 * that cannot say how it fails is not advisory; a held post is withheld with its reason; an edit is
 * no repeat of the post it replaces; what waits about a thread follows it to another community.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia, a participant who joined long ago; Oriol, a
 * newcomer participant; Núria, an administrator.
 */
class PublicationGateTest {

  /** A rule that publishes everything and remembers what it was shown, doing something first if asked. */
  private static final class Watching implements ModerationRule {
    final List<Draft> seen = new CopyOnWriteArrayList<>();
    volatile Consumer<Draft> meanwhile = draft -> {};

    @Override
    public String name() {
      return "watching";
    }

    @Override
    public Verdict review(Draft draft) {
      seen.add(draft);
      meanwhile.accept(draft);
      return Verdict.PUBLISH;
    }

    List<String> bodiesBy(MemberId author) {
      return seen.stream().filter(draft -> draft.author().equals(author)).map(Draft::body).toList();
    }
  }

  private static ModerationRule rule(String name, Function<Draft, Verdict> review) {
    return new ModerationRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Verdict review(Draft draft) {
        return review.apply(draft);
      }
    };
  }

  private static final ModerationPolicy NEWCOMER_LIMITS = new ModerationPolicy(0, 3.0, Duration.ofHours(24), 1, 2, 20, 2);

  private final Watching watching = new Watching();
  private final ConversationScene scene = new ConversationScene(Visibility.OPEN, NEWCOMER_LIMITS, watching);
  private final CommunityId community = scene.community.id();

  private DiscussionThread thread() {
    return ((PostOutcome.Published) scene.platform.discussions()
        .start(MARTA, StartThread.discussion(community, "Protocol", "Comentaris benvinguts"))).thread();
  }

  private PostOutcome reply(MemberId author, DiscussionThread thread, String body) {
    return scene.platform.discussions().reply(author, Reply.to(thread.id(), body));
  }

  private void mute(MemberId member) {
    scene.platform.moderation().mute(JORDI, new MuteMember(community, member, Duration.ofDays(2), "Insults reiterats"));
  }

  private long replies(DiscussionThread thread) {
    return scene.storage.threads().find(thread.id()).orElseThrow().replies();
  }

  @Test
  void aMutedMembersPostsAndEditsReachNoRule() {
    DiscussionThread thread = thread();
    Post before = ((PostOutcome.Published) reply(LAIA, thread, "Abans")).post();
    mute(LAIA);

    assertThatThrownBy(() -> reply(LAIA, thread, "Durant")).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("muted until");
    assertThatThrownBy(() -> scene.platform.discussions().start(LAIA, StartThread.discussion(community, "Nou", "Durant")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("muted until");
    assertThatThrownBy(() -> scene.platform.discussions().edit(LAIA, new EditPost(before.id(), before.version(), "Editat", "")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("muted until");

    assertThat(watching.bodiesBy(LAIA)).containsExactly("Abans");
    assertThat(scene.storage.posts().find(before.id()).orElseThrow().body()).isEqualTo("Abans");
    assertThat(replies(thread)).isEqualTo(1);
  }

  @Test
  void aNewcomersPostBeyondTheirLimitsReachesNoRuleAndTheLimitNamesWhatTheyMadeTooMuchOf() {
    DiscussionThread thread = thread();
    Instant until = scene.clock.instant().plus(Duration.ofHours(24));
    scene.platform.discussions().start(ORIOL, StartThread.discussion(community, "Primer fil", "Hola"));
    reply(ORIOL, thread, "Primera resposta");
    reply(ORIOL, thread, "Segona resposta");

    assertThatThrownBy(() -> scene.platform.discussions().start(ORIOL, StartThread.discussion(community, "Segon fil", "Un altre")))
        .isInstanceOf(RateLimitedException.class).hasMessage("too many new threads; try again at " + until);
    assertThatThrownBy(() -> reply(ORIOL, thread, "Tercera resposta"))
        .isInstanceOf(RateLimitedException.class).hasMessage("too many replies; try again at " + until);
    assertThat(watching.bodiesBy(ORIOL)).containsExactly("Hola", "Primera resposta", "Segona resposta");
  }

  @Test
  void aMemberMutedWhileTheRulesLookAtTheirPostOrEditIsRefusedAndNothingIsStored() {
    DiscussionThread thread = thread();
    Post before = ((PostOutcome.Published) reply(LAIA, thread, "Abans")).post();
    AtomicBoolean muted = new AtomicBoolean();
    watching.meanwhile = draft -> {
      if (draft.author().equals(LAIA) && !muted.getAndSet(true)) {
        mute(LAIA);
      }
    };

    assertThatThrownBy(() -> reply(LAIA, thread, "Durant")).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("muted until");
    assertThat(replies(thread)).isEqualTo(1);
    assertThat(scene.storage.posts().count(org.copkit.api.discussion.port.PostCount.of(community, LAIA))).isEqualTo(1);

    scene.clock.advance(Duration.ofDays(2));
    muted.set(false);
    assertThatThrownBy(() -> scene.platform.discussions().edit(LAIA, new EditPost(before.id(), before.version(), "Editat", "")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("muted until");
    assertThat(scene.storage.posts().find(before.id()).orElseThrow().body()).isEqualTo("Abans");
  }

  @Test
  void aNewcomersPostWithAsManyLinksAsTheCommunityAllowsIsPublishedAndOneMoreIsHeld() {
    DiscussionThread thread = thread();

    assertThat(reply(ORIOL, thread, "[a](https://a.example) [b](https://b.example)"))
        .isInstanceOf(PostOutcome.Published.class);
    assertThat(reply(ORIOL, thread, "[a](https://a.example) [b](https://b.example) [c](https://c.example)"))
        .isInstanceOfSatisfying(PostOutcome.Held.class, held -> assertThat(held.reason())
            .isEqualTo("newcomer-links: a newcomer's post with 3 links (at most 2 are published at once)"));
  }

  @Test
  void aHeldPostIsWithheldWithItsReasonAndWaitsInTheQueue() {
    ConversationScene premoderated = new ConversationScene(Visibility.OPEN, ModerationPolicy.DEFAULT);
    DiscussionThread thread = ((PostOutcome.Published) premoderated.platform.discussions()
        .start(MARTA, StartThread.discussion(premoderated.community.id(), "Protocol", "Comentaris benvinguts"))).thread();

    PostOutcome.Held held = (PostOutcome.Held) premoderated.platform.discussions()
        .reply(LAIA, Reply.to(thread.id(), "La meva primera aportació"));

    ReviewItem item = premoderated.platform.moderationQueries()
        .queue(JORDI, premoderated.community.id(), PageRequest.first(10)).items().get(0);
    assertThat(item.heldBecause()).contains(held.reason());
    assertThat(premoderated.events.eventsOf(ModerationEvent.SubjectWithheld.class)).singleElement().satisfies(event -> {
      assertThat(event.item()).isEqualTo(item.id());
      assertThat(event.subject()).isEqualTo(new ModerationSubject.OfPost(held.post().id()));
      assertThat(event.why()).isEqualTo(held.reason());
      assertThat(event.actor()).contains(LAIA);
    });
  }

  @Test
  void anEditIsNoRepeatOfThePostItReplacesButMayNotRepeatAnother() {
    DiscussionThread thread = thread();
    Post post = ((PostOutcome.Published) reply(LAIA, thread, "Com va la mediacio amb menors?")).post();
    reply(LAIA, thread, "Jo faig servir el protocol del jutjat");

    Post corrected = scene.platform.discussions().edit(LAIA,
        new EditPost(post.id(), post.version(), "Com va la mediació amb menors?", "accent"));

    assertThat(corrected.body()).isEqualTo("Com va la mediació amb menors?");
    assertThatThrownBy(() -> scene.platform.discussions().edit(LAIA,
        new EditPost(post.id(), corrected.version(), "Jo faig servir el protocol del jutjat", "")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("repeated-post"));
  }

  @Test
  void ofEquallyStrictVerdictsTheFirstRulesStands() {
    ConversationScene strict = new ConversationScene(Visibility.OPEN, ConversationScene.UNMODERATED,
        rule("primera", draft -> new Verdict.Hold("la primera ho revisa")),
        rule("segona", draft -> new Verdict.Hold("la segona ho revisa")),
        rule("tercera", draft -> draft.body().contains("fora") ? new Verdict.Reject("fora de lloc") : Verdict.PUBLISH),
        rule("quarta", draft -> draft.body().contains("fora") ? new Verdict.Reject("no és el lloc") : Verdict.PUBLISH));

    assertThat(strict.platform.discussions().start(LAIA, StartThread.discussion(strict.community.id(), "Fil", "Hola")))
        .isInstanceOfSatisfying(PostOutcome.Held.class,
            held -> assertThat(held.reason()).isEqualTo("primera: la primera ho revisa"));
    assertThat(strict.platform.discussions().start(LAIA, StartThread.discussion(strict.community.id(), "Fil", "Vés-te'n fora")))
        .isInstanceOfSatisfying(PostOutcome.Rejected.class, rejected -> {
          assertThat(rejected.rule()).isEqualTo("tercera");
          assertThat(rejected.reason()).isEqualTo("fora de lloc");
        });
  }

  @Test
  void aRuleThatCannotSayHowItFailsHoldsThePostItFailedOn() {
    ModerationRule unsure = new ModerationRule() {
      @Override
      public String name() {
        return "insegura";
      }

      @Override
      public Verdict review(Draft draft) {
        throw new IllegalStateException("a bug in a vendor's rule");
      }

      @Override
      public RuleFailure onFailure() {
        throw new IllegalStateException("a bug in a vendor's rule");
      }
    };
    ConversationScene careful = new ConversationScene(Visibility.OPEN, ConversationScene.UNMODERATED, unsure);

    assertThat(careful.platform.discussions().start(LAIA, StartThread.discussion(careful.community.id(), "Fil", "Hola")))
        .isInstanceOfSatisfying(PostOutcome.Held.class, held -> assertThat(held.reason())
            .isEqualTo("insegura: the rule could not check this post (it failed), so an e-moderator reviews it"));
  }

  @Test
  void whatWaitsAboutAMovedThreadFollowsItToTheOtherCommunitysQueue() {
    Community other = scene.platform.lifecycle().create(JORDI,
        new CommunityDetails("Justícia juvenil", "Mediació amb menors", "", Visibility.OPEN));
    DiscussionThread thread = thread();
    Post post = ((PostOutcome.Published) reply(LAIA, thread, "Un cas de menors")).post();
    ModerationSubject subject = new ModerationSubject.OfPost(post.id());
    scene.platform.moderation().flag(MARTA, new RaiseFlag(community, subject, FlagReason.OFF_TOPIC, "És de menors"));

    scene.platform.discussions().move(NURIA, thread.id(), other.id(), "És de justícia juvenil");

    assertThat(scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items()).isEmpty();
    assertThat(scene.platform.moderationQueries().queue(JORDI, other.id(), PageRequest.first(10)).items())
        .singleElement().satisfies(item -> {
          assertThat(item.subject()).isEqualTo(subject);
          assertThat(item.community()).isEqualTo(other.id());
          assertThat(item.flags()).isEqualTo(1);
        });
    assertThat(scene.storage.posts().find(post.id()).orElseThrow().state()).isEqualTo(PostState.PUBLISHED);
  }
}
