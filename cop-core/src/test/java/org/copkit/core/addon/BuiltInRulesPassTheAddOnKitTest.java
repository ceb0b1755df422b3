package org.copkit.core.addon;

import java.util.List;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.core.BuiltInRules;
import org.copkit.tck.addon.ModerationRuleContract;
import org.junit.jupiter.api.Nested;

/** The built-in rules pass the test kit a vendor's rule must pass. */
class BuiltInRulesPassTheAddOnKitTest {

  @Nested
  class NewcomerLinks extends ModerationRuleContract {
    @Override
    protected ModerationRule rule() {
      return BuiltInRules.newcomerLinks();
    }
  }

  @Nested
  class RepeatedPosts extends ModerationRuleContract {
    @Override
    protected ModerationRule rule() {
      return BuiltInRules.repeatedPosts();
    }
  }

  @Nested
  class BannedTerms extends ModerationRuleContract {
    @Override
    protected ModerationRule rule() {
      return BuiltInRules.bannedTerms(List.of("insult", "ofensa", "mentider"));
    }
  }
}
