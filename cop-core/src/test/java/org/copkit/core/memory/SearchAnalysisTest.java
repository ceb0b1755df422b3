package org.copkit.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.copkit.api.search.SearchLanguage;
import org.junit.jupiter.api.Test;

/** The in-memory index's analysis: each language's stop words dropped, plurals folded. */
class SearchAnalysisTest {

  @Test
  void englishDropsQuestionWordsAndFoldsPlurals() {
    assertThat(SearchAnalysis.terms("How should we review the moderation policies?", SearchLanguage.ENGLISH))
        .containsExactly("review", "moderation", "policy");
    assertThat(SearchAnalysis.terms("Questions, class, status, bus and tags", SearchLanguage.ENGLISH))
        .containsExactly("question", "class", "status", "bus", "tag");
    assertThat(SearchAnalysis.stem("box", SearchLanguage.ENGLISH)).as("short words are left alone").isEqualTo("box");
  }

  @Test
  void spanishAndCatalanFoldGenderAndNumberAndDropTheirOwnStopWords() {
    assertThat(SearchAnalysis.terms("¿Cómo se aplican las normas de la mediación?", SearchLanguage.SPANISH))
        .containsExactly("aplican", "norm", "mediacion");
    assertThat(SearchAnalysis.terms("la norma", SearchLanguage.SPANISH)).containsExactly("norm");
    assertThat(SearchAnalysis.terms("Com s'apliquen les normes de la mediació?", SearchLanguage.CATALAN))
        .containsExactly("apliquen", "norm", "mediaci");
    assertThat(SearchAnalysis.terms("mediacions", SearchLanguage.CATALAN)).containsExactly("mediaci");
    assertThat(SearchAnalysis.terms("mediaciones", SearchLanguage.SPANISH)).containsExactly("mediacion");
    assertThat(SearchAnalysis.terms("the norms", SearchLanguage.CATALAN)).as("English stop words are not Catalan ones")
        .containsExactly("the", "norm");
  }

  @Test
  void numbersAreLeftAlone() {
    assertThat(SearchAnalysis.terms("2026 covid19 2.5", SearchLanguage.SPANISH)).containsExactly("2026", "covid19", "2", "5");
  }
}
