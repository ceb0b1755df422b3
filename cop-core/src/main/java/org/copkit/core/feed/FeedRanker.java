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
 * <p>The scan goes block by block. With pruning on, each block gets an upper bound from its
 * summaries (largest static score, latest time, union of tags and flags) and the member's largest
 * terms; blocks are visited best bound first and the scan stops at the first block whose bound
 * cannot beat the worst candidate kept. Without pruning every block is scanned: the reference the
 * pruned scan must agree with.
 *
 * <p>Diversity: each item of an author (of a community) already served or picked higher up takes
 * {@code authorRepeat} ({@code communityRepeat}) off the next one's score. The page is picked
 * greedily from a pool of the best candidates by score; since a discount only lowers a score, a
 * pick is final once it beats the best score left outside the pool, and when it does not, the pool
 * is widened and the selection redone. So the result is exactly that of the greedy selection over
 * all candidates.
 */
final class FeedRanker {

  private static final int POOL_PER_ITEM = 4;

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
    long poolSize = (long) request.size() * POOL_PER_ITEM;
    while (true) {
      int capacity = (int) Math.min(poolSize, Math.max(1, request.candidates()));
      Candidates.Ranking pool = scan(request, capacity);
      boolean complete = pool.size() < capacity || capacity >= request.candidates();
      List<Ranked> page = diversify(request, pool, complete);
      if (page != null) {
        return page;
      }
      poolSize *= POOL_PER_ITEM;
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
    double[] bounds = new double[blockCount];
    int[] segmentOf = new int[blockCount];
    int[] blockOf = new int[blockCount];
    int entry = 0;
    for (int s = 0; s < segments.length; s++) {
      Block[] blocks = segments[s].blocks();
      for (int b = 0; b * Block.CAPACITY < request.limits()[s]; b++) {
        bounds[entry] = bound(request, s, blocks[b]);
        segmentOf[entry] = s;
        blockOf[entry] = b;
        visits[entry] = sortKey(bounds[entry], entry);
        entry++;
      }
    }
    if (pruning) {
      Arrays.sort(visits);
    }
    double floor = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < blockCount; i++) {
      int e = pruning ? (int) visits[blockCount - 1 - i] : i;
      if (pruning && bounds[e] < floor) {
        break;
      }
      int s = segmentOf[e];
      int first = blockOf[e] * Block.CAPACITY;
      int count = Math.min(Block.CAPACITY, request.limits()[s] - first);
      floor =
          scanBlock(request, s, segments[s].blocks()[blockOf[e]], count, ActivityIndex.ref(segments[s].ordinal, first), candidates, floor);
    }
    return candidates.drainBestFirst();
  }

  /** The highest score any activity of the block can reach in this request. */
  private double bound(RankingRequest request, int s, Block block) {
    double maxStatic = block.maxStatic; // read first: publishes engagement changes to this scan
    long tags = block.tagUnion;
    PersonalTerms terms = request.terms();
    return maxStatic
        + segment(request, s).lambda * (block.maxTime - request.now())
        + request.communityTerms()[s]
        + terms.maxByAuthor
        + scoring.relevance(tags, terms.profile.interests)
        + scoring.tacitExpertise(block.flagUnion, tags, terms.profile.expertise);
  }

  private static Segment segment(RankingRequest request, int s) {
    return request.segments()[s];
  }

  /** The hot loop: streams the block's ranking columns; returns the new admission floor. */
  private double scanBlock(
      RankingRequest request, int s, Block block, int count, long firstRef, Candidates candidates, double floor) {
    int[] time = block.time;
    float[] staticScore = block.staticScore;
    int[] author = block.author;
    long[] tags = block.tags;
    byte[] flags = block.flags;
    double[] byAuthor = request.terms().byAuthor;
    double[] relevance = scoring.relevanceTable();
    long interests = request.terms().profile.interests;
    long expertise = request.terms().profile.expertise;
    double tacit = weights.tacitExpertise();
    double lambda = segment(request, s).lambda;
    double community = request.communityTerms()[s];
    boolean core = request.coreVisible()[s];
    long now = request.now();
    for (int i = 0; i < count; i++) {
      int f = flags[i];
      if ((f & Block.CORE_ONLY) != 0 && !core) {
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
        floor = admit(request, score, time[i], firstRef + i, candidates);
      }
    }
    return floor;
  }

  /** Applies the lazy terms (seen, already served) to a candidate that may enter; new floor. */
  private double admit(RankingRequest request, double score, int time, long ref, Candidates candidates) {
    if (!request.isServed(ref)) {
      candidates.offer(score + scoring.seen(request.terms().profile.hasSeen(ref)), time, ref);
    }
    return candidates.floor();
  }

  /**
   * Greedy diversified selection over a pool, best first.
   *
   * @param complete whether the pool holds every candidate
   * @return the page, or null when a pick could have been beaten by a candidate outside the pool
   */
  private List<Ranked> diversify(RankingRequest request, Candidates.Ranking pool, boolean complete) {
    int n = pool.size();
    double outside = complete || n == 0 ? Double.NEGATIVE_INFINITY : pool.score()[n - 1];
    int[] authors = new int[n];
    int[] communities = new int[n];
    double[] adjusted = new double[n];
    for (int j = 0; j < n; j++) {
      long ref = pool.ref()[j];
      authors[j] = index.segment(ref).blockOf(ActivityIndex.position(ref)).author[ActivityIndex.position(ref) % Block.CAPACITY];
      communities[j] = ActivityIndex.community(ref);
      adjusted[j] =
          pool.score()[j]
              - weights.authorRepeat() * RankingRequest.occurrences(request.servedAuthors(), authors[j])
              - weights.communityRepeat() * RankingRequest.occurrences(request.servedCommunities(), communities[j]);
    }
    boolean[] taken = new boolean[n];
    List<Ranked> page = new ArrayList<>(Math.min(n, request.size()));
    while (page.size() < request.size() && page.size() < n) {
      int best = -1;
      for (int j = 0; j < n; j++) {
        if (!taken[j]
            && (best < 0
                || order.precedes(adjusted[j], pool.time()[j], pool.ref()[j], adjusted[best], pool.time()[best], pool.ref()[best]))) {
          best = j;
        }
      }
      if (adjusted[best] <= outside) {
        return null;
      }
      taken[best] = true;
      page.add(new Ranked(pool.ref()[best], pool.score()[best], pool.score()[best] - adjusted[best]));
      for (int j = 0; j < n; j++) {
        if (!taken[j]) {
          adjusted[j] -= authors[j] == authors[best] ? weights.authorRepeat() : 0;
          adjusted[j] -= communities[j] == communities[best] ? weights.communityRepeat() : 0;
        }
      }
    }
    return page;
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
