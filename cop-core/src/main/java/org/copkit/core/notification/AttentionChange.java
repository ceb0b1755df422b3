package org.copkit.core.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.shared.MemberId;

/**
 * One change of members' attention as the change log kept it (topic {@value #TOPIC}), in binary
 * then Base64 like the other topics; the first byte says which change it is. Only read now, to
 * move what an earlier version kept there into the {@code AttentionBook} (see {@link
 * LegacyAttention}); the one change still written is the mark of that move.
 */
sealed interface AttentionChange {

  /** The change log's topic. */
  String TOPIC = "attention";

  /**
   * A member's settings, changed at an instant: when the frequency changes, the member's next
   * digest gathers from then (bodies written without the instant read as the epoch).
   */
  record Configured(MemberId member, AttentionSettings settings, Instant at) implements AttentionChange {}

  /** A digest sent (claimed under {@code digest:<member>:<period>}): its window is done with. */
  record Digested(MemberId member, String period, Instant from, Instant to) implements AttentionChange {}

  /** A one-click unsubscribe token (claimed under {@code unsubscribe:<token>}). */
  record Token(MemberId member, DigestSection section) implements AttentionChange {}

  /** The changes up to this sequence have been moved to the attention book (claimed under {@code attention-moved:<upTo>}). */
  record Moved(long upTo) implements AttentionChange {}

  /** @return the change as a body of the log */
  default String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (this instanceof Configured c) {
        out.writeByte('S');
        out.writeUTF(c.member().value());
        AttentionSettings s = c.settings();
        out.writeUTF(s.frequency().name());
        out.writeUTF(s.zone().getId());
        out.writeInt(s.digestAt().toSecondOfDay());
        out.writeUTF(s.digestDay().name());
        out.writeBoolean(s.quietHours().isPresent());
        if (s.quietHours().isPresent()) {
          out.writeInt(s.quietHours().get().from().toSecondOfDay());
          out.writeInt(s.quietHours().get().to().toSecondOfDay());
        }
        out.writeShort(s.unsubscribed().size());
        for (DigestSection section : s.unsubscribed().stream().sorted().toList()) {
          out.writeUTF(section.name());
        }
        instant(out, c.at());
      } else if (this instanceof Digested d) {
        out.writeByte('D');
        out.writeUTF(d.member().value());
        out.writeUTF(d.period());
        instant(out, d.from());
        instant(out, d.to());
      } else if (this instanceof Token t) {
        out.writeByte('T');
        out.writeUTF(t.member().value());
        out.writeUTF(t.section().name());
      } else if (this instanceof Moved m) {
        out.writeByte('M');
        out.writeLong(m.upTo());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /**
   * @param body a body this type encoded
   * @return the change
   * @throws IllegalArgumentException when the body is not one
   */
  static AttentionChange decode(String body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(body)))) {
      int type = in.readByte();
      return switch (type) {
        case 'S' -> {
          MemberId member = MemberId.of(in.readUTF());
          Frequency frequency = Frequency.valueOf(in.readUTF());
          ZoneId zone = ZoneId.of(in.readUTF());
          LocalTime at = LocalTime.ofSecondOfDay(in.readInt());
          DayOfWeek day = DayOfWeek.valueOf(in.readUTF());
          Optional<QuietHours> quiet = in.readBoolean()
              ? Optional.of(new QuietHours(LocalTime.ofSecondOfDay(in.readInt()), LocalTime.ofSecondOfDay(in.readInt())))
              : Optional.empty();
          Set<DigestSection> unsubscribed = EnumSet.noneOf(DigestSection.class);
          int n = in.readUnsignedShort();
          for (int i = 0; i < n; i++) {
            unsubscribed.add(DigestSection.valueOf(in.readUTF()));
          }
          Instant changed = in.available() > 0 ? instant(in) : Instant.EPOCH;
          yield new Configured(member, new AttentionSettings(frequency, zone, at, day, quiet, unsubscribed), changed);
        }
        case 'D' -> new Digested(MemberId.of(in.readUTF()), in.readUTF(), instant(in), instant(in));
        case 'T' -> new Token(MemberId.of(in.readUTF()), DigestSection.valueOf(in.readUTF()));
        case 'M' -> new Moved(in.readLong());
        default -> throw new IllegalArgumentException("unknown attention change " + type);
      };
    } catch (IOException e) {
      throw new IllegalArgumentException("not an attention change", e);
    }
  }

  private static void instant(DataOutputStream out, Instant at) throws IOException {
    out.writeLong(at.getEpochSecond());
    out.writeInt(at.getNano());
  }

  private static Instant instant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
