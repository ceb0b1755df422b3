package org.copkit.core.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copkit.api.feed.PersonalWeights;

/**
 * Selects the best activities of a {@link RankingRequest}.
 *
 * <p>The score of an activity is a sum in log space, in this order:
 *
 * <pre>
 *   static (engagement + author role + vendors' activity terms, a float column)
 *   + lambda(community) * (time - now)            recency: no recomputation as time passes
 *   + community term + author term                 the member's lookups
 *   + relevance[bitCount(tags &amp; interests)]
 *   + tacit expertise (open question, shared tag with what the member answered)
 *   - seen penalty                                 looked up only for candidates that pass
 * </pre>
 *
 * <p>The scan goes block by block, best bound first, each block newest stripe first and each
 * stripe newest activity first, so the admission floor rises early and memory is streamed in long
 * runs. Every stripe, and every block as a whole, has an upper bound from its summaries (largest
 * static score, latest time, union of tags and flags) and the member's largest terms. With
 * pruning on, stripes whose bound cannot beat the worst candidate kept are skipped, and the scan
 * stops at the first block that cannot; without, every activity is considered: the reference the
 * pruned scan must agree with.
 *
 * <p>Within a stripe, an activity is first tested on its {@link Block.Columns#key key} alone (its
 * static score and recency in one float, 4 bytes): only when the key, plus the most the member's
 * terms can add, may reach the floor is the activity scored exactly from the other columns. The
 * test is conservative ({@link #keyFloor}), so it changes no result; with a floor in place most
 * activities never get past it, and the scan streams little more than the keys.
 *
 * <p>Diversity: each item of an author (of a community) already served or picked higher up takes
 * {@code authorRepeat} ({@code communityRepeat}) off the next one's score. The page is picked
 * greedily from a pool of the best candidates by score; since a discount only lowers a score, a
 * pick is final once it beats the best score left outside the pool, and when it does not, the pool
 * is widened and the selection redone. So the result is exactly that of the greedy selection over
 * all candidates.
 */
final class FeedRanker {

  /** The first pool of a diversified page, per item; a pool too small is widened fourfold. */
  private static final int FIRST_POOL_PER_ITEM = 16;
  private static final int POOL_GROWTH = 4;
  /** The relative margin of {@link #keyFloor}. */
  private static final double KEY_MARGIN = 0x1p-20;

  private final ActivityIndex index;
  private final FeedOrder order;
  private final PersonalScoring scoring;
  private final PersonalWeights weights;
  private final boolean pruning;

  FeedRanker(ActivityIndex index, PersonalScoring scoring, boolean pruning) {
    this.index = index;
    this.order = new FeedOrder(index);
    this.scoring = scoring;
    this.weights = scoring.weights;
    this.pruning = pruning;
  }

  /** A selected activity: its score and the diversity discount it took. */
  record Ranked(long ref, double score, double discount) {}

  List<Ranked> select(RankingRequest request) {
    if (!weights.diversifies()) {
      Candidates.Ranking best = scan(request, request.size());
      List<Ranked> page = new ArrayList<>(best.size());
      for (int i = 0; i < best.size(); i++) {
        page.add(new Ranked(best.ref()[i], best.score()[i], 0));
      }
      return page;
    }
    long poolSize = (long) request.size() * FIRST_POOL_PER_ITEM;
    while (true) {
      int capacity = (int) Math.min(poolSize, Math.max(1, request.candidates()));
      Candidates.Ranking pool = scan(request, capacity);
      boolean complete = pool.size() < capacity || capacity >= request.candidates();
      List<Ranked> page = diversify(request, pool, complete);
      if (page != null) {
        return page;
      }
      poolSize *= POOL_GROWTH;
    }
  }

  private Candidates.Ranking scan(RankingRequest request, int capacity) {
    Candidates candidates = new Candidates(capacity, order);
    Segment[] segments = request.segments();
    int blockCount = 0;
    for (int s = 0; s < segments.length; s++) {
      blockCount += (request.limits()[s] + Block.CAPACITY - 1) / Block.CAPACITY;
    }
    long[] visits = new long[blockCount];
    double[] blockBounds = new double[blockCount];
    int[] segmentOf = new int[blockCount];
    int[] blockOf = new int[blockCount];
    int entry = 0;
    for (int s = 0; s < segments.length; s++) {
      Block[] blocks = segments[s].blocks();
      for (int b = 0; b * Block.CAPACITY < request.limits()[s]; b++) {
        blockBounds[entry] = bound(request, s, blocks[b], Block.WHOLE);
        segmentOf[entry] = s;
        blockOf[entry] = b;
        visits[entry] = sortKey(blockBounds[entry], entry);
        entry++;
      }
    }
    Arrays.sort(visits);
    double floor = Double.NEGATIVE_INFINITY;
    for (int i = blockCount - 1; i >= 0; i--) {
      int e = (int) visits[i];
      if (pruning && blockBounds[e] < floor) {
        break;
      }
      int s = segmentOf[e];
      Block block = segments[s].blocks()[blockOf[e]];
      int first = blockOf[e] * Block.CAPACITY;
      Block.Columns columns = segments[s].columnsAt(first);
      long blockRef = ActivityIndex.ref(segments[s].ordinal, first);
      for (int stripe = stripes(request.limits()[s], blockOf[e]) - 1; stripe >= 0; stripe--) {
        double bound = bound(request, s, block, stripe); // reads the stripe's summaries first
        if (pruning && bound < floor) {
          continue;
        }
        int from = stripe * Block.STRIPE;
        int count = Math.min(Block.STRIPE, request.limits()[s] - first - from);
        floor = scanStripe(request, s, block, stripe, columns, from, count, blockRef, candidates, floor);
      }
    }
    return candidates.drainBestFirst();
  }

  /** @return how many stripes of block {@code b} hold some of the first {@code limit} activities */
  private static int stripes(int limit, int b) {
    return (Math.min(Block.CAPACITY, limit - b * Block.CAPACITY) + Block.STRIPE - 1) / Block.STRIPE;
  }

  /**
   * The highest score any activity of a block's stripe (or of the {@link Block#WHOLE whole}
   * block) can reach in this request.
   */
  private double bound(RankingRequest request, int s, Block block, int stripe) {
    float maxStatic = block.maxStatic(stripe); // first: makes the stripe's changes visible
    long tags = block.tagUnion[stripe];
    PersonalTerms terms = request.terms();
    return maxStatic
        + segment(request, s).lambda * (block.maxTime[stripe] - request.now())
        + request.communityTerms()[s]
        + terms.maxByAuthor
        + scoring.relevance(tags, terms.profile.interests)
        + scoring.tacitExpertise(block.flagUnion[stripe], tags, terms.profile.expertise);
  }

  private static Segment segment(RankingRequest request, int s) {
    return request.segments()[s];
  }

  /**
   * The hot loop: streams a stripe's ranking columns, newest first; returns the new admission
   * floor. Most stripes need neither the filter of what the reader may not see (CORE-only
   * activities, retracted ones) nor the tacit-expertise test (their summaries say so) and get a
   * loop without them.
   */
  private double scanStripe(
      RankingRequest request,
      int s,
      Block block,
      int stripe,
      Block.Columns columns,
      int from,
      int count,
      long blockRef,
      Candidates candidates,
      double floor) {
    long expertise = request.terms().profile.expertise;
    double tacit = weights.tacitExpertise();
    int hidden = request.coreVisible()[s] ? Block.RETRACTED : Block.RETRACTED | Block.CORE_ONLY;
    boolean filters = (block.flagUnion[stripe] & hidden) != 0;
    boolean mayBoost =
        tacit != 0 && (block.flagUnion[stripe] & Block.OPEN_QUESTION) != 0 && (block.tagUnion[stripe] & expertise) != 0;
    if (!filters && !mayBoost) {
      return scanPlainStripe(request, s, block, stripe, columns, from, count, blockRef, candidates, floor);
    }
    float[] key = columns.key;
    int[] time = columns.time;
    float[] staticScore = columns.staticScore;
    int[] author = columns.author;
    long[] tags = columns.tags;
    byte[] flags = columns.flags;
    double[] byAuthor = request.terms().byAuthor;
    double[] relevance = scoring.relevanceTable();
    long interests = request.terms().profile.interests;
    double lambda = segment(request, s).lambda;
    double community = request.communityTerms()[s];
    long now = request.now();
    double slack = slack(request, s, block, stripe) + (mayBoost ? tacit : 0);
    double decay = decay(request, s, block, stripe);
    float keyFloor = keyFloor(floor, slack, decay);
    for (int i = from + count - 1; i >= from; i--) {
      if (key[i] < keyFloor) {
        continue;
      }
      int f = flags[i];
      if ((f & hidden) != 0) {
        continue;
      }
      long t = tags[i];
      double score =
          staticScore[i]
              + lambda * (time[i] - now)
              + community
              + byAuthor[author[i]]
              + relevance[Long.bitCount(t & interests)];
      if ((f & Block.OPEN_QUESTION) != 0 && (t & expertise) != 0) {
        score += tacit;
      }
      if (score >= floor) {
        floor = admit(request, score, time[i], blockRef + i, candidates);
        keyFloor = keyFloor(floor, slack, decay);
      }
    }
    return floor;
  }

  /** {@link #scanStripe}'s score for a stripe where no flag matters: the flags are not read. */
  private double scanPlainStripe(
      RankingRequest request,
      int s,
      Block block,
      int stripe,
      Block.Columns columns,
      int from,
      int count,
      long blockRef,
      Candidates candidates,
      double floor) {
    float[] key = columns.key;
    int[] time = columns.time;
    float[] staticScore = columns.staticScore;
    int[] author = columns.author;
    long[] tags = columns.tags;
    double[] byAuthor = request.terms().byAuthor;
    double[] relevance = scoring.relevanceTable();
    long interests = request.terms().profile.interests;
    double lambda = segment(request, s).lambda;
    double community = request.communityTerms()[s];
    long now = request.now();
    double slack = slack(request, s, block, stripe);
    double decay = decay(request, s, block, stripe);
    float keyFloor = keyFloor(floor, slack, decay);
    for (int i = from + count - 1; i >= from; i--) {
      if (key[i] < keyFloor) {
        continue;
      }
      double score =
          staticScore[i]
              + lambda * (time[i] - now)
              + community
              + byAuthor[author[i]]
              + relevance[Long.bitCount(tags[i] & interests)];
      if (score >= floor) {
        floor = admit(request, score, time[i], blockRef + i, candidates);
        keyFloor = keyFloor(floor, slack, decay);
      }
    }
    return floor;
  }

  /**
   * The most the member's terms can add, in a stripe, to an activity's static score and recency:
   * its community's term, the largest author term and the relevance of the stripe's tag union.
   */
  private double slack(RankingRequest request, int s, Block block, int stripe) {
    return request.communityTerms()[s]
        + request.terms().maxByAuthor
        + scoring.relevance(block.tagUnion[stripe], request.terms().profile.interests);
  }

  /**
   * What turns a stripe's keys into static score plus recency: {@code lambda * (keyBase - now)},
   * since {@code static + lambda * (time - now) = key + lambda * (keyBase - now)}.
   */
  private static double decay(RankingRequest request, int s, Block block, int stripe) {
    return segment(request, s).lambda * ((long) block.keyBase[stripe] - request.now());
  }

  /**
   * The least {@link Block.Columns#key key} an activity needs to reach the floor, given the
   * stripe's slack and decay, lowered by a margin wider than the key's rounding to a float
   * (relative 2^-24) and the score's roundings: an activity below it cannot be admitted, and one
   * above it is scored exactly, so the filter never changes a result. With no floor yet, every
   * activity passes.
   */
  static float keyFloor(double floor, double slack, double decay) {
    double least = floor - slack - decay;
    double margin = KEY_MARGIN * (1 + Math.abs(floor) + Math.abs(slack) + Math.abs(decay));
    double bound = least - margin;
    float rounded = (float) bound;
    return rounded > bound ? Math.nextDown(rounded) : rounded;
  }

  /** Applies the lazy terms (seen, already served) to a candidate that may enter; new floor. */
  private double admit(RankingRequest request, double score, int time, long ref, Candidates candidates) {
    if (!request.isServed(ref)) {
      candidates.offer(score + scoring.seen(request.terms().profile.hasSeen(ref)), time, ref);
    }
    return candidates.floor();
  }

  /**
   * Picks a diversified page from a pool.
   *
   * @param complete whether the pool holds every candidate
   * @return the page, or null when a pick could have been beaten by a candidate outside the pool
   */
  private List<Ranked> diversify(RankingRequest request, Candidates.Ranking pool, boolean complete) {
    int n = pool.size();
    int[] authors = new int[n];
    int[] communities = new int[n];
    for (int j = 0; j < n; j++) {
      long ref = pool.ref()[j];
      authors[j] = index.columns(ref).author[ActivityIndex.slot(ref)];
      communities[j] = ActivityIndex.community(ref);
    }
    double outside = complete || n == 0 ? Double.NEGATIVE_INFINITY : pool.score()[n - 1];
    return new DiversePage(order, weights, pool, authors, communities, request).pick(request.size(), outside);
  }

  /** A long that sorts like the bound (rounded up to a float), carrying the block's entry. */
  private static long sortKey(double bound, int entry) {
    float rounded = (float) bound;
    if (rounded < bound) {
      rounded = Math.nextUp(rounded);
    }
    int bits = Float.floatToIntBits(rounded);
    bits ^= (bits >> 31) & Integer.MAX_VALUE;
    return (long) bits << 32 | entry;
  }
}
