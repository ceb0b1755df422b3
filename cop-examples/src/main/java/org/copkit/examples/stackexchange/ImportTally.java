package org.copkit.examples.stackexchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copkit.examples.stackexchange.ImportSummary.Kind;
import org.copkit.examples.stackexchange.ImportSummary.Skip;

/** The running counts of an import; {@link #summary()} freezes them. Not thread-safe. */
final class ImportTally {

  private static final int REFUSALS_KEPT = 20;

  private final Map<Kind, Counter> counters = new EnumMap<>(Kind.class);
  private final List<String> refusals = new ArrayList<>();
  private long acceptedAnswers;

  void read(Kind kind) {
    counter(kind).read++;
  }

  void imported(Kind kind, boolean byStandIn, boolean truncated) {
    Counter counter = counter(kind);
    counter.imported++;
    counter.byStandIn += byStandIn ? 1 : 0;
    counter.truncated += truncated ? 1 : 0;
  }

  void skipped(Kind kind, Skip reason) {
    counter(kind).skipped.merge(reason, 1L, Long::sum);
  }

  void refused(Kind kind, long id, String reason) {
    skipped(kind, Skip.REFUSED);
    refusal(kind, id, reason);
  }

  /** Notes a refusal that skips nothing, such as an acceptance the platform turned down. */
  void refusal(Kind kind, long id, String reason) {
    if (refusals.size() < REFUSALS_KEPT) {
      refusals.add(kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id + ": " + reason);
    }
  }

  void answerAccepted() {
    acceptedAnswers++;
  }

  ImportSummary summary() {
    Map<Kind, ImportSummary.Tally> tallies = new EnumMap<>(Kind.class);
    counters.forEach((kind, counter) -> tallies.put(kind,
        new ImportSummary.Tally(counter.read, counter.imported, counter.byStandIn, counter.truncated, counter.skipped)));
    return new ImportSummary(tallies, acceptedAnswers, refusals);
  }

  private Counter counter(Kind kind) {
    return counters.computeIfAbsent(kind, k -> new Counter());
  }

  private static final class Counter {
    private long read;
    private long imported;
    private long byStandIn;
    private long truncated;
    private final Map<Skip, Long> skipped = new EnumMap<>(Skip.class);
  }
}
