package org.copkit.benchmarks.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;

/** Everything the feed benchmarks compare, on the same workload and with the same formula. */
public enum Variant {

  /** CoPKit's feed: the columnar index with block pruning. */
  ENGINE {
    @Override
    Contender prepare(FeedWorkload workload) {
      return engine(workload.loadEngine().feed(), workload);
    }
  },

  /** CoPKit's feed without block pruning: every visible activity is scored. */
  ENGINE_FULL_SCAN {
    @Override
    Contender prepare(FeedWorkload workload) {
      return engine(workload.loadEngine().exhaustiveFeed(), workload);
    }
  },

  /** W1's full scan over the reader's visible activities only: what W2's feed is held to. */
  W1_SCAN_OF_VISIBLE {
    @Override
    Contender prepare(FeedWorkload workload) {
      FeedWorkload visible = workload.visibleAsW1();
      return engine(visible.loadEngine().exhaustiveFeed(), visible);
    }
  },

  /** A first version: {@code Stream.sorted(comparator).limit(k)} over activity objects. */
  STREAM_SORTED {
    @Override
    Contender prepare(FeedWorkload workload) {
      return new BaselineRanker(workload) {
        @Override
        List<Scored> best(int limit) {
          return workload.entries.stream()
              .filter(workload.reader::maySee)
              .map(entry -> new Scored(entry, scoring.score(entry)))
              .sorted(Scored.BEST_FIRST)
              .limit(limit)
              .toList();
        }
      };
    }
  },

  /** A careful first version: a bounded {@code PriorityQueue} of boxed, scored objects. */
  PRIORITY_QUEUE {
    @Override
    Contender prepare(FeedWorkload workload) {
      return new BaselineRanker(workload) {
        @Override
        List<Scored> best(int limit) {
          PriorityQueue<Scored> worstFirst = new PriorityQueue<>(limit + 1, Scored.BEST_FIRST.reversed());
          for (FeedEntry entry : workload.entries) {
            if (workload.reader.maySee(entry)) {
              worstFirst.add(new Scored(entry, scoring.score(entry)));
              if (worstFirst.size() > limit) {
                worstFirst.poll();
              }
            }
          }
          List<Scored> best = new ArrayList<>(worstFirst);
          best.sort(Scored.BEST_FIRST);
          return best;
        }
      };
    }
  },

  /** The same score in SQL on H2, in memory (without its cache of identical queries' results). */
  H2 {
    @Override
    Contender prepare(FeedWorkload workload) throws Exception {
      return new SqlFeed(workload, SqlFeed.Database.H2, "jdbc:h2:mem:feed;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    }
  },

  /** The same score in SQL on PostgreSQL, at {@value #POSTGRES_URL}. */
  POSTGRESQL {
    @Override
    Contender prepare(FeedWorkload workload) throws Exception {
      String url = System.getenv(POSTGRES_URL);
      if (url == null || url.isBlank()) {
        throw new IllegalStateException("set " + POSTGRES_URL + " to run the PostgreSQL variant");
      }
      return new SqlFeed(workload, SqlFeed.Database.POSTGRESQL, url);
    }
  },

  /** The memory floor: only stream the bytes that scoring an activity reads. */
  MEMORY_FLOOR {
    @Override
    Contender prepare(FeedWorkload workload) {
      return new MemoryFloor(workload);
    }
  },

  /** The key floor: only stream the 4-byte key that every activity's first test reads. */
  KEY_FLOOR {
    @Override
    Contender prepare(FeedWorkload workload) {
      return new KeyFloor(workload);
    }
  };

  /** The environment variable holding the PostgreSQL JDBC URL. */
  static final String POSTGRES_URL = "COPKIT_BENCH_POSTGRES_URL";

  abstract Contender prepare(FeedWorkload workload) throws Exception;

  private static Ranker engine(Feed feed, FeedWorkload workload) {
    return () ->
        feed.feed(workload.reader.member(), FeedQuery.first(FeedWorkload.K)).items().stream()
            .map(FeedItem::activity)
            .toList();
  }
}
