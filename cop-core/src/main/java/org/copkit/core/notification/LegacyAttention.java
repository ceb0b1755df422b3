package org.copkit.core.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.UnitOfWork;

/**
 * Moves what an earlier version kept in the change log's {@value AttentionChange#TOPIC} topic
 * (settings, sent digests, unsubscribe tokens) into the {@link AttentionBook}, once. While the
 * node rebuilds from the log at start, it gathers those changes (each member's latest settings and
 * when they last changed frequency, every digest and token); then {@link #move} writes what the
 * book does not hold yet, a few hundred records a unit of work, and marks the log with {@link
 * AttentionChange.Moved} under a claimed key. A later start that reads the mark drops what comes
 * before it, so a member erased since is never brought back from the log. Writing only what is
 * missing makes it safe to run on several nodes at once, and again after a crash.
 */
final class LegacyAttention implements ChangeFollower {

  private static final int BATCH = 200;

  private final Map<MemberId, AttentionRecord> settings = new LinkedHashMap<>();
  private final List<SentDigest> digests = new ArrayList<>();
  private final List<UnsubscribeToken> tokens = new ArrayList<>();
  private long lastSequence;
  private boolean moved;

  @Override
  public String topic() {
    return AttentionChange.TOPIC;
  }

  @Override
  public synchronized void apply(Change change) {
    if (moved) {
      return; // written by a node of an earlier version after the move: not carried over
    }
    AttentionChange decoded = AttentionChange.decode(change.body());
    if (decoded instanceof AttentionChange.Moved) {
      // moved already (nodes of the earlier version are stopped before the move)
      settings.clear();
      digests.clear();
      tokens.clear();
      return;
    }
    lastSequence = change.sequence();
    if (decoded instanceof AttentionChange.Configured c) {
      Optional<AttentionRecord> before = Optional.ofNullable(settings.get(c.member()));
      AttentionSettings previous = before.map(AttentionRecord::settings).orElse(AttentionSettings.DEFAULT);
      Optional<Instant> windowFrom = before.flatMap(AttentionRecord::windowFrom);
      if (previous.frequency() != c.settings().frequency()) {
        windowFrom = Optional.of(windowFrom.filter(w -> w.isAfter(c.at())).orElse(c.at()));
      }
      settings.put(c.member(), new AttentionRecord(c.member(), c.settings(), c.at(), windowFrom, 0));
    } else if (decoded instanceof AttentionChange.Digested d) {
      digests.add(new SentDigest(d.member(), d.period(), d.from(), d.to(), d.to()));
    } else if (decoded instanceof AttentionChange.Token t && change.key().isPresent()) {
      String token = change.key().get().substring(change.key().get().indexOf(':') + 1);
      tokens.add(new UnsubscribeToken(token, t.member(), t.section(), Instant.EPOCH));
    }
  }

  /**
   * Writes what was gathered into the book and marks the log; does nothing when nothing was.
   *
   * @param storage the storage
   * @return how many records were gathered
   */
  synchronized int move(CopStorage storage) {
    moved = true;
    int gathered = settings.size() + digests.size() + tokens.size();
    if (gathered == 0) {
      return 0;
    }
    UnitOfWork unitOfWork = new UnitOfWork(storage.transactions());
    List<Runnable> writes = new ArrayList<>();
    AttentionBook book = storage.attentionBook();
    settings.values().forEach(r -> writes.add(() -> {
      if (book.find(r.member()).isEmpty()) {
        missing(() -> book.add(r));
      }
    }));
    digests.forEach(d -> writes.add(() -> {
      if (book.digest(d.member(), d.period()).isEmpty()) {
        missing(() -> book.addDigest(d));
      }
    }));
    tokens.forEach(t -> writes.add(() -> {
      if (book.token(t.token()).isEmpty()) {
        missing(() -> book.addToken(t));
      }
    }));
    for (int from = 0; from < writes.size(); from += BATCH) {
      List<Runnable> batch = writes.subList(from, Math.min(writes.size(), from + BATCH));
      unitOfWork.run(() -> {
        batch.forEach(Runnable::run);
        return null;
      });
    }
    long upTo = lastSequence;
    unitOfWork.run(() -> storage.changeLog().appendClaiming(AttentionChange.TOPIC, "attention-moved:" + upTo,
        new AttentionChange.Moved(upTo).encode()));
    settings.clear();
    digests.clear();
    tokens.clear();
    return gathered;
  }

  /** Another node wrote the same record meanwhile: the batch runs again and finds it. */
  private static void missing(Runnable write) {
    try {
      write.run();
    } catch (ConflictException e) {
      if (e.kind() == ConflictException.Kind.DUPLICATE) {
        throw ConflictException.staleVersion("attention record", -1);
      }
      throw e;
    }
  }
}
