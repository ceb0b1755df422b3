package org.copkit.benchmarks.feed;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.copkit.core.feed.FeedAssembly;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures what the feed keeps per activity, with JOL: the whole module's object graph after
 * loading W1 and W2 at one million activities, split by what the ranking streams (the blocks'
 * ranking columns and summaries) and what it keeps besides (records, the ID table, dictionaries,
 * member profiles). The storage ports the module holds are reported apart: they are the host's.
 *
 * <p>Run: {@code java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * org.copkit.benchmarks.feed.IndexFootprint} (JOL attaches its agent to size records).
 */
public final class IndexFootprint {

  private static final String[] RANKING_COLUMNS = {".key", ".time", ".staticScore", ".author", ".tags", ".flags"};

  private IndexFootprint() {}

  /**
   * Prints the measurement.
   *
   * @param args the number of activities, 1,000,000 when absent
   */
  public static void main(String[] args) {
    int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    for (FeedWorkload.Shape shape : FeedWorkload.Shape.values()) {
      FeedAssembly module = FeedWorkload.generate(shape, activities, Duration.ofHours(72)).loadEngine();
      GraphLayout layout = GraphLayout.parseInstance(module);
      Map<String, Long> bytes = new TreeMap<>();
      for (long address : layout.addresses()) {
        var record = layout.record(address);
        bytes.merge(part(record.path(), record.klass()), record.size(), Long::sum);
      }
      System.out.printf("%s, %,d activities:%n", shape, activities);
      bytes.forEach((part, size) -> System.out.printf("  %-40s %,14d bytes  %6.2f per activity%n", part, size, (double) size / activities));
    }
  }

  private static String part(String path, Class<?> type) {
    if (path.contains(".blocks[")) {
      if (path.contains(".records")) {
        return "records (ids, engagement, kind)";
      }
      for (String column : RANKING_COLUMNS) {
        if (path.endsWith(column)) {
          return "ranking columns";
        }
      }
      return type.getSimpleName().equals("Block") ? "ranking columns" : "blocks, other";
    }
    if (path.contains(".memberships") || path.contains(".communities") || path.contains(".clock")) {
      return "ports (the host's storage, not the feed's)";
    }
    if (path.contains(".locator")) {
      return "ID table";
    }
    if (path.contains(".profiles")) {
      return "member profiles";
    }
    return "dictionaries (authors, tags, communities) and the rest";
  }
}
