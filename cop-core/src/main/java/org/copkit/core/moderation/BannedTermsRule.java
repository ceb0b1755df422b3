package org.copkit.core.moderation;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Rejects posts that contain a banned term as a whole word (or words), whatever its case and
 * accents: {@code "Imbècil"} bans {@code "IMBECIL"} and {@code "l'imbècil"}, not {@code
 * "imbecillitat"}.
 */
final class BannedTermsRule implements BuiltInRule {

  private final List<Pattern> terms;

  BannedTermsRule(Collection<String> banned) {
    Validation.noNulls("bannedTerms", banned);
    this.terms =
        banned.stream()
            .map(term -> Folding.fold(Validation.text("bannedTerms", term, 200)))
            .distinct()
            .map(term -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"))
            .toList();
    if (terms.isEmpty()) {
      throw new InvalidInputException("bannedTerms", "must name at least one term");
    }
  }

  @Override
  public String name() {
    return "banned-terms";
  }

  @Override
  public Verdict review(Draft draft) {
    String text = Folding.fold(draft.text());
    for (Pattern term : terms) {
      Matcher matcher = term.matcher(text);
      if (matcher.find()) {
        return new Verdict.Reject("it contains a term this platform does not accept: \"" + matcher.group() + "\"");
      }
    }
    return Verdict.PUBLISH;
  }
}
