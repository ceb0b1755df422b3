package org.copkit.benchmarks.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.DigestSection;
import org.copkit.benchmarks.OwnSchema;
import org.junit.jupiter.api.Test;

/**
 * The harness fills and sends what it says, on H2 at a small size: one digest for every member and
 * e-moderator, each with the top of their feed, the seat holders' with the next morning's event,
 * the e-moderators' with the review waiting; and a second run sends none. No figure is asserted.
 */
class DigestSpeedTest {

  @Test
  void everyMemberAndEModeratorGetsOneDigestHoldingWhatTheFillLeftForThem() throws Exception {
    DigestSpeed.Settings settings =
        DigestSpeed.Settings.parse("database=H2", "members=120", "communities=3", "threads=2", "seats=5");

    DigestSpeed.Result result = DigestSpeed.run(settings);

    assertThat(result.digests()).hasSize(120 + 3);
    assertThat(result.digests().stream().map(Digest::member).collect(Collectors.toSet())).hasSize(123);
    assertThat(result.digests()).allSatisfy(digest -> {
      assertThat(digest.period()).isEqualTo("2026-11-03");
      assertThat(digest.feed()).isNotEmpty();
    });
    assertThat(result.withSection()).containsEntry(DigestSection.FEED, 123)
        .containsEntry(DigestSection.EVENTS, 3 * 5)
        .containsEntry(DigestSection.PENDING_REVIEWS, 3);
    Set<String> moderators = Set.of("moderador-0", "moderador-1", "moderador-2");
    assertThat(result.digests()).filteredOn(d -> !d.pendingReviews().isEmpty())
        .allSatisfy(d -> assertThat(moderators).contains(d.member().value()));
    assertThat(result.sentAgain()).isZero();
    assertThat(result.report()).contains("123 digests");
  }

  @Test
  void twoNodesSendingAtOnceSendEachDigestOnceBetweenThem() throws Exception {
    DigestSpeed.Settings settings = DigestSpeed.Settings.parse("database=H2", "members=1100", "communities=2",
        "threads=2", "seats=2", "nodes=2");

    DigestSpeed.Result result = DigestSpeed.run(settings);

    assertThat(result.digests()).as("three pages of members, each gone through by one node").hasSize(1100 + 2);
    assertThat(result.digests().stream().map(Digest::member).collect(Collectors.toSet())).hasSize(1102);
    assertThat(result.perNode()).hasSize(2);
    assertThat(result.perNode().get(0) + result.perNode().get(1)).isEqualTo(1102);
    assertThat(result.sentAgain()).isZero();
  }

  @Test
  void theDefaultsAreTheIssuesSizeOnPostgresql() {
    DigestSpeed.Settings defaults = DigestSpeed.Settings.parse();

    assertThat(defaults.database()).isEqualTo(OwnSchema.Database.POSTGRESQL);
    assertThat(defaults.members()).isEqualTo(100_000);
    assertThatThrownBy(() -> DigestSpeed.Settings.parse("seats=0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DigestSpeed.Settings.parse("colour=blue")).isInstanceOf(IllegalArgumentException.class);
    assertThat(defaults.nodes()).isEqualTo(1);
    assertThatThrownBy(() -> DigestSpeed.Settings.parse("nodes=3")).isInstanceOf(IllegalArgumentException.class);
  }
}
