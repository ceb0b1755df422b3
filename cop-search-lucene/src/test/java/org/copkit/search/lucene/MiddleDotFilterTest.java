package org.copkit.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * {@link MiddleDotFilter} gives the same characters and the same corrected offsets as Lucene's
 * {@link MappingCharFilter} with the mappings it stands for, on text made of l's, every kind of dot
 * and other letters: the reference is Lucene's own filter.
 */
class MiddleDotFilterTest {

  private static final NormalizeCharMap REFERENCE = reference();

  private static NormalizeCharMap reference() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String l : List.of("l", "L")) {
      for (String r : List.of("l", "L")) {
        for (String dot : List.of("\u00b7", "\u2027", "\u2022")) {
          map.add(l + dot + r, l + r);
        }
      }
    }
    map.add("\u0140", "l");
    map.add("\u013f", "L");
    return map.build();
  }

  @Example
  void dropsTheDotBetweenTwoLsAndMapsThePrecomposedL() throws IOException {
    assertThat(filtered(new MiddleDotFilter(new StringReader("col·legi Coŀlegi COL‧LEGI col•legi")), 1))
        .isEqualTo("collegi Collegi COLLEGI collegi");
    assertThat(filtered(new MiddleDotFilter(new StringReader("a·b l· ·l l·l·l")), 1)).isEqualTo("a·b l· ·l ll·l");
  }

  @Example
  void correctsOffsetsForEachDroppedDot() throws IOException {
    MiddleDotFilter filter = new MiddleDotFilter(new StringReader("col·legi i il·lusió"));
    assertThat(filtered(filter, 7)).isEqualTo("collegi i illusió");
    assertThat(filter.correctOffset(2)).isEqualTo(2); // the first l
    assertThat(filter.correctOffset(4)).isEqualTo(5); // the e after "l·l"
    assertThat(filter.correctOffset(7)).isEqualTo(8); // the end of "col·legi"
    assertThat(filter.correctOffset(17)).isEqualTo(19); // the end of the text
  }

  @Property(tries = 2_000)
  void givesWhatLucenesMappingFilterGives(@ForAll("catalanish") String text, @ForAll("chunks") int chunk)
      throws IOException {
    MiddleDotFilter ours = new MiddleDotFilter(new StringReader(text));
    MappingCharFilter theirs = new MappingCharFilter(REFERENCE, new StringReader(text));
    String expected = filtered(theirs, 64);
    assertThat(filtered(ours, chunk)).isEqualTo(expected);
    List<Integer> ourOffsets = new ArrayList<>();
    List<Integer> theirOffsets = new ArrayList<>();
    for (int offset = 0; offset <= expected.length(); offset++) {
      ourOffsets.add(ours.correctOffset(offset));
      theirOffsets.add(theirs.correctOffset(offset));
    }
    assertThat(ourOffsets).isEqualTo(theirOffsets);
  }

  @Provide
  Arbitrary<String> catalanish() {
    return Arbitraries.strings().withChars('l', 'L', '\u00b7', '\u2027', '\u2022', '\u0140', '\u013f', 'a', 'o', ' ')
        .ofMaxLength(3_000);
  }

  @Provide
  Arbitrary<Integer> chunks() {
    return Arbitraries.integers().between(1, 2_048);
  }

  /** Reads a filter to its end, {@code chunk} characters at a time, as a tokenizer does. */
  private static String filtered(CharFilter filter, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    int read;
    while ((read = ((Reader) filter).read(buffer, 0, chunk)) != -1) {
      out.append(buffer, 0, read);
    }
    return out.toString();
  }
}
