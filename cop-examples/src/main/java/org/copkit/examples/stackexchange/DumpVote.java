package org.copkit.examples.stackexchange;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A row of {@code Votes.xml}. Public dumps give the voter only for a few vote types (favourites,
 * bounties), never for up- and down-votes.
 *
 * @param id the vote's ID
 * @param postId the post voted on
 * @param type the vote type ({@value #ACCEPTED_BY_ORIGINATOR} accepted by the asker, {@value
 *     #UP_MOD} up-vote, {@code 3} down-vote, …)
 * @param voter the voter, when the dump gives one
 * @param createdAt the day of the vote (dumps round it to midnight UTC)
 */
record DumpVote(long id, long postId, int type, OptionalLong voter, Instant createdAt) {

  /** The asker accepted the answer. */
  static final int ACCEPTED_BY_ORIGINATOR = 1;
  /** An up-vote. */
  static final int UP_MOD = 2;
}
