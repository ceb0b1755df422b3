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
 * pick is final once it beats the best discounted score a candidate left outside the pool could
 * have (the pool's worst score, less the discount of the least repeated community), and when it
 * does not, the pool is widened and the selection redone. So the result is exactly that of the
 * greedy selection over all candidates.
 */
final class FeedRanker {

  /** The first pool of a diversified page, per item; a pool too small is widened fourfold. */
  private static final int FIRST_POOL_PER_ITEM = 8;
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
      Candidates best = new Candidates(request.size(), order);
      scan(request, best);
      Candidates.Ranking ranking = best.drainBestFirst();
      List<Ranked> page = new ArrayList<>(ranking.size());
      for (int i = 0; i < ranking.size(); i++) {
        page.add(new Ranked(ranking.ref()[i], ranking.score()[i], 0));
      }
      return page;
    }
    long poolSize = (long) request.size() * FIRST_POOL_PER_ITEM;
    while (true) {
      int capacity = (int) Math.min(poolSize, Math.max(1, request.candidates()));
      CandidatePool candidates = new CandidatePool(capacity, order);
      scan(request, candidates);
      Candidates.Ranking pool = candidates.drain();
      boolean complete = pool.size() < capacity || capacity >= request.candidates();
      List<Ranked> page = diversify(request, pool, complete);
      if (page != null) {
        return page;
      }
      poolSize *= POOL_GROWTH;
    }
  }

  /** Offers the request's candidates that may be among the best to {@code candidates}. */
  private void scan(RankingRequest request, Admission candidates) {
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
        blockBounds[entry] = bound(request, s, blocks[b], Block.WHOLE); // reads the block's summaries first
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
      Visit visit = new Visit(request, s, block, segments[s].columnsAt(first), ActivityIndex.ref(segments[s].ordinal, first));
      int held = Math.min(Block.CAPACITY, request.limits()[s] - first);
      if (!pruning) {
        floor = scanRun(visit, 0, held, block.tagUnion[Block.WHOLE], block.flagUnion[Block.WHOLE], candidates, floor);
        continue;
      }
      int stripe = (held - 1) / Block.STRIPE;
      while (stripe >= 0) {
        if (bound(request, s, block, stripe) < floor) { // reads the stripe's summaries first
          stripe--;
          continue;
        }
        int top = stripe;
        long tags = block.tagUnion[stripe];
        int flags = block.flagUnion[stripe];
        while (stripe > 0 && bound(request, s, block, stripe - 1) >= floor) {
          stripe--;
          tags |= block.tagUnion[stripe];
          flags |= block.flagUnion[stripe];
        }
        int from = stripe * Block.STRIPE;
        floor = scanRun(visit, from, Math.min(held, (top + 1) * Block.STRIPE) - from, tags, flags, candidates, floor);
        stripe--;
      }
    }
  }

  /**
   * The highest score any activity of a block's stripe (or of the {@link Block#WHOLE whole}
   * block) can reach in this request. Static score and recency are bounded twice, by the largest
   * static score at the latest time and by the largest key (widened by more than its rounding), and
   * the lower bound is taken.
   */
  private double bound(RankingRequest request, int s, Block block, int stripe) {
    float maxStatic = block.maxStatic(stripe); // first: makes the stripe's changes visible
    long tags = block.tagUnion[stripe];
    PersonalTerms terms = request.terms();
    double lambda = segment(request, s).lambda;
    double decay = decay(request, s, block);
    double byKey = block.maxKey[stripe] + decay;
    double recent =
        Math.min(
            maxStatic + lambda * (block.maxTime[stripe] - request.now()),
            byKey + KEY_MARGIN * (1 + Math.abs(byKey) + Math.abs(decay)));
    return recent
        + request.communityTerms()[s]
        + terms.maxByAuthor
        + scoring.relevance(tags, terms.profile.interests)
        + scoring.tacitExpertise(block.flagUnion[stripe], tags, terms.profile.expertise);
  }

  /**
   * What turns a block's keys into static score plus recency now: {@code lambda * (keyBase - now)},
   * since {@code static + lambda * (time - now) = key + lambda * (keyBase - now)}.
   */
  private static double decay(RankingRequest request, int s, Block block) {
    return segment(request, s).lambda * ((long) block.keyBase - request.now());
  }

  private static Segment segment(RankingRequest request, int s) {
    return request.segments()[s];
  }

  /** One block of one request, as the scan loops need it. */
  private record Visit(RankingRequest request, int s, Block block, Block.Columns columns, long blockRef) {}

  /**
   * Scans a run of a block's slots, newest first, and returns the new admission floor. Each
   * activity is first tested on its key alone; only those that pass are scored exactly and
   * offered. Most runs need neither the filter of what the reader may not see (CORE-only
   * activities, retracted ones) nor the tacit-expertise test (the run's summaries say so) and get
   * a loop without them.
   *
   * @param tagUnion the union of the run's tags
   * @param flagUnion the union of the run's flags
   */
  private double scanRun(Visit visit, int from, int count, long tagUnion, int flagUnion, Admission candidates, double floor) {
    RankingRequest request = visit.request();
    int s = visit.s();
    long expertise = request.terms().profile.expertise;
    double tacit = weights.tacitExpertise();
    int hidden = request.coreVisible()[s] ? Block.RETRACTED : Block.RETRACTED | Block.CORE_ONLY;
    boolean filters = (flagUnion & hidden) != 0;
    boolean mayBoost = tacit != 0 && (flagUnion & Block.OPEN_QUESTION) != 0 && (tagUnion & expertise) != 0;
    double slack =
        request.communityTerms()[s]
            + request.terms().maxByAuthor
            + scoring.relevance(tagUnion, request.terms().profile.interests)
            + (mayBoost ? tacit : 0);
    double decay = decay(request, s, visit.block());
    if (!filters && !mayBoost) {
      return scanPlainRun(visit, from, count, slack, decay, candidates, floor);
    }
    Block.Columns columns = visit.columns();
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
    long blockRef = visit.blockRef();
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

  /** {@link #scanRun}'s loop for a run where no flag matters: the flags are not read. */
  private double scanPlainRun(Visit visit, int from, int count, double slack, double decay, Admission candidates, double floor) {
    RankingRequest request = visit.request();
    int s = visit.s();
    Block.Columns columns = visit.columns();
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
    long blockRef = visit.blockRef();
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
   * The least {@link Block.Columns#key key} an activity needs to reach the floor, lowered by a
   * margin wider than the key's rounding to a float (relative 2^-24) and the score's roundings: an
   * activity below it cannot be admitted, and one above it is scored exactly, so the filter never
   * changes a result. With no floor yet, every activity passes.
   *
   * @param slack the most the member's terms can add to an activity of the run: its community's
   *     term, the largest author term, the relevance of the run's tag union and, when the run may
   *     hold an open question in the member's expertise, the tacit-expertise boost
   * @param decay what turns a key into static score plus recency (see {@link #decay})
   */
  static float keyFloor(double floor, double slack, double decay) {
    double least = floor - slack - decay;
    double margin = KEY_MARGIN * (1 + Math.abs(floor) + Math.abs(slack) + Math.abs(decay));
    double bound = least - margin;
    float rounded = (float) bound;
    return rounded > bound ? Math.nextDown(rounded) : rounded;
  }

  /** Applies the lazy terms (seen, already served) to a candidate that may enter; new floor. */
  private double admit(RankingRequest request, double score, int time, long ref, Admission candidates) {
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
    double outside = complete ? Double.NEGATIVE_INFINITY : pool.worstScore();
    return DiversePage.pick(order, weights, pool, authors, communities, request, request.size(), outside);
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
