package org.copkit.core.moderation;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.Verdict;

/**
 * Rejects a post whose text repeats one of its author's posts in the same community in the last
 * 24 hours (ignoring case, accents and spacing): double submissions and copy-paste floods.
 */
final class RepeatedPostRule implements BuiltInRule {

  @Override
  public String name() {
    return "repeated-post";
  }

  @Override
  public Verdict review(Draft draft) {
    String body = Folding.fold(draft.body());
    boolean repeated = draft.recentBodies().stream().map(Folding::fold).anyMatch(body::equals);
    return repeated ? new Verdict.Reject("it repeats a post you made in the last 24 hours") : Verdict.PUBLISH;
  }
}
