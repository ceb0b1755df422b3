package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;

/**
 * A feed cursor is opaque to hosts but not to the member who holds it: whatever they send back,
 * the feed either serves a page they may read or refuses the cursor with an {@link
 * InvalidInputException} naming {@code cursor} — never another exception.
 */
class TamperedFeedCursorTest {

  /** A random platform shared by every try: reading the feed changes nothing. */
  private static final RandomScene SCENE = new RandomScene(18, FeedSettings.defaults(), 600);
  private static final MemberId READER = SCENE.members.get(0);
  private static final List<FeedCursor> CURSORS = cursorsOf(READER, 25);

  @Property(tries = 50)
  void everyCursorTheFeedGivesRoundTrips(@ForAll @IntRange(min = 0, max = 29) int member, @ForAll @IntRange(min = 1, max = 120) int size) {
    MemberId reader = SCENE.members.get(member);
    for (FeedCursor cursor : cursorsOf(reader, size)) {
      PagingState state = PagingState.decode(cursor, reader, FeedCursor.MAX_SERVED);

      assertThat(state.encode()).isEqualTo(cursor);
    }
  }

  @Property
  void everyWellFormedStateRoundTrips(@ForAll("states") PagingState state) {
    MemberId owner = MemberId.of("owner");
    PagingState owned = new PagingState(fingerprintOf(owner), state.now(), state.communities(), state.marks(), state.served());

    PagingState decoded = PagingState.decode(owned.encode(), owner, FeedCursor.MAX_SERVED);

    assertThat(decoded.member()).isEqualTo(owned.member());
    assertThat(decoded.now()).isEqualTo(owned.now());
    assertThat(decoded.communities()).containsExactly(owned.communities());
    assertThat(decoded.marks()).containsExactly(owned.marks());
    assertThat(decoded.served()).containsExactly(owned.served());
  }

  @Property
  void randomBytesAreNotACursor(@ForAll @Size(max = 600) byte[] bytes) {
    assertRefused(bytes);
  }

  @Property
  void randomBytesAfterTheReadersOwnHeaderAreServedOrRefused(@ForAll @Size(max = 200) byte[] tail) {
    byte[] header = header(CURSORS.get(0));
    byte[] bytes = new byte[header.length + tail.length];
    System.arraycopy(header, 0, bytes, 0, header.length);
    System.arraycopy(tail, 0, bytes, header.length, tail.length);

    assertServedSafelyOrRefused(bytes);
  }

  @Property
  void aTruncatedCursorIsRefused(@ForAll("cursors") FeedCursor cursor, @ForAll @IntRange(min = 1, max = 10_000) int cut) {
    byte[] bytes = Base64.getUrlDecoder().decode(cursor.value());
    int keep = bytes.length - 1 - cut % bytes.length;

    assertRefused(Arrays.copyOf(bytes, keep));
  }

  @Property
  void aCursorWithTrailingBytesIsRefused(@ForAll("cursors") FeedCursor cursor, @ForAll @Size(min = 1, max = 20) byte[] extra) {
    byte[] bytes = Base64.getUrlDecoder().decode(cursor.value());
    byte[] longer = Arrays.copyOf(bytes, bytes.length + extra.length);
    System.arraycopy(extra, 0, longer, bytes.length, extra.length);

    assertRefused(longer);
  }

  @Property(tries = 2000)
  void aCursorWithFlippedBitsIsServedSafelyOrRefused(
      @ForAll("cursors") FeedCursor cursor, @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 100_000) Integer> bits) {
    byte[] bytes = Base64.getUrlDecoder().decode(cursor.value());
    for (int bit : bits) {
      int at = bit % (bytes.length * 8);
      bytes[at / 8] ^= (byte) (1 << at % 8);
    }

    assertServedSafelyOrRefused(bytes);
  }

  @Property(tries = 2000)
  void aCursorWithRewrittenBytesIsServedSafelyOrRefused(
      @ForAll("cursors") FeedCursor cursor,
      @ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @Size(min = 1, max = 12) byte[] replacement,
      @ForAll @IntRange(min = 0, max = 12) int removed) {
    byte[] bytes = Base64.getUrlDecoder().decode(cursor.value());
    int from = at % (bytes.length + 1);
    int to = Math.min(bytes.length, from + removed);
    byte[] mutated = new byte[bytes.length - (to - from) + replacement.length];
    System.arraycopy(bytes, 0, mutated, 0, from);
    System.arraycopy(replacement, 0, mutated, from, replacement.length);
    System.arraycopy(bytes, to, mutated, from + replacement.length, bytes.length - to);

    assertServedSafelyOrRefused(mutated);
  }

  @Property
  void aCursorInAnyTextIsServedSafelyOrRefused(@ForAll("cursorText") String text) {
    FeedCursor cursor;
    try {
      cursor = new FeedCursor(text);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("cursor");
      return;
    }
    assertServedSafelyOrRefused(() -> cursor);
  }

  /** A served ref with its sign bit set once reached into the index with a negative segment. */
  @Example
  void aServedRefBeyondEveryCommunityIsRefused() {
    PagingState real = PagingState.decode(CURSORS.get(0), READER, FeedCursor.MAX_SERVED);
    for (long ref : new long[] {-1L, Long.MIN_VALUE, 0xFFFF_FFFFL, Long.MAX_VALUE, (long) Integer.MAX_VALUE << 32}) {
      PagingState forged = new PagingState(real.member(), real.now(), real.communities(), real.marks(), new long[] {ref});

      assertRefused(forged.encode());
    }
  }

  /** A frozen time beyond any instant once failed when the page's ranking time was built. */
  @Example
  void aFrozenTimeBeyondEveryInstantIsRefused() {
    PagingState real = PagingState.decode(CURSORS.get(0), READER, FeedCursor.MAX_SERVED);
    for (long now : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Epoch.secondsOf(Instant.MAX) + 1, Epoch.secondsOf(Instant.MIN) - 1}) {
      assertRefused(new PagingState(real.member(), now, real.communities(), real.marks(), real.served()).encode());
    }
  }

  @Example
  void descendingCommunitiesNegativeMarksAndRepeatedRefsAreRefused() {
    PagingState real = PagingState.decode(CURSORS.get(0), READER, FeedCursor.MAX_SERVED);
    long[] served = real.served();
    List<PagingState> forged = List.of(
        new PagingState(real.member(), real.now(), new int[] {3, 1}, new int[] {5, 5}, served),
        new PagingState(real.member(), real.now(), new int[] {1, 1}, new int[] {5, 5}, served),
        new PagingState(real.member(), real.now(), new int[] {-1}, new int[] {5}, served),
        new PagingState(real.member(), real.now(), new int[] {1}, new int[] {-5}, served),
        new PagingState(real.member(), real.now(), real.communities(), real.marks(), new long[] {served[0], served[0]}));
    for (PagingState state : forged) {
      assertRefused(state.encode());
    }
  }

  /** Letters beyond ASCII once passed as Base64 digits, to fail only when decoded. */
  @Example
  void onlyAsciiLettersAndDigitsAreBase64Digits() {
    for (String text : List.of("AQé", "ÀÀÀÀ", "AQ٣٣", "AQＡ")) {
      assertThatThrownBy(() -> new FeedCursor(text))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
  }

  @Provide
  Arbitrary<FeedCursor> cursors() {
    return Arbitraries.of(CURSORS);
  }

  @Provide
  Arbitrary<String> cursorText() {
    Arbitrary<String> alphabet = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").ofMaxLength(80);
    Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(CURSORS), alphabet)
        .as((cursor, noise) -> {
          String value = cursor.value();
          int at = Math.min(value.length(), noise.length());
          return value.substring(0, at) + noise + value.substring(Math.min(value.length(), at + noise.length() / 2));
        });
    return Arbitraries.oneOf(alphabet, mutated, Arbitraries.strings().ofMaxLength(40));
  }

  @Provide
  Arbitrary<PagingState> states() {
    Arbitrary<Long> now = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L);
    Arbitrary<int[]> communities = Arbitraries.integers().between(0, 5_000).set().ofMaxSize(40)
        .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray());
    Arbitrary<long[]> served = Arbitraries.longs().between(0, Long.MAX_VALUE).filter(ref -> ActivityIndex.position(ref) >= 0)
        .set().ofMaxSize(FeedCursor.MAX_SERVED)
        .map(set -> set.stream().mapToLong(Long::longValue).sorted().toArray());
    return Combinators.combine(now, communities, served, Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(40))
        .as((n, c, s, marks) -> new PagingState(0, n, c, Arrays.copyOf(marks, c.length), s));
  }

  private static void assertRefused(FeedCursor cursor) {
    assertRefused(Base64.getUrlDecoder().decode(cursor.value()));
  }

  /** The bytes, as a cursor, are refused (the cursor itself already when they are none). */
  private static void assertRefused(byte[] bytes) {
    assertThatThrownBy(() -> SCENE.fixture.feed().feed(READER, FeedQuery.after(encode(bytes), 20)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }

  /** Either a page of activities the reader may read, none served before in that session, or a refusal. */
  private static void assertServedSafelyOrRefused(byte[] bytes) {
    assertServedSafelyOrRefused(() -> encode(bytes));
  }

  private static void assertServedSafelyOrRefused(Supplier<FeedCursor> cursor) {
    FeedPage page;
    try {
      page = SCENE.fixture.feed().feed(READER, FeedQuery.after(cursor.get(), 20));
    } catch (CopException e) {
      assertThat(e).isInstanceOfSatisfying(InvalidInputException.class, i -> assertThat(i.field()).isEqualTo("cursor"));
      return;
    }
    Set<ActivityId> readable = new HashSet<>();
    SCENE.reference.scores(READER, page.rankedAt()).forEach(s -> readable.add(s.id()));
    assertThat(page.items()).extracting(FeedItem::activity).allMatch(readable::contains).doesNotHaveDuplicates();
  }

  private static List<FeedCursor> cursorsOf(MemberId reader, int size) {
    List<FeedCursor> cursors = new ArrayList<>();
    FeedPage page = SCENE.fixture.feed().feed(reader, FeedQuery.first(size));
    while (page.next().isPresent()) {
      cursors.add(page.next().get());
      page = SCENE.fixture.feed().feed(reader, FeedQuery.after(page.next().get(), size));
    }
    return cursors;
  }

  /** The format byte and the member's fingerprint, as the reader's own cursors start. */
  private static byte[] header(FeedCursor cursor) {
    byte[] bytes = Base64.getUrlDecoder().decode(cursor.value());
    int end = 1;
    while (bytes[end] < 0) {
      end++;
    }
    return Arrays.copyOf(bytes, end + 1);
  }

  private static int fingerprintOf(MemberId member) {
    return member.value().hashCode();
  }

  private static FeedCursor encode(byte[] bytes) {
    return new FeedCursor(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
