package org.copkit.core.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.MemberId;

/**
 * One change of the feed as the change log keeps it (topic {@value #TOPIC}): everything the
 * ranking index and members' profiles are derived from. Bodies are the fields in binary ({@link
 * DataOutputStream}), then Base64, so that any text in them is safe in the log's printable ASCII;
 * the first byte says which change it is. Enum constants are stored by name.
 */
sealed interface FeedChange {

  /** The change log's topic for the feed. */
  String TOPIC = "feed";

  /** An activity published, with whether its author was an e-moderator or expert then. */
  record Published(Activity activity, boolean authorRole) implements FeedChange {}

  /** An activity retracted from every feed (moderation hid it, or it was retracted). */
  record Retracted(ActivityId activity) implements FeedChange {}

  /** A retracted activity back in the feeds. */
  record Reinstated(ActivityId activity) implements FeedChange {}

  /** A member interacted with an activity: saw it, reacted, replied, answered. */
  record Engaged(MemberId actor, ActivityId activity, Interaction.Kind kind) implements FeedChange {}

  /** A member declared their interests: the tags of their competences and learning goals. */
  record Interested(MemberId actor, Set<String> tags) implements FeedChange {}

  /**
   * An interaction past the retention of raw interactions: it still counts in the activity's
   * engagement, but names nobody and no longer shapes anyone's profile. What an {@link Engaged}
   * change is rewritten to ({@link FeedRetention}).
   */
  record Counted(ActivityId activity, Interaction.Kind kind) implements FeedChange {}

  /**
   * When a retention sweep ran: the mark that tells, one retention period later, which part of the
   * log is old enough ({@link FeedRetention}).
   */
  record Marked(Instant at) implements FeedChange {}

  /**
   * Every interaction before {@code upTo} was rewritten to a {@link Counted}: a node that applied
   * any of them as it was derives its members' profiles afresh from the log as it now is.
   */
  record Forgotten(long upTo) implements FeedChange {}

  /** @return the key a publication claims in the log: one activity ID is published once */
  static String keyOf(ActivityId activity) {
    return "activity:" + activity.value();
  }

  /** @return the change as a body of the log */
  default String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (this instanceof Published p) {
        Activity a = p.activity();
        out.writeByte('P');
        uuid(out, a.id().value());
        uuid(out, a.community().value());
        out.writeUTF(a.author().value());
        out.writeUTF(a.kind().name());
        out.writeLong(a.createdAt().getEpochSecond());
        out.writeInt(a.createdAt().getNano());
        out.writeInt(a.replies());
        out.writeInt(a.reactions());
        tags(out, a.tags());
        out.writeUTF(a.component().name());
        out.writeUTF(a.audience().name());
        out.writeBoolean(p.authorRole());
      } else if (this instanceof Retracted r) {
        out.writeByte('R');
        uuid(out, r.activity().value());
      } else if (this instanceof Reinstated r) {
        out.writeByte('B');
        uuid(out, r.activity().value());
      } else if (this instanceof Engaged e) {
        out.writeByte('E');
        out.writeUTF(e.actor().value());
        uuid(out, e.activity().value());
        out.writeUTF(e.kind().name());
      } else if (this instanceof Interested i) {
        out.writeByte('I');
        out.writeUTF(i.actor().value());
        tags(out, i.tags());
      } else if (this instanceof Counted c) {
        out.writeByte('C');
        uuid(out, c.activity().value());
        out.writeUTF(c.kind().name());
      } else if (this instanceof Marked m) {
        out.writeByte('M');
        out.writeLong(m.at().getEpochSecond());
        out.writeInt(m.at().getNano());
      } else if (this instanceof Forgotten f) {
        out.writeByte('F');
        out.writeLong(f.upTo());
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
  static FeedChange decode(String body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(body)))) {
      int type = in.readByte();
      return switch (type) {
        case 'P' -> {
          ActivityId id = new ActivityId(uuid(in));
          CommunityId community = new CommunityId(uuid(in));
          MemberId author = MemberId.of(in.readUTF());
          ActivityKind kind = ActivityKind.valueOf(in.readUTF());
          Instant createdAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
          int replies = in.readInt();
          int reactions = in.readInt();
          Set<String> tags = tags(in);
          CopComponent component = CopComponent.valueOf(in.readUTF());
          Audience audience = Audience.valueOf(in.readUTF());
          yield new Published(
              new Activity(id, community, author, kind, createdAt, replies, reactions, tags, component, audience),
              in.readBoolean());
        }
        case 'R' -> new Retracted(new ActivityId(uuid(in)));
        case 'B' -> new Reinstated(new ActivityId(uuid(in)));
        case 'E' -> new Engaged(MemberId.of(in.readUTF()), new ActivityId(uuid(in)), Interaction.Kind.valueOf(in.readUTF()));
        case 'I' -> new Interested(MemberId.of(in.readUTF()), tags(in));
        case 'C' -> new Counted(new ActivityId(uuid(in)), Interaction.Kind.valueOf(in.readUTF()));
        case 'M' -> new Marked(Instant.ofEpochSecond(in.readLong(), in.readInt()));
        case 'F' -> new Forgotten(in.readLong());
        default -> throw new IllegalArgumentException("not a feed change: type " + type);
      };
    } catch (IOException e) {
      throw new IllegalArgumentException("not a feed change: " + e.getMessage(), e);
    }
  }

  private static void uuid(DataOutputStream out, UUID id) throws IOException {
    out.writeLong(id.getMostSignificantBits());
    out.writeLong(id.getLeastSignificantBits());
  }

  private static UUID uuid(DataInputStream in) throws IOException {
    return new UUID(in.readLong(), in.readLong());
  }

  private static void tags(DataOutputStream out, Set<String> tags) throws IOException {
    out.writeShort(tags.size());
    for (String tag : tags) {
      out.writeUTF(tag);
    }
  }

  private static Set<String> tags(DataInputStream in) throws IOException {
    int count = in.readShort();
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      tags.add(in.readUTF());
    }
    return tags;
  }
}
