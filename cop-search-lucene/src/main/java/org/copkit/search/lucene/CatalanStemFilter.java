package org.copkit.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.CatalanStemmer;

/**
 * Catalan stemming that matches with or without accents. The Snowball stemmer recognises suffixes
 * by their accents ({@code "resolució"} and {@code "resolucions"} both stem to {@code "resolu"}), so
 * a word typed without them ({@code "resolucio"}) stems otherwise. Each word therefore yields the
 * stem of the word as written, folded to ASCII, and, when it differs, the stem of the folded word at
 * the same position: a query word matches a document when any of its forms meets any of the
 * document's.
 */
final class CatalanStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final CatalanStemmer stemmer = new CatalanStemmer();
  private String pending;
  private State pendingState;

  CatalanStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pendingState);
      term.setEmpty().append(pending);
      position.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String written = term.toString();
    String asWritten = fold(stem(written));
    String folded = stem(fold(written));
    term.setEmpty().append(asWritten);
    if (!folded.equals(asWritten)) {
      pending = folded;
      pendingState = captureState();
    }
    return true;
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static String fold(String word) {
    char[] input = word.toCharArray();
    char[] output = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
    return new String(output, 0, length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    pendingState = null;
  }
}
