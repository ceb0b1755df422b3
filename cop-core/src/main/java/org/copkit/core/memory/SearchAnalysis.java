package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copkit.api.search.SearchLanguage;

/**
 * How the in-memory index turns a language's words into terms: the folded words of {@link
 * InMemorySearchIndex#words} without the language's stop words, each reduced by a light stemmer
 * that folds plurals (English {@code "policies"} and {@code "policy"}, Spanish {@code "normas"} and
 * {@code "norma"}, Catalan {@code "normes"} and {@code "norma"}) but leaves the rest of the word
 * alone, so that the terms stay words a reader recognizes. The same analysis runs on documents and
 * on queries.
 */
final class SearchAnalysis {

  /** The Snowball stop words of English, folded. */
  private static final Set<String> ENGLISH = words("i me my myself we our ours ourselves you your yours yourself "
      + "yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which "
      + "who whom this that these those am is are was were be been being have has had having do does did doing a an "
      + "the and but if or because as until while of at by for with about against between into through during before "
      + "after above below to from up down in out on off over under again further then once here there when where why "
      + "how all any both each few more most other some such no nor not only own same so than too very s t can will "
      + "just don should now would could");

  /** The Snowball stop words of Spanish, folded (the most frequent forms). */
  private static final Set<String> SPANISH = words("de la que el en y a los del se las por un para con no una su al "
      + "lo como mas pero sus le ya o este si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien "
      + "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mi antes algunos que unos yo "
      + "otro otras otra el tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros "
      + "mis tu te ti tus ellas nosotras vosotros vosotras os mio mia mios mias tuyo tuya suyo suya nuestro nuestra "
      + "es son fue era ser ha han he hemos como cual cuales cuanto puede puedo debo hacer hace");

  /** The stop words of Catalan (those of Lucene's Catalan analysis), folded. */
  private static final Set<String> CATALAN = words("a abans ac ah aixi aixo al als aleshores algun alguna algunes "
      + "alguns alhora alla alli allo altra altre altres amb ambdos ambdues apa aquell aquella aquelles aquells aquest "
      + "aquesta aquestes aquests aqui baix cada cadascu cadascuna cadascunes cadascuns com contra d de del dels des "
      + "despres dins dintre donat doncs durant e eh el els em en encara ens entre erem eren eres es esta estaven esteu "
      + "estic estem estan estat estava et etc ets excepte fins fora gairebe ha han has havia he hem heu hi ho i igual "
      + "iguals ja l la les li llur llurs lo los m ma mateix mateixa mateixes mateixos malgrat mancanca mes meu meus "
      + "meva meves molt molta moltes molts mon mons n ne ni no nogensmenys nomes nosaltres nostra nostre nostres o oh "
      + "oi on pas pel pels per pero perque poc poca pocs poques potser propi qual quals quan quant que quelcom qui "
      + "quin quina quines quins s sa semblant semblants ses seu seus seva seves si sobre sobretot solament sols son "
      + "sons sota sou sovint suara sus t ta tal tals tambe tampoc tan tanta tantes te tene tenim tenir teniu teu teus "
      + "teva teves ton tons tot tota totes tots un una unes uns us va vaig vam van vas veu vosaltres vostra vostre "
      + "vostres");

  private SearchAnalysis() {}

  private static Set<String> words(String list) {
    return Set.copyOf(List.of(list.split(" ")));
  }

  /**
   * @param text a text
   * @param language its language
   * @return its terms, in order: folded words, stop words removed, plurals folded
   */
  static List<String> terms(String text, SearchLanguage language) {
    List<String> terms = new ArrayList<>();
    for (String word : InMemorySearchIndex.words(text)) {
      String term = term(word, language);
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }

  /**
   * @param word a folded word
   * @param language its language
   * @return its term, or null for a stop word
   */
  static String term(String word, SearchLanguage language) {
    return stop(word, language) ? null : stem(word, language);
  }

  /**
   * @param word a folded word
   * @param language a language
   * @return whether it is one of the language's stop words
   */
  static boolean stop(String word, SearchLanguage language) {
    return switch (language) {
      case ENGLISH -> ENGLISH.contains(word);
      case SPANISH -> SPANISH.contains(word);
      case CATALAN -> CATALAN.contains(word);
    };
  }

  /**
   * @param word a folded word that is not a stop word
   * @param language its language
   * @return the word with its plural ending folded: in English the "S-stemmer" rules ({@code
   *     -ies} to {@code -y}, {@code -es} and {@code -s} dropped but for {@code -aes}, {@code
   *     -ees}, {@code -oes}, {@code -ss} and {@code -us}); in Spanish and Catalan a final {@code
   *     -s}, then a final {@code -a}, {@code -e} or {@code -o} (gender and number: {@code
   *     "normes"}, {@code "norma"} and {@code "normas"} meet), and in Catalan {@code -ions} first
   *     made {@code -io} ({@code "mediacions"} and {@code "mediació"} meet); words of three letters
   *     or fewer and numbers are left alone
   */
  static String stem(String word, SearchLanguage language) {
    int n = word.length();
    if (n <= 3 || !Character.isLetter(word.charAt(n - 1))) {
      return word;
    }
    return switch (language) {
      case ENGLISH -> english(word);
      case SPANISH -> romance(word);
      case CATALAN -> romance(word.endsWith("ions") ? word.substring(0, word.length() - 2) : word);
    };
  }

  private static String english(String word) {
    int n = word.length();
    if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static String romance(String word) {
    String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    int n = stem.length();
    if (n > 3 && (stem.charAt(n - 1) == 'a' || stem.charAt(n - 1) == 'e' || stem.charAt(n - 1) == 'o')) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}
