package org.copkit.core.feed;

/**
 * Up to {@link #CAPACITY} activities of one community, in publication order, stored column by
 * column. The ranking columns are what every feed request streams through (21 bytes an activity);
 * the {@link Records records} are read only to answer, explain and update.
 *
 * <p>Written only under the owning {@link Segment}'s lock. Readers take no lock: appends become
 * visible through {@link Segment#size()}, engagement changes through the volatile {@link
 * #maxStatic}, which every change writes last and every scan reads first.
 */
final class Block {

  /** Activities per block: the unit of pruning. */
  static final int CAPACITY = 512;

  /** The activity is for the CORE tier only. */
  static final byte CORE_ONLY = 1;
  /** The activity is a question nobody has answered yet. */
  static final byte OPEN_QUESTION = 2;
  /** The author was an e-moderator or an expert of the community when it was published. */
  static final byte AUTHOR_ROLE = 4;

  final int[] time = new int[CAPACITY];
  final float[] staticScore = new float[CAPACITY];
  final int[] author = new int[CAPACITY];
  final long[] tags = new long[CAPACITY];
  final byte[] flags = new byte[CAPACITY];

  final Records records;

  /** The largest {@link #staticScore} in the block; only grows. */
  volatile float maxStatic = Float.NEGATIVE_INFINITY;
  /** The latest {@link #time} in the block. */
  volatile int maxTime = Integer.MIN_VALUE;
  /** The union of the block's {@link #tags}. */
  volatile long tagUnion;
  /** The union of the block's {@link #flags}. */
  volatile int flagUnion;

  Block(int vendorSignals) {
    records = new Records(vendorSignals);
  }

  /** What the ranking never reads: identity, raw engagement, kind and vendors' stored terms. */
  static final class Records {
    final long[] idHigh = new long[CAPACITY];
    final long[] idLow = new long[CAPACITY];
    final int[] replies = new int[CAPACITY];
    final int[] reactions = new int[CAPACITY];
    /** The {@code ActivityKind} ordinal in the high nibble, the {@code CopComponent} in the low. */
    final byte[] kindAndComponent = new byte[CAPACITY];
    /** Vendors' activity terms, {@code vendorSignals} per activity. */
    final float[] vendorTerms;

    private Records(int vendorSignals) {
      vendorTerms = new float[CAPACITY * vendorSignals];
    }
  }

  void raiseSummaries(int slot) {
    maxTime = Math.max(maxTime, time[slot]);
    tagUnion |= tags[slot];
    flagUnion |= flags[slot];
    maxStatic = Math.max(maxStatic, staticScore[slot]);
  }
}
