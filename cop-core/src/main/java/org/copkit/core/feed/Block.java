package org.copkit.core.feed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;

/**
 * Up to {@link #CAPACITY} activities of one community, in publication order, stored column by
 * column, with summaries for each {@link #STRIPE stripe} of {@value #STRIPE} activities (the unit
 * of pruning). Long blocks keep the scan on long runs of contiguous memory; stripes keep pruning
 * fine-grained. The columns grow by doubling, so a small community does not pay for a whole
 * block.
 *
 * <p>Written only under the owning {@link Segment}'s lock. Readers take no lock: appends become
 * visible through {@link Segment#size()}; engagement changes through the stripe's largest static
 * score, which every change stores last with release semantics and every scan loads first with
 * acquire semantics ({@link #maxStatic(int)}).
 */
final class Block {

  /** Activities per block. */
  static final int CAPACITY = 4096;
  /** Activities per stripe: the unit of pruning. */
  static final int STRIPE = 512;
  static final int STRIPES = CAPACITY / STRIPE;
  private static final int FIRST_CAPACITY = 16;

  /** The activity is for the CORE tier only. */
  static final byte CORE_ONLY = 1;
  /** The activity is a question nobody has answered yet. */
  static final byte OPEN_QUESTION = 2;
  /** The author was an e-moderator or an expert of the community when it was published. */
  static final byte AUTHOR_ROLE = 4;
  /** The activity was retracted: no feed shows it, and no one may read it. */
  static final byte RETRACTED = 8;

  private volatile Columns columns;

  private static final VarHandle STATIC_BOUND = MethodHandles.arrayElementVarHandle(float[].class);

  /**
   * The summaries' last entry, after the stripes': the whole block's, so that a scan can rank
   * blocks without reading every stripe's summaries.
   */
  static final int WHOLE = STRIPES;

  /** Per stripe and {@link #WHOLE}: the largest static score (only grows; see {@link #maxStatic(int)}). */
  private final float[] maxStatic = new float[STRIPES + 1];
  /** Per stripe and {@link #WHOLE}: the latest time, the union of tags, the union of flags. */
  final int[] maxTime = new int[STRIPES + 1];
  /**
   * Per stripe and {@link #WHOLE}: the largest {@link Columns#key key}, a tighter bound of static
   * score and recency together than the largest of each when they belong to different activities.
   */
  final float[] maxKey = new float[STRIPES + 1];
  final long[] tagUnion = new long[STRIPES + 1];
  final int[] flagUnion = new int[STRIPES + 1];
  /** The time the block's {@link Columns#key keys} decay from: its first activity's. */
  final int keyBase;

  /**
   * @param vendorSignals how many vendor terms each activity stores
   * @param keyBase the time of the block's first activity
   */
  Block(int vendorSignals, int keyBase) {
    this.keyBase = keyBase;
    columns = new Columns(FIRST_CAPACITY, vendorSignals);
    Arrays.fill(maxStatic, Float.NEGATIVE_INFINITY);
    Arrays.fill(maxKey, Float.NEGATIVE_INFINITY);
    Arrays.fill(maxTime, Integer.MIN_VALUE);
  }

  static int slot(int position) {
    return position % CAPACITY;
  }

  Columns columns() {
    return columns;
  }

  /** Makes room for a slot; under the segment's lock, before the slot is written. */
  Columns columnsFor(int slot) {
    Columns current = columns;
    if (slot >= current.time.length) {
      current = current.grown(Math.min(CAPACITY, current.time.length * 2));
      columns = current;
    }
    return current;
  }

  /**
   * The largest static score of a stripe (or of the {@link #WHOLE} block), loaded with acquire
   * semantics: read it before the stripe's other summaries and columns, and every change made
   * before it was last stored is visible.
   */
  float maxStatic(int stripe) {
    return (float) STATIC_BOUND.getAcquire(maxStatic, stripe);
  }

  /** @return the {@link Columns#key key} of an activity in a block whose keys decay from {@code keyBase} */
  static float key(float staticScore, double lambda, int time, int keyBase) {
    return (float) (staticScore + lambda * ((long) time - keyBase));
  }

  /**
   * Folds a slot into its stripe's and the block's summaries and publishes the change (release
   * stores last, the block's after the stripe's).
   */
  void summarize(int slot) {
    Columns c = columns;
    int stripe = slot / STRIPE;
    fold(stripe, c, slot);
    fold(WHOLE, c, slot);
    STATIC_BOUND.setRelease(maxStatic, stripe, Math.max(maxStatic[stripe], c.staticScore[slot]));
    STATIC_BOUND.setRelease(maxStatic, WHOLE, Math.max(maxStatic[WHOLE], c.staticScore[slot]));
  }

  private void fold(int entry, Columns c, int slot) {
    maxTime[entry] = Math.max(maxTime[entry], c.time[slot]);
    maxKey[entry] = Math.max(maxKey[entry], c.key[slot]);
    tagUnion[entry] |= c.tags[slot];
    flagUnion[entry] |= c.flags[slot];
  }

  /**
   * The columns: what the ranking streams (25 bytes an activity) and, apart, the {@link Records}
   * it never reads.
   */
  static final class Columns {
    /**
     * The static score decayed from the block's {@link Block#keyBase}: {@code staticScore + lambda *
     * (time - keyBase)}, rounded to a float. Static score and recency in one float, with no
     * conversion to make: the scan's first test, which most activities never get past. Only a
     * filter: a score is always computed from the exact columns.
     */
    final float[] key;
    final int[] time;
    final float[] staticScore;
    final int[] author;
    final long[] tags;
    final byte[] flags;
    final Records records;

    private Columns(int capacity, int vendorSignals) {
      this(new float[capacity], new int[capacity], new float[capacity], new int[capacity], new long[capacity],
          new byte[capacity], new Records(capacity, vendorSignals));
    }

    private Columns(
        float[] key, int[] time, float[] staticScore, int[] author, long[] tags, byte[] flags, Records records) {
      this.key = key;
      this.time = time;
      this.staticScore = staticScore;
      this.author = author;
      this.tags = tags;
      this.flags = flags;
      this.records = records;
    }

    private Columns grown(int capacity) {
      return new Columns(
          Arrays.copyOf(key, capacity), Arrays.copyOf(time, capacity), Arrays.copyOf(staticScore, capacity),
          Arrays.copyOf(author, capacity), Arrays.copyOf(tags, capacity), Arrays.copyOf(flags, capacity),
          records.grown(capacity));
    }
  }

  /** What the ranking never reads: identity, raw engagement, kind and vendors' stored terms. */
  static final class Records {
    private static final ActivityKind[] KINDS = ActivityKind.values();
    private static final CopComponent[] COMPONENTS = CopComponent.values();

    final long[] idHigh;
    final long[] idLow;
    final int[] replies;
    final int[] reactions;
    /** The {@code ActivityKind} ordinal in the high nibble, the {@code CopComponent} in the low. */
    final byte[] kindAndComponent;
    /** Vendors' activity terms, {@link #vendorSignals} per activity. */
    final float[] vendorTerms;
    final int vendorSignals;

    private Records(int capacity, int vendorSignals) {
      this(new long[capacity], new long[capacity], new int[capacity], new int[capacity], new byte[capacity],
          new float[capacity * vendorSignals], vendorSignals);
    }

    private Records(
        long[] idHigh, long[] idLow, int[] replies, int[] reactions, byte[] kindAndComponent, float[] vendorTerms,
        int vendorSignals) {
      this.idHigh = idHigh;
      this.idLow = idLow;
      this.replies = replies;
      this.reactions = reactions;
      this.kindAndComponent = kindAndComponent;
      this.vendorTerms = vendorTerms;
      this.vendorSignals = vendorSignals;
    }

    private Records grown(int capacity) {
      return new Records(
          Arrays.copyOf(idHigh, capacity), Arrays.copyOf(idLow, capacity), Arrays.copyOf(replies, capacity),
          Arrays.copyOf(reactions, capacity), Arrays.copyOf(kindAndComponent, capacity),
          Arrays.copyOf(vendorTerms, capacity * vendorSignals), vendorSignals);
    }

    static byte pack(ActivityKind kind, CopComponent component) {
      return (byte) (kind.ordinal() << 4 | component.ordinal());
    }

    ActivityKind kind(int slot) {
      return KINDS[(kindAndComponent[slot] & 0xFF) >>> 4];
    }

    CopComponent component(int slot) {
      return COMPONENTS[kindAndComponent[slot] & 0xF];
    }
  }
}
