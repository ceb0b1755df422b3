package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.moderation.port.RuleSwitches;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RuleSwitches}: a community has no switches until some are put, then, per
 * rule, exactly the last one put, every field as given, ordered by rule name, whatever other
 * communities have.
 */
public abstract class RuleSwitchesContract extends ModerationStorageContract {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123456Z");

  private final CommunityId community = CommunityId.random();
  private final MemberId jordi = MemberId.of("jordi");
  private RuleSwitches switches;

  /** For subclasses. */
  protected RuleSwitchesContract() {}

  @BeforeEach
  final void openPorts() {
    switches = eachCallInATransaction(RuleSwitches.class, ModerationStorage::ruleSwitches);
  }

  @Nested
  class PutAndList {

    @Test
    void aCommunityWithoutSwitchesHasNone() {
      switches.put(new RuleSwitch(CommunityId.random(), "iban-detector", false, jordi, AT));

      assertThat(switches.of(community)).isEmpty();
    }

    @Test
    void listsEverySwitchWithEveryFieldAsPutByRuleName() {
      RuleSwitch iban = new RuleSwitch(community, "iban-detector", false, jordi, AT);
      RuleSwitch tone = new RuleSwitch(community, "tone-hints", true, MemberId.of("marta"), AT.plusSeconds(60));
      RuleSwitch banned = new RuleSwitch(community, "banned-terms", false, jordi, AT.plus(1, ChronoUnit.DAYS));

      switches.put(tone);
      switches.put(iban);
      switches.put(banned);

      assertThat(switches.of(community)).containsExactly(banned, iban, tone);
    }

    @Test
    void aNewSwitchForARuleReplacesTheOld() {
      switches.put(new RuleSwitch(community, "iban-detector", false, jordi, AT));
      RuleSwitch back = new RuleSwitch(community, "iban-detector", true, MemberId.of("marta"), AT.plusSeconds(3600));

      switches.put(back);

      assertThat(switches.of(community)).containsExactly(back);
    }

    @Test
    void communitiesKeepTheirOwnSwitches() {
      CommunityId other = CommunityId.random();
      RuleSwitch here = new RuleSwitch(community, "iban-detector", false, jordi, AT);
      RuleSwitch there = new RuleSwitch(other, "iban-detector", true, jordi, AT);

      switches.put(here);
      switches.put(there);

      assertThat(switches.of(community)).containsExactly(here);
      assertThat(switches.of(other)).containsExactly(there);
    }

    @Test
    void keepsTheLongestRuleName() {
      RuleSwitch longest = new RuleSwitch(community, "r".repeat(RuleSwitch.RULE_NAME_LENGTH), false,
          MemberId.of("m".repeat(MemberId.MAX_LENGTH)), AT);

      switches.put(longest);

      assertThat(switches.of(community)).containsExactly(longest);
    }
  }
}
