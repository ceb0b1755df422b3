package org.copkit.core.feed;

import java.util.Arrays;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
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

  /** @return the columns holding a published position, at {@link Block#slot(int)} */
  Block.Columns columnsAt(int position) {
    return blocks[position / Block.CAPACITY].columns();
  }

  /**
   * Appends an activity.
   *
   * @return its position in the segment
   */
  synchronized int append(
      Activity activity, int author, long tags, boolean authorRole, float[] vendorTerms) {
    int position = size;
    int slot = Block.slot(position);
    if (slot == 0) {
      Block[] grown = Arrays.copyOf(blocks, blocks.length + 1);
      grown[blocks.length] = new Block(vendorSignals, Epoch.seconds(activity.createdAt()));
      blocks = grown;
    }
    Block block = blocks[position / Block.CAPACITY];
    Block.Columns columns = block.columnsFor(slot);
    Block.Records records = columns.records;
    records.idHigh[slot] = activity.id().value().getMostSignificantBits();
    records.idLow[slot] = activity.id().value().getLeastSignificantBits();
    records.replies[slot] = activity.replies();
    records.reactions[slot] = activity.reactions();
    records.kindAndComponent[slot] = Block.Records.pack(activity.kind(), activity.component());
    System.arraycopy(vendorTerms, 0, records.vendorTerms, slot * vendorSignals, vendorSignals);
    columns.time[slot] = Epoch.seconds(activity.createdAt());
    columns.author[slot] = author;
    columns.tags[slot] = tags;
    columns.flags[slot] = flags(activity, authorRole);
    score(block, columns, slot);
    block.summarize(slot);
    size = position + 1;
    return position;
  }

  /**
   * Applies an interaction's effect on engagement. Serialised with appends and other changes, so
   * no update is lost; the block publishes the change to readers.
   */
  synchronized void engage(int position, Interaction.Kind kind) {
    Block block = blocks[position / Block.CAPACITY];
    Block.Columns columns = block.columns();
    Block.Records records = columns.records;
    int slot = Block.slot(position);
    switch (kind) {
      case SEEN -> {
        return;
      }
      case REACTED -> records.reactions[slot] = saturatedIncrement(records.reactions[slot]);
      case REPLIED -> records.replies[slot] = saturatedIncrement(records.replies[slot]);
      case ANSWERED -> {
        records.replies[slot] = saturatedIncrement(records.replies[slot]);
        columns.flags[slot] &= ~Block.OPEN_QUESTION;
      }
    }
    score(block, columns, slot);
    block.summarize(slot);
  }

  /**
   * Sets or clears an activity's {@link Block#RETRACTED} flag. Serialised with appends and other
   * changes; the block publishes the change to readers.
   *
   * @return whether the flag changed
   */
  synchronized boolean setRetracted(int position, boolean retracted) {
    Block block = blocks[position / Block.CAPACITY];
    Block.Columns columns = block.columns();
    int slot = Block.slot(position);
    boolean was = (columns.flags[slot] & Block.RETRACTED) != 0;
    if (was == retracted) {
      return false;
    }
    columns.flags[slot] = (byte) (retracted ? columns.flags[slot] | Block.RETRACTED : columns.flags[slot] & ~Block.RETRACTED);
    block.summarize(slot);
    return true;
  }

  /** @return the engagement term of an activity with these counts */
  double engagementTerm(int replies, int reactions) {
    return engagementWeight * Math.log1p((double) replies + reactions);
  }

  /** @return the author-role term of an activity with these flags */
  double roleTerm(int flags) {
    return (flags & Block.AUTHOR_ROLE) != 0 ? roleWeight : 0;
  }

  /** Sets an activity's static score and its {@link Block.Columns#key key}. */
  private void score(Block block, Block.Columns columns, int slot) {
    float staticScore = staticScore(columns, slot);
    columns.staticScore[slot] = staticScore;
    columns.key[slot] = Block.key(staticScore, lambda, columns.time[slot], block.keyBase);
  }

  private float staticScore(Block.Columns columns, int slot) {
    Block.Records records = columns.records;
    double score =
        engagementTerm(records.replies[slot], records.reactions[slot]) + roleTerm(columns.flags[slot]);
    for (int v = 0; v < vendorSignals; v++) {
      score += VendorSignals.stored(records.vendorTerms[slot * vendorSignals + v]);
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
