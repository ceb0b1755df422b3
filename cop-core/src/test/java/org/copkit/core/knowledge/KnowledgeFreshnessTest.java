package org.copkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.Curation;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.SetFreshness;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * Freshness through the platform: every item has an owner (its creator at first) and a review-by
 * day (a year on); its owner or whoever may change it sets them; overdue items are listed for the
 * community's e-moderators (all they may read) and for their owners (theirs); members flag an item
 * as outdated into the community's review queue, and an e-moderator who upholds the flags makes it
 * overdue at once and tells its owner.
 */
class KnowledgeFreshnessTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final CommunityId community = scene.community.id();

  KnowledgeFreshnessTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(scene.clock.instant(), ZoneOffset.UTC);
  }

  private KnowledgeItem item(MemberId author, KnowledgeKind kind, Audience audience) {
    return scene.platform.knowledgeBase().create(author, new CreateItem(community, kind, audience,
        new KnowledgeContent("Protocol", "Pas 1", "https://docs.example.org/p.pdf", Set.of(), Set.of()), ""));
  }

  private java.util.List<KnowledgeItem> overdue(MemberId reader) {
    return scene.platform.knowledgeQueries().overdue(reader, community, PageRequest.first(20)).items();
  }

  @Test
  void anItemIsOwnedByItsCreatorAndDueAYearOnThenListedForItsOwnerAndTheEModerators() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY);
    KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE);

    assertThat(pill.curation()).isEqualTo(Curation.initial(LAIA, today()));
    assertThat(overdue(JORDI)).isEmpty();

    scene.clock.advance(Duration.ofDays(367));

    assertThat(overdue(JORDI)).extracting(KnowledgeItem::id).containsExactlyInAnyOrder(pill.id(), core.id());
    assertThat(overdue(LAIA)).extracting(KnowledgeItem::id).containsExactly(pill.id());
    assertThat(overdue(MARTA)).extracting(KnowledgeItem::id).containsExactly(core.id());
    assertThat(overdue(ORIOL)).isEmpty();
    assertThatThrownBy(() -> overdue(XAVIER)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theOwnerOrWhoeverMayChangeTheItemSetsOwnerAndDay() {
    KnowledgeItem output = item(MARTA, KnowledgeKind.OUTPUT, Audience.COMMUNITY);
    LocalDate inMonth = today().plusDays(30);

    KnowledgeItem handed = scene.platform.knowledgeCuration().keepFresh(MARTA, new SetFreshness(output.id(), LAIA, inMonth));
    KnowledgeItem byOwner = scene.platform.knowledgeCuration().keepFresh(LAIA, new SetFreshness(output.id(), LAIA, inMonth.plusDays(1)));

    assertThat(handed.curation().owner()).isEqualTo(LAIA);
    assertThat(byOwner.curation().reviewBy()).isEqualTo(inMonth.plusDays(1));
    assertThat(byOwner.revision()).isEqualTo(1);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(ORIOL, new SetFreshness(output.id(), ORIOL, inMonth)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(XAVIER, new SetFreshness(output.id(), XAVIER, inMonth)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(MARTA, new SetFreshness(output.id(), LAIA, today().minusDays(1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewBy");
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(MARTA, new SetFreshness(output.id(), XAVIER, inMonth)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("owner");
    KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE);
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(MARTA, new SetFreshness(core.id(), LAIA, inMonth)))
        .as("a participant cannot own what only the working group reads").isInstanceOf(InvalidInputException.class);
    assertThat(scene.platform.knowledgeQueries().item(JORDI, output.id()).curation()).isEqualTo(byOwner.curation());
  }

  @Test
  void anOwnerWhoWritesThereKeepsTheirItemFreshAndEveryChangeIsAuditedAndPublished() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY);
    LocalDate inMonth = today().plusDays(30);
    int eventsBefore = scene.events.events().size();

    scene.platform.knowledgeCuration().keepFresh(JORDI, new SetFreshness(pill.id(), ORIOL, inMonth));
    KnowledgeItem byOwner = scene.platform.knowledgeCuration().keepFresh(ORIOL,
        new SetFreshness(pill.id(), ORIOL, inMonth.plusDays(1)));
    scene.platform.knowledgeCuration().keepFresh(JORDI, new SetFreshness(pill.id(), PERE, inMonth));

    assertThat(byOwner.curation().reviewBy()).as("a participant who owns a pill, though no expert").isEqualTo(inMonth.plusDays(1));
    assertThatThrownBy(() -> scene.platform.knowledgeCuration().keepFresh(PERE, new SetFreshness(pill.id(), PERE, inMonth)))
        .as("an owner who only observes there").isInstanceOf(AccessDeniedException.class);
    assertThat(scene.storage.transactions().inTransaction(() -> scene.storage.auditTrail()
        .list(community.toString(), PageRequest.first(100)).items()).stream()
        .filter(e -> e.action() == org.copkit.api.shared.AuditAction.KNOWLEDGE_ITEM_CURATED)
        .map(e -> e.actor().orElseThrow().value() + ": " + e.detail()).toList()).containsExactlyInAnyOrder(
            "jordi: PILL " + pill.id() + " kept by oriol, review by " + inMonth,
            "oriol: PILL " + pill.id() + " kept by oriol, review by " + inMonth.plusDays(1),
            "jordi: PILL " + pill.id() + " kept by pere, review by " + inMonth);
    assertThat(scene.events.events().subList(eventsBefore, scene.events.events().size()))
        .filteredOn(org.copkit.api.knowledge.KnowledgeEvent.ItemCurated.class::isInstance)
        .map(e -> ((org.copkit.api.knowledge.KnowledgeEvent.ItemCurated) e).curation().owner())
        .containsExactly(ORIOL, ORIOL, PERE);
  }

  @Test
  void membersFlagAnItemAsOutdatedAndAnUpheldFlagMakesItOverdueAtOnceAndTellsItsOwner() {
    KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY);
    ModerationSubject subject = new ModerationSubject.OfKnowledgeItem(pill.id());

    Flag flag = scene.platform.moderation().flag(ORIOL, new RaiseFlag(community, subject, FlagReason.OUTDATED,
        "The 2025 reform changed step 2"));

    assertThat(flag.subject()).isEqualTo(subject);
    assertThat(ModerationSubject.parse(subject.key())).isEqualTo(subject);
    ReviewItem queued = scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items().get(0);
    assertThat(queued.subject()).isEqualTo(subject);
    assertThat(overdue(LAIA)).isEmpty();

    scene.platform.moderation().decide(JORDI, new Decide(queued.id(), queued.version(),
        new Decision.Reject("Step 2 is out of date since the reform")));

    assertThat(overdue(LAIA)).extracting(KnowledgeItem::id).containsExactly(pill.id());
    assertThat(overdue(JORDI)).extracting(KnowledgeItem::id).containsExactly(pill.id());
    assertThat(scene.notifications.sentTo(LAIA)).extracting(Notification::topic).contains(Notification.Topic.MODERATION_DECISION);
  }

  @Test
  void nobodyFlagsAnItemTheyMayNotRead() {
    KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE);
    ModerationSubject subject = new ModerationSubject.OfKnowledgeItem(core.id());

    assertThatThrownBy(() -> scene.platform.moderation().flag(ORIOL, new RaiseFlag(community, subject, FlagReason.OUTDATED, "")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scene.platform.moderation().flag(PERE, new RaiseFlag(community, subject, FlagReason.OUTDATED, "")))
        .isInstanceOf(NotFoundException.class);
    ConversationScene elsewhere = new ConversationScene(Visibility.OPEN);
    assertThatThrownBy(() -> elsewhere.platform.moderation().flag(ORIOL,
        new RaiseFlag(elsewhere.community.id(), subject, FlagReason.OUTDATED, ""))).isInstanceOf(NotFoundException.class);
    assertThat(scene.platform.moderationQueries().queue(JORDI, community, PageRequest.first(10)).items()).isEmpty();
  }
}
