package org.copkit.core.feed;

import java.util.Arrays;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.Audience;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.Interaction;

/**
 * One community's activities: an append-only chain of {@link Block blocks}, and the community's
 * {@link CommunityRanking}. Keeping each community in its own blocks lets a member's feed stream
 * only the communities they belong to, and makes the recency weight one constant per block.
 *
 * <p>Appends and engagement changes hold this segment's lock; reads hold none.
 */
final class Segment {

  private static final double LN2 = Math.log(2);

  final int ordinal;
  final CommunityId community;
  /** {@code ln 2 / halfLife} in seconds: the recency term is {@code lambda * (time - now)}. */
  final double lambda;
  final double engagementWeight;
  final double roleWeight;
  private final int vendorSignals;

  private volatile Block[] blocks = new Block[0];
  private volatile int size;

  Segment(int ordinal, CommunityId community, CommunityRanking ranking, int vendorSignals) {
    this.ordinal = ordinal;
    this.community = community;
    this.lambda = LN2 / ranking.halfLife().toSeconds();
    this.engagementWeight = ranking.engagement();
    this.roleWeight = ranking.authorRole();
    this.vendorSignals = vendorSignals;
  }

  /** @return how many activities are published; read it before {@link #blocks()} */
  int size() {
    return size;
  }

  /** @return the blocks, holding at least {@link #size()} activities */
  Block[] blocks() {
    return blocks;
  }

  Block blockOf(int position) {
    return blocks[position / Block.CAPACITY];
  }

  /**
   * Appends an activity.
   *
   * @return its position in the segment
   */
  synchronized int append(
      Activity activity, int author, long tags, boolean authorRole, float[] vendorTerms) {
    int position = size;
    int slot = position % Block.CAPACITY;
    if (slot == 0) {
      Block[] grown = Arrays.copyOf(blocks, blocks.length + 1);
      grown[blocks.length] = new Block(vendorSignals);
      blocks = grown;
    }
    Block block = blocks[position / Block.CAPACITY];
    Block.Records records = block.records;
    records.idHigh[slot] = activity.id().value().getMostSignificantBits();
    records.idLow[slot] = activity.id().value().getLeastSignificantBits();
    records.replies[slot] = activity.replies();
    records.reactions[slot] = activity.reactions();
    records.kindAndComponent[slot] =
        (byte) (activity.kind().ordinal() << 4 | activity.component().ordinal());
    System.arraycopy(vendorTerms, 0, records.vendorTerms, slot * vendorSignals, vendorSignals);
    block.time[slot] = Epoch.seconds(activity.createdAt());
    block.author[slot] = author;
    block.tags[slot] = tags;
    block.flags[slot] = flags(activity, authorRole);
    block.staticScore[slot] = staticScore(block, slot);
    block.raiseSummaries(slot);
    size = position + 1;
    return position;
  }

  /**
   * Applies an interaction's effect on engagement. Serialised with appends and other changes, so
   * no update is lost; the block's {@code maxStatic} is written last to publish the change.
   */
  synchronized void engage(int position, Interaction.Kind kind) {
    Block block = blockOf(position);
    int slot = position % Block.CAPACITY;
    int[] replies = block.records.replies;
    switch (kind) {
      case SEEN -> {
        return;
      }
      case REACTED -> block.records.reactions[slot] = saturatedIncrement(block.records.reactions[slot]);
      case REPLIED -> replies[slot] = saturatedIncrement(replies[slot]);
      case ANSWERED -> {
        replies[slot] = saturatedIncrement(replies[slot]);
        block.flags[slot] &= ~Block.OPEN_QUESTION;
      }
    }
    block.staticScore[slot] = staticScore(block, slot);
    block.maxStatic = Math.max(block.maxStatic, block.staticScore[slot]);
  }

  /** @return the engagement term of an activity with these counts */
  double engagementTerm(int replies, int reactions) {
    return engagementWeight * Math.log1p((double) replies + reactions);
  }

  /** @return the author-role term of an activity with these flags */
  double roleTerm(int flags) {
    return (flags & Block.AUTHOR_ROLE) != 0 ? roleWeight : 0;
  }

  private float staticScore(Block block, int slot) {
    Block.Records records = block.records;
    double score =
        engagementTerm(records.replies[slot], records.reactions[slot])
            + roleTerm(block.flags[slot]);
    for (int v = 0; v < vendorSignals; v++) {
      score += records.vendorTerms[slot * vendorSignals + v];
    }
    return (float) score;
  }

  private static byte flags(Activity activity, boolean authorRole) {
    int flags = activity.audience() == Audience.CORE ? Block.CORE_ONLY : 0;
    if (activity.kind() == ActivityKind.QUESTION) {
      flags |= Block.OPEN_QUESTION;
    }
    if (authorRole) {
      flags |= Block.AUTHOR_ROLE;
    }
    return (byte) flags;
  }

  private static int saturatedIncrement(int count) {
    return count == Integer.MAX_VALUE ? count : count + 1;
  }
}
