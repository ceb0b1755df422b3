package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.IntStream;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/** The in-memory notifications, the platform's default: bounded, the oldest dropped first. */
class InMemoryNotificationsTest {

  private static Notification to(String member, int number) {
    return new Notification(MemberId.of(member), Notification.Topic.MENTION, "Mention " + number, "", "",
        Instant.parse("2026-03-02T09:00:00Z").plusSeconds(number));
  }

  @Test
  void keepsTheLatestNotificationsUpToItsCapacity() {
    InMemoryNotifications notifications = new InMemoryNotifications(3);

    IntStream.range(0, 10).forEach(i -> {
      notifications.send(to(i % 2 == 0 ? "ana" : "biel", i));
      assertThat(notifications.sent()).hasSizeLessThanOrEqualTo(3);
    });

    assertThat(notifications.sent()).containsExactly(to("biel", 7), to("ana", 8), to("biel", 9));
    assertThat(notifications.sentTo(MemberId.of("ana"))).containsExactly(to("ana", 8));
    assertThat(notifications.dropped()).isEqualTo(7);
  }

  @Test
  void keepsTenThousandByDefaultAndRefusesACapacityBelowOne() {
    assertThat(new InMemoryNotifications().capacity()).isEqualTo(InMemoryNotifications.DEFAULT_CAPACITY).isEqualTo(10_000);
    assertThatThrownBy(() -> new InMemoryNotifications(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
  }
}
