package org.copkit.api.discussion;

import java.util.Map;
import java.util.Set;
import org.copkit.api.shared.Validation;

/**
 * A post as one reader sees it: with its reaction counts and the reader's own reactions.
 *
 * @param post the post
 * @param reactions how many members reacted, per reaction
 * @param mine the reader's own reactions
 */
public record PostView(Post post, Map<Reaction, Long> reactions, Set<Reaction> mine) {

  /** Validates and copies the fields. */
  public PostView {
    Validation.required("post", post);
    reactions = Map.copyOf(Validation.required("reactions", reactions));
    mine = Set.copyOf(Validation.required("mine", mine));
  }
}
