package org.copkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interests;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * What the knowledge base tells others: new pills, library documents and outputs reach the feeds of
 * whoever may read them, as activities of the KNOW_HOW (pills, documents) or PRODUCTION (outputs)
 * component, each with its item's first tags up to the feed's limit; owners are told once when an
 * item of theirs is overdue, however often the reminder runs; e-moderators are told when a member
 * flags an item as outdated.
 *
 * <p>The scene: Jordi, e-moderator; Marta, CORE; Laia, an expert participant; Oriol, a participant;
 * Xavier, an outsider; Núria, an administrator.
 */
class KnowledgeActivityTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final CommunityId community = scene.community.id();

  KnowledgeActivityTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private KnowledgeItem item(MemberId author, KnowledgeKind kind, Audience audience, String title) {
    return scene.platform.knowledgeBase().create(author, new CreateItem(community, kind, audience,
        new KnowledgeContent(title, "Pas 1", "https://docs.example.org/p.pdf", Set.of("mediació"), Set.of()), ""));
  }

  private List<FeedItem> feedOf(MemberId member) {
    return scene.platform.feed().feed(member, FeedQuery.first(50)).items();
  }

  @Test
  void newItemsReachTheFeedsOfWhoeverMayReadThem() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY, "Primer contacte");
    KnowledgeItem document = item(MARTA, KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY, "Guia");
    KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE, "Esborrany");

    assertThat(feedOf(ORIOL)).extracting(f -> f.activity().value(), FeedItem::kind, FeedItem::component)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(pill.id().value(), ActivityKind.KNOWLEDGE_PILL, CopComponent.KNOW_HOW),
            org.assertj.core.groups.Tuple.tuple(document.id().value(), ActivityKind.DOCUMENT, CopComponent.KNOW_HOW));
    assertThat(feedOf(JORDI)).extracting(f -> f.activity().value()).contains(core.id().value());
    assertThat(feedOf(JORDI)).filteredOn(f -> f.activity().value().equals(core.id().value()))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(ActivityKind.OUTPUT);
          assertThat(f.component()).isEqualTo(CopComponent.PRODUCTION);
        });
    assertThat(feedOf(XAVIER)).isEmpty();
  }

  @Test
  void anItemsActivityCarriesItsFirstTagsUpToTheFeedsLimit() {
    Set<String> tags = java.util.stream.IntStream.rangeClosed(1, KnowledgeContent.MAX_TAGS)
        .mapToObj(n -> String.format("tema%02d", n)).collect(java.util.stream.Collectors.toSet());
    KnowledgeContent content = new KnowledgeContent("Molts temes", "Pas 1", "https://docs.example.org/p.pdf", tags, Set.of());
    KnowledgeItem pill = scene.platform.knowledgeBase().create(LAIA,
        new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY, content, ""));
    KnowledgeItem draft = scene.platform.production().startDraft(MARTA,
        new org.copkit.api.knowledge.Production.StartDraft(community, content, "")).item();
    List<ActivityId> activities = List.of(new ActivityId(pill.id().value()), ProductionFeed.idOf("draft", draft, community));
    String last = String.format("tema%02d", org.copkit.api.feed.Activity.MAX_TAGS);
    String leftOut = String.format("tema%02d", org.copkit.api.feed.Activity.MAX_TAGS + 1);

    scene.platform.activities().declareInterests(MARTA, new Interests(Set.of(last), Set.of()));
    assertThat(activities).as("the last tag an activity holds").allSatisfy(id -> assertThat(relevance(MARTA, id)).isPositive());

    scene.platform.activities().declareInterests(MARTA, new Interests(Set.of(leftOut), Set.of()));
    assertThat(activities).as("the first tag it leaves out").allSatisfy(id -> assertThat(relevance(MARTA, id)).isZero());
  }

  private double relevance(MemberId member, ActivityId activity) {
    return scene.platform.feed().explain(member, activity).contributions().stream()
        .filter(c -> c.signal().equals(BuiltInSignal.RELEVANCE.signalName()))
        .mapToDouble(Explanation.Contribution::value)
        .sum();
  }

  @Test
  void ownersAreToldOnceWhenTheirItemIsOverdueHoweverOftenTheReminderRuns() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY, "Primer contacte");
    item(MARTA, KnowledgeKind.LIBRARY_DOCUMENT, Audience.CORE, "Guia interna");

    assertThat(scene.platform.knowledgeCuration().remindOverdue(JORDI, community)).isZero();
    scene.clock.advance(Duration.ofDays(367));

    assertThat(scene.platform.knowledgeCuration().remindOverdue(JORDI, community)).isEqualTo(2);
    assertThat(scene.platform.knowledgeCuration().remindOverdue(NURIA, community)).as("told once").isZero();
    assertThat(scene.notifications.sentTo(LAIA)).filteredOn(n -> n.topic() == Notification.Topic.KNOWLEDGE_REVIEW)
        .singleElement().satisfies(n -> {
          assertThat(n.subject()).contains("Primer contacte");
          assertThat(n.link()).isEqualTo("knowledge:" + pill.id());
        });
    assertThat(scene.notifications.sentTo(MARTA)).filteredOn(n -> n.topic() == Notification.Topic.KNOWLEDGE_REVIEW)
        .hasSize(1);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().remindOverdue(MARTA, community))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().remindOverdue(XAVIER, community))
        .isInstanceOf(org.copkit.api.shared.CopException.class);
  }

  @Test
  void eModeratorsAreToldWhenAMemberFlagsAnItemAsOutdated() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY, "Primer contacte");

    scene.platform.moderation().flag(ORIOL, new RaiseFlag(community, new ModerationSubject.OfKnowledgeItem(pill.id()),
        FlagReason.OUTDATED, "La reforma de 2025 ho canvia"));
    scene.platform.moderation().flag(MARTA, new RaiseFlag(community, new ModerationSubject.OfKnowledgeItem(pill.id()),
        FlagReason.SPAM, ""));

    assertThat(scene.notifications.sentTo(JORDI)).filteredOn(n -> n.topic() == Notification.Topic.KNOWLEDGE_REVIEW)
        .singleElement().satisfies(n -> {
          assertThat(n.subject()).isEqualTo("Flagged as outdated: Primer contacte");
          assertThat(n.text()).contains("La reforma de 2025 ho canvia");
        });
    assertThat(scene.notifications.sentTo(ORIOL)).isEmpty();
  }
}
