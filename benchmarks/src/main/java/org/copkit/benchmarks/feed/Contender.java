package org.copkit.benchmarks.feed;

/** One way of doing the feed's work, prepared on a workload: what a benchmark invocation runs. */
interface Contender extends AutoCloseable {

  /** @return the work's result, for the benchmark to consume */
  Object run() throws Exception;

  @Override
  default void close() throws Exception {}
}
