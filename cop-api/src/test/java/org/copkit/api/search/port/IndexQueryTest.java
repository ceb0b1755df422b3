package org.copkit.api.search.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.copkit.api.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class IndexQueryTest {

  @Test
  void aShortQueryNeedsAllItsWordsALongerOneAThirdOfThemAndAtLeastTwo() {
    assertThat(IntStream.rangeClosed(0, 10).map(IndexQuery::wordsRequired).toArray())
        .containsExactly(0, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3);
    assertThat(IndexQuery.wordsRequired(20)).isEqualTo(6);
  }

  @Test
  void aNegativeCountOfWordsIsRefused() {
    assertThatThrownBy(() -> IndexQuery.wordsRequired(-1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("words");
  }
}
