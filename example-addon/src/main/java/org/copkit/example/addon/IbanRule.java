package org.copkit.example.addon;

import java.util.regex.Pattern;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;

/**
 * A vendor's data-leak rule: holds for review any post that shows a Spanish bank account number
 * (IBAN), whoever writes it. A safety rule: when it fails, the post is held ({@link
 * RuleFailure#HOLD}), as the platform does by default.
 *
 * <p>Stateless and so thread-safe; one compiled pattern, linear in the text (no backtracking
 * blow-up on a 10 MB body).
 */
public final class IbanRule implements ModerationRule {

  /** ES, two check digits, then 20 digits, in groups of four or not. */
  private static final Pattern IBAN = Pattern.compile("\\bES\\d{2}(?:[ ]?\\d{4}){5}\\b");

  @Override
  public String name() {
    return "iban-detector";
  }

  @Override
  public Verdict review(Draft draft) {
    return IBAN.matcher(draft.text()).find()
        ? new Verdict.Hold("it seems to show a bank account number (IBAN); an e-moderator checks it first")
        : Verdict.PUBLISH;
  }

  @Override
  public RuleFailure onFailure() {
    return RuleFailure.HOLD;
  }
}
