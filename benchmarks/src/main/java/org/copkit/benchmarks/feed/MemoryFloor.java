package org.copkit.benchmarks.feed;

/**
 * The memory floor: a loop that only streams the bytes that scoring the reader's visible
 * activities reads (time, static score, author, tags and flags: 21 bytes an activity), with no
 * scoring at all. No ranking that scores every activity can beat it by much; the engine's scan
 * tests every activity on its 4-byte key first and scores only those that pass, and {@link
 * KeyFloor} is the floor of that test.
 */
final class MemoryFloor implements Contender {

  private final int[] time;
  private final float[] staticScore;
  private final int[] author;
  private final long[] tags;
  private final byte[] flags;

  MemoryFloor(FeedWorkload workload) {
    int[] visible =
        java.util.stream.IntStream.range(0, workload.entries.size())
            .filter(i -> workload.reader.maySee(workload.entries.get(i)))
            .toArray();
    time = new int[visible.length];
    staticScore = new float[visible.length];
    author = new int[visible.length];
    tags = new long[visible.length];
    flags = new byte[visible.length];
    for (int v = 0; v < visible.length; v++) {
      FeedEntry entry = workload.entries.get(visible[v]);
      time[v] = (int) entry.createdAt().getEpochSecond();
      staticScore[v] = entry.replies() + entry.reactions();
      author[v] = entry.author().hashCode();
      tags[v] = entry.tags().hashCode();
      flags[v] = (byte) (entry.coreOnly() ? 1 : 0);
    }
  }

  @Override
  public Object run() {
    long sum = 0;
    double statics = 0;
    for (int i = 0; i < time.length; i++) {
      sum += time[i] + author[i] + tags[i] + flags[i];
      statics += staticScore[i];
    }
    return sum + (long) statics;
  }
}
