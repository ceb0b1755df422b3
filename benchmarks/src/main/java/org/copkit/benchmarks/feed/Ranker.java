package org.copkit.benchmarks.feed;

import java.util.List;
import org.copkit.api.feed.ActivityId;

/** A contender that ranks: the reader's first page of {@link FeedWorkload#K} activities. */
interface Ranker extends Contender {

  /** @return the IDs of the reader's first page, best first */
  List<ActivityId> firstPage() throws Exception;

  @Override
  default Object run() throws Exception {
    return firstPage();
  }
}
