package org.copkit.core.addon;

import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.core.analytics.AnnouncementsAreLearning;
import org.copkit.core.feed.PillBoostSignal;
import org.copkit.tck.addon.ActivityClassifierContract;
import org.copkit.tck.addon.RankingSignalContract;
import org.junit.jupiter.api.Nested;

/** The well-behaved add-ons this module's tests discover pass the test kit. */
class TestAddOnsPassTheKitTest {

  @Nested
  class PillBoost extends RankingSignalContract {
    @Override
    protected RankingSignal signal() {
      return new PillBoostSignal();
    }
  }

  @Nested
  class Announcements extends ActivityClassifierContract {
    @Override
    protected ActivityClassifier classifier() {
      return new AnnouncementsAreLearning();
    }
  }
}
