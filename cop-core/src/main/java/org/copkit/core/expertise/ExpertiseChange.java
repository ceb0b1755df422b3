package org.copkit.core.expertise;

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
import org.copkit.api.shared.MemberId;

/**
 * One change of the evidence of expertise as the change log keeps it (topic {@value #TOPIC}).
 * Bodies are the fields in binary, then Base64, as the feed's; the first byte says which change
 * it is. Only evidence meant for the whole community is logged (never the working group's own).
 */
sealed interface ExpertiseChange {

  /** The change log's topic. */
  String TOPIC = "expertise";

  /** A question asked. */
  record Asked(UUID community, UUID thread, MemberId asker, Instant at, Set<String> tags) implements ExpertiseChange {}

  /** A question answered: a top-level reply, by anyone, the asker included. */
  record Answered(UUID community, UUID thread, UUID post, MemberId author, Instant at) implements ExpertiseChange {}

  /** An answer accepted. */
  record Accepted(UUID thread, UUID post) implements ExpertiseChange {}

  /** A post hidden by moderation: its evidence no longer counts. */
  record Withdrawn(UUID post) implements ExpertiseChange {}

  /** An answer marked HELPFUL by another member ({@code added}), or the mark taken back. */
  record Helpful(UUID post, boolean added) implements ExpertiseChange {}

  /** A knowledge item written. */
  record Wrote(UUID community, UUID item, MemberId author, Instant at, Set<String> tags) implements ExpertiseChange {}

  /** An output published to its whole community: its author, and who else wrote a revision of it. */
  record Output(UUID community, UUID item, MemberId author, Set<MemberId> coAuthors, Instant at, Set<String> tags)
      implements ExpertiseChange {}

  /** A member hid from suggestions, or showed themselves again. */
  record Hidden(MemberId member, boolean hidden) implements ExpertiseChange {}

  /**
   * A question routed to a member; {@code notified} when they were told at once on some channel,
   * {@code toldOn} those channels (their digests on the others tell them). Bodies written before the
   * flag existed read as not notified; bodies written before the channels existed read with none,
   * meaning told on every channel when notified.
   */
  record Routed(UUID community, UUID thread, MemberId router, MemberId expert, Instant at, boolean notified,
      Set<String> toldOn) implements ExpertiseChange {

    /** Copies the channels. */
    public Routed {
      toldOn = Set.copyOf(toldOn);
    }
  }

  /** One routed question of a member's weekly budget, claimed under its key. */
  record Spent(MemberId expert) implements ExpertiseChange {}

  /** A member away until an instant, or back (empty). */
  record Away(MemberId member, java.util.Optional<Instant> until) implements ExpertiseChange {}

  /** @return the change as a body of the log */
  default String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (this instanceof Asked a) {
        out.writeByte('Q');
        uuid(out, a.community());
        uuid(out, a.thread());
        out.writeUTF(a.asker().value());
        instant(out, a.at());
        tags(out, a.tags());
      } else if (this instanceof Answered a) {
        out.writeByte('A');
        uuid(out, a.community());
        uuid(out, a.thread());
        uuid(out, a.post());
        out.writeUTF(a.author().value());
        instant(out, a.at());
      } else if (this instanceof Accepted a) {
        out.writeByte('C');
        uuid(out, a.thread());
        uuid(out, a.post());
      } else if (this instanceof Withdrawn w) {
        out.writeByte('W');
        uuid(out, w.post());
      } else if (this instanceof Helpful h) {
        out.writeByte('P');
        uuid(out, h.post());
        out.writeBoolean(h.added());
      } else if (this instanceof Wrote w) {
        out.writeByte('K');
        uuid(out, w.community());
        uuid(out, w.item());
        out.writeUTF(w.author().value());
        instant(out, w.at());
        tags(out, w.tags());
      } else if (this instanceof Routed r) {
        out.writeByte('R');
        uuid(out, r.community());
        uuid(out, r.thread());
        out.writeUTF(r.router().value());
        out.writeUTF(r.expert().value());
        instant(out, r.at());
        out.writeBoolean(r.notified());
        out.writeShort(r.toldOn().size());
        for (String channel : new java.util.TreeSet<>(r.toldOn())) {
          out.writeUTF(channel);
        }
      } else if (this instanceof Spent b) {
        out.writeByte('S');
        out.writeUTF(b.expert().value());
      } else if (this instanceof Away a) {
        out.writeByte('Y');
        out.writeUTF(a.member().value());
        out.writeBoolean(a.until().isPresent());
        if (a.until().isPresent()) {
          instant(out, a.until().get());
        }
      } else if (this instanceof Output o) {
        out.writeByte('O');
        uuid(out, o.community());
        uuid(out, o.item());
        out.writeUTF(o.author().value());
        out.writeShort(o.coAuthors().size());
        for (MemberId coAuthor : o.coAuthors().stream().sorted(java.util.Comparator.comparing(MemberId::value)).toList()) {
          out.writeUTF(coAuthor.value());
        }
        instant(out, o.at());
        tags(out, o.tags());
      } else if (this instanceof Hidden h) {
        out.writeByte('H');
        out.writeUTF(h.member().value());
        out.writeBoolean(h.hidden());
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
  static ExpertiseChange decode(String body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(body)))) {
      int type = in.readByte();
      return switch (type) {
        case 'Q' -> new Asked(uuid(in), uuid(in), MemberId.of(in.readUTF()), instant(in), tags(in));
        case 'A' -> new Answered(uuid(in), uuid(in), uuid(in), MemberId.of(in.readUTF()), instant(in));
        case 'C' -> new Accepted(uuid(in), uuid(in));
        case 'W' -> new Withdrawn(uuid(in));
        case 'P' -> new Helpful(uuid(in), in.readBoolean());
        case 'K' -> new Wrote(uuid(in), uuid(in), MemberId.of(in.readUTF()), instant(in), tags(in));
        case 'O' -> {
          UUID community = uuid(in);
          UUID item = uuid(in);
          MemberId author = MemberId.of(in.readUTF());
          Set<MemberId> coAuthors = new java.util.HashSet<>();
          for (int n = in.readUnsignedShort(); n > 0; n--) {
            coAuthors.add(MemberId.of(in.readUTF()));
          }
          yield new Output(community, item, author, Set.copyOf(coAuthors), instant(in), tags(in));
        }
        case 'H' -> new Hidden(MemberId.of(in.readUTF()), in.readBoolean());
        case 'R' -> {
          UUID community = uuid(in);
          UUID thread = uuid(in);
          MemberId router = MemberId.of(in.readUTF());
          MemberId expert = MemberId.of(in.readUTF());
          Instant at = instant(in);
          boolean notified = in.available() > 0 && in.readBoolean();
          Set<String> toldOn = new java.util.TreeSet<>();
          for (int n = in.available() > 0 ? in.readUnsignedShort() : 0; n > 0; n--) {
            toldOn.add(in.readUTF());
          }
          yield new Routed(community, thread, router, expert, at, notified, toldOn);
        }
        case 'S' -> new Spent(MemberId.of(in.readUTF()));
        case 'Y' -> {
          MemberId member = MemberId.of(in.readUTF());
          yield new Away(member, in.readBoolean() ? java.util.Optional.of(instant(in)) : java.util.Optional.empty());
        }
        default -> throw new IllegalArgumentException("unknown expertise change " + type);
      };
    } catch (IOException e) {
      throw new IllegalArgumentException("not an expertise change", e);
    }
  }

  private static void uuid(DataOutputStream out, UUID id) throws IOException {
    out.writeLong(id.getMostSignificantBits());
    out.writeLong(id.getLeastSignificantBits());
  }

  private static UUID uuid(DataInputStream in) throws IOException {
    return new UUID(in.readLong(), in.readLong());
  }

  private static void instant(DataOutputStream out, Instant at) throws IOException {
    out.writeLong(at.getEpochSecond());
    out.writeInt(at.getNano());
  }

  private static Instant instant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  private static void tags(DataOutputStream out, Set<String> tags) throws IOException {
    out.writeShort(tags.size());
    for (String tag : tags) {
      out.writeUTF(tag);
    }
  }

  private static Set<String> tags(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      tags.add(in.readUTF());
    }
    return Set.copyOf(tags);
  }
}
