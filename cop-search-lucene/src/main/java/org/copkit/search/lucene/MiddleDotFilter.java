package org.copkit.search.lucene;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Removes the Catalan middle dot before tokenizing, so {@code "col·legi"}, {@code "coŀlegi"} and
 * {@code "collegi"} are one word: a dot between two l's ({@code l·l}, also typed as the hyphenation
 * point {@code l‧l} or a bullet {@code l•l}, in either case) is dropped, and the precomposed
 * {@code ŀ}/{@code Ŀ} become {@code l}/{@code L}. Offsets are corrected for each dropped dot. It
 * does what a {@code MappingCharFilter} with those mappings does, at the cost of one comparison per
 * character instead of a map lookup: it runs on every character the index analyzes.
 */
final class MiddleDotFilter extends BaseCharFilter {

  private static final int NONE = -2;

  private final char[] buffer = new char[1024];
  private int position;
  private int limit;
  /** A character read ahead after a dot that was kept, or {@link #NONE}. */
  private int pending = NONE;
  /** The last character read from the input, before mapping, unless it closed a dropped dot's match. */
  private int previous = -1;
  /** How many characters were given out. */
  private int givenOut;
  /** How many dots were dropped so far. */
  private int dropped;

  MiddleDotFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    int n = 0;
    while (n < length) {
      int c = read();
      if (c < 0) {
        break;
      }
      target[offset + n++] = (char) c;
    }
    return n == 0 && length > 0 ? -1 : n;
  }

  @Override
  public int read() throws IOException {
    int raw = take();
    int c = raw;
    if (c == '\u0140') {
      c = 'l';
    } else if (c == '\u013f') {
      c = 'L';
    } else if ((c == '\u00b7' || c == '\u2027' || c == '\u2022') && isL(previous)) {
      int next = take();
      if (isL(next)) {
        dropped++;
        addOffCorrectMap(givenOut + 1, dropped); // after "ll", as Lucene's MappingCharFilter corrects
        previous = -1; // that l ends the match: "l·l·l" gives "ll·l"
        givenOut++;
        return next;
      } else {
        pending = next;
      }
    }
    previous = raw;
    if (c >= 0) {
      givenOut++;
    }
    return c;
  }

  private static boolean isL(int c) {
    return c == 'l' || c == 'L';
  }

  private int take() throws IOException {
    if (pending != NONE) {
      int c = pending;
      pending = NONE;
      return c;
    }
    if (position == limit) {
      int read = input.read(buffer, 0, buffer.length);
      if (read <= 0) {
        return -1;
      }
      position = 0;
      limit = read;
    }
    return buffer[position++];
  }
}
