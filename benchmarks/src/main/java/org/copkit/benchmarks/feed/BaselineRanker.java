package org.copkit.benchmarks.feed;

import java.util.List;
import org.copkit.api.feed.ActivityId;

/**
 * A baseline: fetches the best candidates by score in its own way, then picks the page with
 * {@link ObjectScoring#diversify}, widening the candidates fourfold while a pick is not certain.
 */
abstract class BaselineRanker implements Ranker {

  final FeedWorkload workload;
  final ObjectScoring scoring;

  BaselineRanker(FeedWorkload workload) {
    this.workload = workload;
    this.scoring = new ObjectScoring(workload.reader, workload.settings);
  }

  /**
   * @param limit how many
   * @return the best {@code limit} visible activities by score, best first
   */
  abstract List<Scored> best(int limit) throws Exception;

  @Override
  public final List<ActivityId> firstPage() throws Exception {
    int limit = workload.settings.personal().diversifies() ? 4 * FeedWorkload.K : FeedWorkload.K;
    while (true) {
      List<Scored> best = best(limit);
      List<FeedEntry> page = scoring.diversify(best, best.size() < limit);
      if (page != null) {
        return page.stream().map(FeedEntry::id).toList();
      }
      limit *= 4;
    }
  }
}
