package org.copkit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.MemberId;

/**
 * A banned term is found as a whole word whatever the case and accents it is written with, for
 * any letters: Catalan and Spanish ones, and those whose case changes their length or their dot
 * (ß and SS, ı and I, İ and i, ſ and S).
 */
class BannedTermsIgnoreCaseAndAccentsTest {

  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàèéíïòóúüçñÀÈÉÍÏÒÓÚÜÇÑâêîôûäëöÿßıİſœæøåŀĿ";

  @Property(tries = 500)
  void aTermWrittenInAnyCaseWithOrWithoutAccentsIsFound(
      @ForAll("terms") String term, @ForAll("words") String before, @ForAll("words") String after, @ForAll long seed) {
    ModerationRule rule = ModerationRules.bannedTerms(List.of(term));
    String body = before + " " + disguise(term, new Random(seed)) + ", " + after;

    assertThat(rule.review(draft(body))).as(body).isInstanceOf(Verdict.Reject.class);
  }

  @Property(tries = 300)
  void aTermInsideALongerWordIsNotFound(@ForAll("terms") String term, @ForAll long seed) {
    ModerationRule rule = ModerationRules.bannedTerms(List.of(term));
    String body = "x" + disguise(term, new Random(seed)) + "x";

    assertThat(rule.review(draft(body))).as(body).isInstanceOf(Verdict.Publish.class);
  }

  /** Shrunk counter-examples: case mappings that change a letter's length or its dot. */
  @Example
  void lettersWhoseCaseIsNotOneToOneMatchTheirOtherCase() {
    assertThat(ModerationRules.bannedTerms(List.of("straße")).review(draft("a la STRASSE"))).isInstanceOf(Verdict.Reject.class);
    assertThat(ModerationRules.bannedTerms(List.of("ı")).review(draft("I"))).isInstanceOf(Verdict.Reject.class);
    assertThat(ModerationRules.bannedTerms(List.of("ſ")).review(draft("S"))).isInstanceOf(Verdict.Reject.class);
    assertThat(ModerationRules.bannedTerms(List.of("İstanbul")).review(draft("istanbul"))).isInstanceOf(Verdict.Reject.class);
  }

  @Provide
  Arbitrary<String> terms() {
    Arbitrary<String> word = Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars(LETTERS + "  .,;!?0123456789").ofMaxLength(30);
  }

  /** The term with each letter's case changed at random, accents dropped or added at random. */
  private static String disguise(String term, Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < term.length(); i++) {
      String c = term.substring(i, i + 1);
      switch (random.nextInt(4)) {
        case 0 -> out.append(c.toUpperCase(Locale.ROOT));
        case 1 -> out.append(c.toLowerCase(Locale.ROOT));
        case 2 -> out.append(Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
        default -> out.append(c.equals(" ") ? "  " : Normalizer.normalize(c + "\u0301", Normalizer.Form.NFC));
      }
    }
    return out.toString();
  }

  private static Draft draft(String text) {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    return new Draft(CommunityId.random(), MemberId.of("laia"), now, 3, text, text, List.of(), List.of(), now, 2, false);
  }
}
