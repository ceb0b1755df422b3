package org.copkit.api.search.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  private static final String TEXT = "La mediació penal acosta la víctima i l'infractor. "
      + "Cada cas comença amb una entrevista prèvia per separat, i després una trobada conjunta.";

  @Test
  void aShortTextIsItsOwnExcerptWithEveryMatch() {
    int at = TEXT.indexOf("mediació");
    Excerpt excerpt = Excerpt.around(TEXT, List.of(new Excerpt.Mark(at, at + 8)), 500);

    assertThat(excerpt.text()).isEqualTo(TEXT);
    assertThat(excerpt.marks()).containsExactly(new Excerpt.Mark(at, at + 8));
  }

  @Test
  void aLongTextIsCutAtWordsAroundTheFirstMatchAndKeepsOnlyTheMatchesInside() {
    int first = TEXT.indexOf("entrevista");
    int last = TEXT.indexOf("conjunta");
    Excerpt excerpt = Excerpt.around(TEXT, List.of(new Excerpt.Mark(first, first + 10), new Excerpt.Mark(last, last + 8)), 30);

    assertThat(excerpt.text()).isEqualTo("amb una entrevista prèvia per separat,");
    assertThat(excerpt.marks()).as("relative to the excerpt; the match beyond it dropped")
        .containsExactly(new Excerpt.Mark(8, 18));
  }

  @Test
  void withoutMatchesItIsTheStartOfTheText() {
    assertThat(Excerpt.around(TEXT, List.of(), 20).text()).isEqualTo("La mediació penal acosta");
    assertThat(Excerpt.around("", List.of(), 20).text()).isEmpty();
  }

  @Test
  void refusesMatchesOutsideTheTextAndBadLengths() {
    assertThatThrownBy(() -> Excerpt.around("curt", List.of(new Excerpt.Mark(2, 9)), 20))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Excerpt.around(TEXT, List.of(), 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Excerpt.around(null, List.of(), 10)).isInstanceOf(InvalidInputException.class);
  }
}
