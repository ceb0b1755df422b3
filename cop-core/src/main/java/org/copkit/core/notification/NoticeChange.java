package org.copkit.core.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.MemberId;

/**
 * A notice held back from some of a member's channels, as the change log keeps it (topic {@value
 * #TOPIC}), in binary then Base64 like the other topics. Written in the unit of work of the change
 * it tells of, so every node's {@link HeldNotices} and every restart agree on what a digest gathers.
 * Only the subject and the link are kept, never the text.
 */
sealed interface NoticeChange {

  /** The change log's topic. */
  String TOPIC = "notice";

  /**
   * A notice held for the member's next digest on some channels.
   *
   * @param recipient who it is for
   * @param topic what it is about
   * @param subject its one-line summary
   * @param link the reference it carries
   * @param at when it was held
   * @param channels the channels it was not told on at once
   */
  record Held(MemberId recipient, Notification.Topic topic, String subject, String link, Instant at,
      Set<String> channels) implements NoticeChange {

    /** Copies the channels. */
    public Held {
      channels = Set.copyOf(channels);
    }

    /**
     * @param text the subject
     * @return this notice with that subject
     */
    Held withSubject(String text) {
      return new Held(recipient, topic, text, link, at, channels);
    }
  }

  /**
   * A held notice past the retention of notices: it names nobody and tells nothing. What a {@link
   * Held} is rewritten to ({@link NoticeRetention}).
   *
   * @param at when it was held
   */
  record Expired(Instant at) implements NoticeChange {}

  /**
   * How far a retention sweep of notices got: every notice before {@code upTo} is expired or young
   * enough to be kept (claimed under {@code notice-swept:<UTC day>}).
   *
   * @param upTo where the next sweep starts reading
   */
  record Swept(long upTo) implements NoticeChange {}

  /** @return the change as a body of the log */
  default String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (this instanceof Expired e) {
        out.writeByte('X');
        out.writeLong(e.at().getEpochSecond());
        out.writeInt(e.at().getNano());
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
      }
      if (this instanceof Swept w) {
        out.writeByte('W');
        out.writeLong(w.upTo());
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
      }
      Held h = (Held) this;
      out.writeByte('H');
      out.writeUTF(h.recipient().value());
      out.writeUTF(h.topic().name());
      out.writeUTF(h.subject());
      out.writeUTF(h.link());
      out.writeLong(h.at().getEpochSecond());
      out.writeInt(h.at().getNano());
      out.writeShort(h.channels().size());
      for (String channel : new TreeSet<>(h.channels())) {
        out.writeUTF(channel);
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
  static NoticeChange decode(String body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(body)))) {
      int type = in.readByte();
      if (type == 'X') {
        return new Expired(Instant.ofEpochSecond(in.readLong(), in.readInt()));
      }
      if (type == 'W') {
        return new Swept(in.readLong());
      }
      if (type != 'H') {
        throw new IllegalArgumentException("unknown notice change " + type);
      }
      MemberId recipient = MemberId.of(in.readUTF());
      Notification.Topic topic = Notification.Topic.valueOf(in.readUTF());
      String subject = in.readUTF();
      String link = in.readUTF();
      Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
      Set<String> channels = new TreeSet<>();
      for (int n = in.readUnsignedShort(); n > 0; n--) {
        channels.add(in.readUTF());
      }
      return new Held(recipient, topic, subject, link, at, channels);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a notice change", e);
    }
  }
}
