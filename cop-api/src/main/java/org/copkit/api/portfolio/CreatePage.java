package org.copkit.api.portfolio;

import java.util.HashSet;
import java.util.List;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: a member makes a page of their portfolio, private until shared.
 *
 * @param title its title, 1 to 200 characters
 * @param introduction what they say about it, possibly empty, at most 5,000 characters
 * @param evidence the keys of their evidence it shows, in order, each once, at most {@value
 *     PortfolioPage#MAX_EVIDENCE}
 */
public record CreatePage(String title, String introduction, List<String> evidence) {

  /** Validates the fields. */
  public CreatePage {
    title = Validation.name("title", title, 200);
    introduction = Validation.optionalText("introduction", introduction, 5000);
    evidence = keys(evidence);
  }

  static List<String> keys(List<String> evidence) {
    List<String> keys = List.copyOf(Validation.noNulls("evidence", Validation.required("evidence", evidence)));
    if (keys.size() > PortfolioPage.MAX_EVIDENCE) {
      throw new InvalidInputException("evidence", "must hold at most " + PortfolioPage.MAX_EVIDENCE + " keys");
    }
    if (new HashSet<>(keys).size() != keys.size()) {
      throw new InvalidInputException("evidence", "must name each piece of evidence once");
    }
    for (String key : keys) {
      if (key.isEmpty() || key.length() > Evidence.MAX_KEY || key.chars().anyMatch(Character::isWhitespace)) {
        throw new InvalidInputException("evidence", "holds a key that is not 1 to " + Evidence.MAX_KEY + " characters without whitespace");
      }
    }
    return keys;
  }
}
