package org.copkit.benchmarks.feed;

/**
 * The key floor: a loop that only streams one 4-byte float per visible activity, as the engine's
 * first test reads its key, summing the raw bits (integer additions the compiler can vectorise,
 * with no chain of floating-point additions to wait on). The full scan cannot beat it: it reads
 * every key and, for the activities that pass, the other columns as well.
 */
final class KeyFloor implements Contender {

  private final float[] key;

  KeyFloor(FeedWorkload workload) {
    double[] visible =
        workload.entries.stream()
            .filter(workload.reader::maySee)
            .mapToDouble(entry -> entry.replies() + entry.reactions())
            .toArray();
    key = new float[visible.length];
    for (int v = 0; v < visible.length; v++) {
      key[v] = (float) visible[v];
    }
  }

  @Override
  public Object run() {
    int sum = 0;
    for (float k : key) {
      sum += Float.floatToRawIntBits(k);
    }
    return sum;
  }
}
