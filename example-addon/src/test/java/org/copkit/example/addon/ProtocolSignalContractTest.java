package org.copkit.example.addon;

import static org.assertj.core.api.Assertions.assertThat;

import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.tck.addon.RankingSignalContract;
import org.junit.jupiter.api.Test;

/** The signal passes the add-on test kit, and lifts what it is for. */
class ProtocolSignalContractTest extends RankingSignalContract {

  @Override
  protected RankingSignal signal() {
    return new ProtocolSignal();
  }

  @Test
  void liftsProtocolsOnly() {
    assertThat(activities()).anySatisfy(a -> assertThat(signal().activityTerm(a)).isEqualTo(1.0))
        .anySatisfy(a -> assertThat(signal().activityTerm(a)).isZero());
  }
}
