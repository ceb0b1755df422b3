package org.copkit.core.moderation;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.Verdict;

/**
 * Holds for review the posts of newcomers that carry more links than their community allows
 * ({@code ModerationPolicy#newcomerLinks}): the classic shape of spam from a new account.
 */
final class NewcomerLinkRule implements BuiltInRule {

  @Override
  public String name() {
    return "newcomer-links";
  }

  @Override
  public Verdict review(Draft draft) {
    if (draft.newcomer() && draft.links().size() > draft.newcomerLinks()) {
      return new Verdict.Hold("a newcomer's post with " + draft.links().size() + " links (at most "
          + draft.newcomerLinks() + " are published at once)");
    }
    return Verdict.PUBLISH;
  }
}
