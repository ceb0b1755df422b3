package org.copkit.core.feed;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Base64;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;

/**
 * A paging session, as its {@link FeedCursor} carries it: the member it belongs to, the frozen
 * time, the frozen size of each community segment (the activities' high-water marks), and the refs
 * already served. Encoded as variable-length integers (served refs sorted and delta-coded, about
 * two bytes each) in URL-safe Base64.
 *
 * @param member a fingerprint of the member the session belongs to
 * @param now the frozen time, in index seconds
 * @param communities the segment ordinals with a mark, ascending
 * @param marks how many activities of each of those segments belong to the session
 * @param served the refs already served, ascending
 */
record PagingState(int member, long now, int[] communities, int[] marks, long[] served) {

  private static final byte FORMAT = 1;

  static PagingState start(MemberId member, long now, int[] communities, int[] marks) {
    return new PagingState(fingerprint(member), now, communities, marks, new long[0]);
  }

  /** @return how many activities of a segment belong to the session: none if it had no mark */
  int mark(int community) {
    int at = Arrays.binarySearch(communities, community);
    return at >= 0 ? marks[at] : 0;
  }

  PagingState serving(long[] refs) {
    long[] next = Arrays.copyOf(served, served.length + refs.length);
    System.arraycopy(refs, 0, next, served.length, refs.length);
    Arrays.sort(next);
    return new PagingState(member, now, communities, marks, next);
  }

  FeedCursor encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 4 * communities.length + 3 * served.length);
    out.write(FORMAT);
    writeVarLong(out, member & 0xFFFFFFFFL);
    writeVarLong(out, zigZag(now));
    writeVarLong(out, communities.length);
    int previous = 0;
    for (int i = 0; i < communities.length; i++) {
      writeVarLong(out, communities[i] - previous);
      writeVarLong(out, marks[i]);
      previous = communities[i];
    }
    writeVarLong(out, served.length);
    long last = 0;
    for (long ref : served) {
      writeVarLong(out, ref - last);
      last = ref;
    }
    return new FeedCursor(Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray()));
  }

  /**
   * Decodes a cursor given to {@code actor}.
   *
   * <p>Every byte string that {@link #encode()} cannot produce is refused: positions must ascend,
   * marks and refs be non-negative, the frozen time be an instant, and nothing may follow.
   *
   * @throws InvalidInputException naming {@code cursor} when it is not one of this feed's, or was
   *     given to someone else
   */
  static PagingState decode(FeedCursor cursor, MemberId actor, int maxServed) {
    try {
      ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor.value()));
      if (in.get() != FORMAT) {
        throw notACursor();
      }
      long member = readVarLong(in);
      if (member != (fingerprint(actor) & 0xFFFFFFFFL)) {
        throw new InvalidInputException("cursor", "belongs to another member's feed");
      }
      long now = unZigZag(readVarLong(in));
      Epoch.instant(now);
      int[] communities = new int[count(in, Integer.MAX_VALUE)];
      int[] marks = new int[communities.length];
      for (int i = 0; i < communities.length; i++) {
        communities[i] = Math.addExact(i == 0 ? 0 : communities[i - 1], delta(in, i == 0 ? 0 : 1, Integer.MAX_VALUE));
        marks[i] = delta(in, 0, Integer.MAX_VALUE);
      }
      long[] served = new long[count(in, maxServed)];
      for (int i = 0; i < served.length; i++) {
        served[i] = Math.addExact(i == 0 ? 0 : served[i - 1], readVarLong(in));
        if (served[i] < 0 || ActivityIndex.position(served[i]) < 0 || i > 0 && served[i] <= served[i - 1]) {
          throw notACursor();
        }
      }
      if (in.hasRemaining()) {
        throw notACursor();
      }
      return new PagingState((int) member, now, communities, marks, served);
    } catch (IllegalArgumentException | BufferUnderflowException | ArithmeticException | DateTimeException e) {
      throw notACursor();
    }
  }

  /** @return the next number, which must lie within {@code [min, max]} */
  private static int delta(ByteBuffer in, int min, int max) {
    long value = readVarLong(in);
    if (value < min || value > max) {
      throw notACursor();
    }
    return (int) value;
  }

  private static int count(ByteBuffer in, int max) {
    long count = readVarLong(in);
    if (count < 0 || count > max || count > in.remaining()) {
      throw notACursor();
    }
    return (int) count;
  }

  private static InvalidInputException notACursor() {
    return new InvalidInputException("cursor", "is not a cursor of this feed");
  }

  private static int fingerprint(MemberId member) {
    return member.value().hashCode();
  }

  private static long zigZag(long value) {
    return value << 1 ^ value >> 63;
  }

  private static long unZigZag(long value) {
    return value >>> 1 ^ -(value & 1);
  }

  private static void writeVarLong(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) (value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
  }

  private static long readVarLong(ByteBuffer in) {
    long value = 0;
    for (int shift = 0; shift < Long.SIZE; shift += 7) {
      byte b = in.get();
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw notACursor();
  }
}
