package org.copkit.api.discussion.port;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.shared.MemberId;

/**
 * Outbound port: who reacted how to which post; one of each reaction per member and post.
 * Contract: {@code org.copkit.tck.discussion.ReactionsContract}.
 */
public interface Reactions {

  /**
   * Adds a reaction.
   *
   * @param post the post
   * @param member who reacts
   * @param reaction the reaction
   * @return whether it was new (false when the member had already reacted this way)
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when a concurrent transaction added
   *     the same reaction first (a database adapter learns it only from its unique key)
   */
  boolean add(PostId post, MemberId member, Reaction reaction);

  /**
   * Takes a reaction back.
   *
   * @param post the post
   * @param member who reacted
   * @param reaction the reaction
   * @return whether there was one
   */
  boolean remove(PostId post, MemberId member, Reaction reaction);

  /**
   * @param posts some posts
   * @return for each post with reactions, how many members reacted, per reaction
   */
  Map<PostId, Map<Reaction, Long>> counts(Collection<PostId> posts);

  /**
   * @param posts some posts
   * @param member a person
   * @return for each post the person reacted to, their reactions
   */
  Map<PostId, Set<Reaction>> of(Collection<PostId> posts, MemberId member);
}
