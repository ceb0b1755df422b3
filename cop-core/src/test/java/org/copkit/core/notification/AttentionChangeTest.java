package org.copkit.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/**
 * The attention changes an earlier version kept in the change log read back as they were written,
 * every field of every kind (they are moved to the attention book from these bodies), and bodies
 * written before the change's instant was added read as the epoch.
 */
class AttentionChangeTest {

  private static final MemberId MARTA = MemberId.of("marta");
  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

  private static AttentionSettings settings() {
    return new AttentionSettings(Frequency.WEEKLY, ZoneId.of("Europe/Madrid"), LocalTime.of(7, 45), DayOfWeek.FRIDAY,
        Optional.of(new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 15))),
        EnumSet.of(DigestSection.FEED, DigestSection.EVENTS));
  }

  @Test
  void everyKindReadsBackAsItWasWritten() {
    AttentionChange[] changes = {
        new AttentionChange.Configured(MARTA, settings(), AT),
        new AttentionChange.Configured(MARTA, AttentionSettings.DEFAULT, AT),
        new AttentionChange.Digested(MARTA, "2026-W10", AT, AT.plusSeconds(86_400)),
        new AttentionChange.Token(MARTA, DigestSection.PENDING_REVIEWS),
        new AttentionChange.Moved(1_234_567_890_123L)};
    for (AttentionChange change : changes) {
      assertThat(AttentionChange.decode(change.encode())).isEqualTo(change);
    }
  }

  @Test
  void settingsWrittenWithoutTheirInstantReadAsTheEpoch() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte('S');
      out.writeUTF("marta");
      out.writeUTF("DAILY");
      out.writeUTF("UTC");
      out.writeInt(LocalTime.of(8, 0).toSecondOfDay());
      out.writeUTF("MONDAY");
      out.writeBoolean(false);
      out.writeShort(1);
      out.writeUTF("NOTICES");
    }
    AttentionChange decoded = AttentionChange.decode(Base64.getEncoder().encodeToString(bytes.toByteArray()));

    assertThat(decoded).isEqualTo(new AttentionChange.Configured(MARTA, new AttentionSettings(Frequency.DAILY,
        ZoneId.of("UTC"), LocalTime.of(8, 0), DayOfWeek.MONDAY, Optional.empty(), EnumSet.of(DigestSection.NOTICES)),
        Instant.EPOCH));
  }

  @Test
  void aBodyOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> AttentionChange.decode(Base64.getEncoder().encodeToString(new byte[] {'X', 1})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttentionChange.decode(Base64.getEncoder().encodeToString(new byte[] {'D'})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
