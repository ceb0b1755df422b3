package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.ChangeLog;
import org.junit.jupiter.api.Test;

/** Every feed change comes back from the log exactly as written, whatever text it holds. */
class FeedChangeTest {

  private final MemberId núria = MemberId.of("Núria|\u00e7\u4e2d");

  @Test
  void roundTripsEveryChange() {
    Activity activity = new Activity(ActivityId.random(), CommunityId.random(), núria, ActivityKind.QUESTION,
        Instant.parse("2026-11-02T09:00:00.123456Z"), 3, 7, Set.of("mediació", "justícia", "a|b"), CopComponent.PRODUCTION,
        Audience.CORE);
    for (FeedChange change : new FeedChange[] {
        new FeedChange.Published(activity, true),
        new FeedChange.Published(activity, false),
        new FeedChange.Retracted(activity.id()),
        new FeedChange.Reinstated(activity.id()),
        new FeedChange.Engaged(núria, activity.id(), Interaction.Kind.ANSWERED),
        new FeedChange.Interested(núria, Set.of("dret penal", "mediació"))}) {
      String body = change.encode();

      assertThat(ChangeLog.checkBody(body)).as("a body the log accepts").isEqualTo(body);
      assertThat(FeedChange.decode(body)).isEqualTo(change);
    }
  }

  @Test
  void refusesABodyItDidNotWrite() {
    assertThatThrownBy(() -> FeedChange.decode("bm90IGEgY2hhbmdl")).isInstanceOf(IllegalArgumentException.class);
  }
}
