package org.copkit.search.lucene;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.copkit.api.search.SearchLanguage;

/**
 * The analysis of one language: the chain of Lucene's {@code CatalanAnalyzer}, {@code
 * SpanishAnalyzer} and {@code EnglishAnalyzer} (standard tokenizer, Catalan elisions or English
 * possessives, lower case, the language's stop words, its stemmer), with two additions for
 * matching: accents are folded to ASCII (in Catalan both before and after stemming, {@link
 * CatalanStemFilter}, so {@code "resolució"}, {@code "resolucions"} and {@code "resolucio"} meet),
 * and the Catalan middle dot is removed before tokenizing ({@link MiddleDotFilter}: {@code
 * "col·legi"}, {@code "coŀlegi"} and {@code "collegi"} are one word). The same analysis runs on
 * documents and on queries.
 */
final class FoldingAnalyzer extends Analyzer {

  private static final CharArraySet CATALAN_ELISIONS =
      new CharArraySet(List.of("d", "l", "m", "n", "s", "t"), true);

  private final SearchLanguage language;

  FoldingAnalyzer(SearchLanguage language) {
    this.language = language;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MiddleDotFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = source;
    switch (language) {
      case CATALAN -> {
        stream = new ElisionFilter(stream, CATALAN_ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, CatalanAnalyzer.getDefaultStopSet());
        stream = new CatalanStemFilter(stream);
      }
      case SPANISH -> {
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        stream = new SpanishLightStemFilter(stream);
      }
      case ENGLISH -> {
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
      }
      default -> throw new IllegalStateException("no analysis for " + language);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
