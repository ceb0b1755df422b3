package org.copkit.core.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.core.shared.LoggedChanges;
import org.copkit.api.privacy.port.MemberRecords;

/**
 * The change log's part of a member's data (capability {@value #CAPABILITY}): the feed's changes
 * (activities they published, what they saw, reacted to, replied to and answered, the interests
 * they declared), the evidence of expertise (questions, answers, routing, hiding, being away) and
 * attention (settings, digests, unsubscribe tokens). Read through each topic's {@link
 * LoggedChanges}; keys name a member between colons ({@code digest:<member>:<period>}).
 *
 * <p>Export: every change that names them, in the order of the log, as records of kind {@code
 * change}. Erasure: those changes, and keys, are rewritten in place naming the pseudonym; the
 * platform then appends the {@link org.copkit.core.shared.ErasureChange} that tells every node.
 * Both read the whole log in batches of {@value ChangeLog#MAX_BATCH}; erasure rewrites each batch's
 * changes that name the member in one {@link ChangeLog#rewrite(List)}, and a second pass ({@link
 * #rescan}) rewrites what other nodes committed naming them while the first ran.
 */
final class ChangeLogData implements PersonalData {

  /** The capability's name, its section of the export. */
  static final String CAPABILITY = "change-log";

  private final ChangeLog log;
  private final Map<String, LoggedChanges> topics;
  /** Per erasure under way on this node (by pseudonym), the last sequence its first pass read. */
  private final Map<MemberId, Long> readUpTo = new java.util.concurrent.ConcurrentHashMap<>();

  ChangeLogData(ChangeLog log, List<LoggedChanges> topics) {
    this.log = log;
    this.topics = topics.stream().collect(Collectors.toUnmodifiableMap(LoggedChanges::topic, Function.identity()));
  }

  @Override
  public String capability() {
    return CAPABILITY;
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    each(change -> {
      Optional<Record> decoded = decoded(change);
      boolean named = decoded.map(record -> MemberRecords.names(record, member)).orElse(false)
          || decoded.map(record -> topics.get(change.topic()).namesInTexts(record, member)).orElse(false);
      if (named || change.key().filter(key -> !renamed(key, member, "").equals(key)).isPresent()) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", change.sequence());
        fields.put("topic", change.topic());
        fields.put("key", change.key().orElse(null));
        decoded.ifPresent(record -> {
          fields.put("change", record.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
          flatten(MemberRecords.fields(record), fields);
        });
        out.record("change", fields);
      }
    });
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    long[] rewritten = {0};
    long[] read = {0};
    List<ChangeLog.Rewrite> rewrites = new java.util.ArrayList<>();
    eachBatch(0, Long.MAX_VALUE, batch -> {
      rewrites.clear();
      batch.forEach(change -> rename(change, erasure, rewrites));
      if (!rewrites.isEmpty()) {
        log.rewrite(List.copyOf(rewrites));
        rewritten[0] += rewrites.size();
      }
      read[0] = batch.get(batch.size() - 1).sequence();
    });
    readUpTo.put(erasure.pseudonym(), read[0]);
    return rewritten[0];
  }

  /**
   * The second pass of an erasure, once the change that tells the nodes has committed at {@code
   * until}: rewrites the changes naming the member that other units of work committed after {@link
   * #erase} read the log (the member still active on another node) and before that change. Since
   * sequence order is commit order, nothing below {@code until} can commit later. Reads from where
   * {@code erase} stopped on this node, or from the start after a restart.
   *
   * @param erasure the erasure
   * @param until the sequence of the change that told the nodes
   * @return how many changes it rewrote
   */
  long rescan(Pseudonymisation erasure, long until) {
    long from = readUpTo.getOrDefault(erasure.pseudonym(), 0L);
    List<ChangeLog.Rewrite> rewrites = new java.util.ArrayList<>();
    eachBatch(from, until, batch -> batch.forEach(change -> rename(change, erasure, rewrites)));
    if (!rewrites.isEmpty()) {
      log.rewrite(List.copyOf(rewrites));
    }
    return rewrites.size();
  }

  /** Forgets where an erasure's first pass stopped, once its second is done. */
  void rescanned(Pseudonymisation erasure) {
    readUpTo.remove(erasure.pseudonym());
  }

  /** Adds the change's rewrite naming the pseudonym, when it names the member. */
  private void rename(Change change, Pseudonymisation erasure, List<ChangeLog.Rewrite> rewrites) {
    MemberId member = erasure.member();
    MemberId pseudonym = erasure.pseudonym();
    Optional<String> key = change.key().map(k -> renamed(k, member, pseudonym.value()));
    String body = decoded(change)
        .filter(record -> MemberRecords.names(record, member)
            || topics.get(change.topic()).namesInTexts(record, member))
        .map(record -> {
          LoggedChanges topic = topics.get(change.topic());
          return topic.encode(topic.replacedInTexts(MemberRecords.replaced(record, member, pseudonym), erasure));
        })
        .orElse(change.body());
    if (!key.equals(change.key()) || !body.equals(change.body())) {
      rewrites.add(new ChangeLog.Rewrite(change.sequence(), key, body));
    }
  }

  private void each(java.util.function.Consumer<Change> action) {
    eachBatch(0, Long.MAX_VALUE, batch -> batch.forEach(action));
  }

  /**
   * Hands the log's changes after {@code from} and before {@code until} over in batches, in order;
   * the caller may act on each before the next is read.
   */
  private void eachBatch(long from, long until, java.util.function.Consumer<List<Change>> action) {
    long last = from;
    while (true) {
      List<Change> batch = log.after(last, ChangeLog.MAX_BATCH);
      List<Change> before = batch.stream().filter(change -> change.sequence() < until).toList();
      if (before.isEmpty()) {
        return;
      }
      action.accept(before);
      if (before.size() < batch.size()) {
        return;
      }
      last = batch.get(batch.size() - 1).sequence();
    }
  }

  private Optional<Record> decoded(Change change) {
    LoggedChanges topic = topics.get(change.topic());
    if (topic == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(topic.decode(change.body()));
    } catch (RuntimeException e) {
      return Optional.empty(); // not a change this version reads: it names nobody it knows of
    }
  }

  /** The key with each colon-separated part that is the member's ID replaced. */
  static String renamed(String key, MemberId member, String replacement) {
    String[] parts = key.split(":", -1);
    boolean changed = false;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals(member.value())) {
        parts[i] = replacement;
        changed = true;
      }
    }
    return changed ? String.join(":", parts) : key;
  }

  /** Nested records' fields next to their parent's (an activity's next to its publication's). */
  private static void flatten(Map<String, Object> fields, Map<String, Object> into) {
    fields.forEach((name, value) -> {
      if (value instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) nested;
        flatten(inner, into);
      } else {
        into.putIfAbsent(name, value);
      }
    });
  }
}
