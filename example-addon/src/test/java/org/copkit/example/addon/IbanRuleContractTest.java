package org.copkit.example.addon;

import static org.assertj.core.api.Assertions.assertThat;

import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.tck.addon.ModerationRuleContract;
import org.junit.jupiter.api.Test;

/** The rule passes the add-on test kit, and finds what it is for. */
class IbanRuleContractTest extends ModerationRuleContract {

  @Override
  protected ModerationRule rule() {
    return new IbanRule();
  }

  @Test
  void holdsAPostShowingAnIban() {
    assertThat(rule().review(draft("El compte és ES91 2100 0418 4502 0005 1332, gràcies", false)))
        .isInstanceOf(Verdict.Hold.class);
    assertThat(rule().review(draft("El compte és ES9121000418450200051332", false))).isInstanceOf(Verdict.Hold.class);
    assertThat(rule().review(draft("Expedient ES-2026/0042", false))).isEqualTo(Verdict.PUBLISH);
  }
}
