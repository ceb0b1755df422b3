package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;
import static org.copkit.core.addon.AddOnScene.assertHeldNaming;
import static org.copkit.core.addon.AddOnScene.rule;

import java.util.Map;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * A community's e-moderators turn a moderation rule on or off for their community, audited; the
 * host makes some rules always on.
 */
class RuleSwitchTest {

  private static final ModerationRule IBAN = rule("iban-detector",
      draft -> draft.text().contains("ES91") ? new Verdict.Hold("shows an IBAN") : Verdict.PUBLISH);
  private static final ModerationRule DNI = rule("dni-detector",
      draft -> draft.text().contains("DNI") ? new Verdict.Hold("shows a DNI") : Verdict.PUBLISH);

  private final AddOnScene scene = new AddOnScene(builder -> builder.moderationRule(IBAN).moderationRule(DNI)
      .alwaysOnModerationRule("dni-detector"));

  @Test
  void anEModeratorTurnsARuleOffForTheirCommunityAndOnAgain() {
    RuleSwitch off = scene.platform.moderation().switchRule(JORDI, scene.community.id(), "iban-detector", false);

    assertThat(off.on()).isFalse();
    assertThat(off.by()).isEqualTo(JORDI);
    assertThat(scene.start(MARTA, "El compte ES91 2100 0418 4502 0005 1332")).isInstanceOf(PostOutcome.Published.class);
    assertThat(scene.platform.addOnStats()).filteredOn(s -> s.name().equals("iban-detector"))
        .singleElement().satisfies(s -> assertThat(s.calls()).isZero());

    scene.platform.moderation().switchRule(JORDI, scene.community.id(), "iban-detector", true);
    assertHeldNaming(scene.start(MARTA, "El compte ES91 2100 0418 4502 0005 1333"), "iban-detector");
  }

  @Test
  void theSwitchesAreReadAndEverySwitchIsAudited() {
    scene.platform.moderation().switchRule(JORDI, scene.community.id(), "repeated-post", false);

    assertThat(scene.platform.moderationQueries().ruleSwitches(JORDI, scene.community.id()))
        .containsExactly(Map.entry("newcomer-links", true), Map.entry("repeated-post", false),
            Map.entry("iban-detector", true), Map.entry("dni-detector", true));
    assertThat(scene.storage.auditTrail().list(scene.community.id().toString(), PageRequest.first(50)).items())
        .filteredOn(entry -> entry.action() == AuditAction.MODERATION_RULE_SWITCHED)
        .singleElement().satisfies(entry -> {
          assertThat(entry.actor()).contains(JORDI);
          assertThat(entry.detail()).isEqualTo("rule repeated-post off");
        });
  }

  @Test
  void anAlwaysOnRuleCannotBeTurnedOff() {
    assertThatThrownBy(() -> scene.platform.moderation().switchRule(JORDI, scene.community.id(), "dni-detector", false))
        .isInstanceOf(ConflictException.class).hasMessageContaining("always on");

    assertHeldNaming(scene.start(MARTA, "El DNI 12345678Z"), "dni-detector");
    assertThat(scene.platform.moderationQueries().ruleSwitches(JORDI, scene.community.id()))
        .containsEntry("dni-detector", true);
  }

  @Test
  void aMemberWhoDoesNotModerateCannotSwitchNorReadTheSwitches() {
    assertThatThrownBy(() -> scene.platform.moderation().switchRule(MARTA, scene.community.id(), "iban-detector", false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scene.platform.moderationQueries().ruleSwitches(MARTA, scene.community.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertHeldNaming(scene.start(MARTA, "El compte ES91 2100 0418 4502 0005 1332"), "iban-detector");
  }

  @Test
  void onlyThePlatformsRulesCanBeSwitchedOrMadeAlwaysOn() {
    assertThatThrownBy(() -> scene.platform.moderation().switchRule(JORDI, scene.community.id(), "no-such-rule", false))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-rule");
    assertThatThrownBy(() -> scene.base().alwaysOnModerationRule("no-such-rule").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-rule");
    assertThat(scene.storage.auditTrail().list(scene.community.id().toString(), PageRequest.first(50)).items())
        .extracting(AuditEntry::action).doesNotContain(AuditAction.MODERATION_RULE_SWITCHED);
  }
}
