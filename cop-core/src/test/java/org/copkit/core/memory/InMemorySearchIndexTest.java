package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.tck.search.SearchIndexContract;
import org.junit.jupiter.api.Test;

/** The in-memory search index against {@link SearchIndexContract}, and how it cuts words. */
class InMemorySearchIndexTest extends SearchIndexContract {

  @Override
  protected SearchIndex newIndex() {
    return InMemorySearchIndex.create();
  }

  @Test
  void cutsWordsAtAnythingButLettersDigitsAndAMiddleDotInsideAWord() {
    assertThat(InMemorySearchIndex.words("L'Escola d'Estiu: col·legi, ŀlegal · 2026!"))
        .containsExactly("l", "escola", "d", "estiu", "collegi", "llegal", "2026");
    assertThat(InMemorySearchIndex.fold("ÀÉÏÑÇ")).isEqualTo("aeinc");
  }
}
