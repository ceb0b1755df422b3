package org.copkit.core.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.Attention;

/**
 * Members' attention as the storage keeps it ({@link AttentionBook}, the store of record): read in
 * the caller's unit of work, never cached, so every node and every restart agree.
 */
final class StoredAttention implements Attention {

  private final CopStorage storage;

  StoredAttention(CopStorage storage) {
    this.storage = storage;
  }

  /** @return the book, in the current unit of work */
  AttentionBook book() {
    return storage.attentionBook();
  }

  AttentionSettings settings(MemberId member) {
    return book().find(member).map(AttentionRecord::settings).orElse(AttentionSettings.DEFAULT);
  }

  /**
   * @param member a member
   * @return where their next digest gathers from, at the earliest: the end of their last digest, or
   *     when they last changed frequency
   */
  Optional<Instant> lastDigestEnd(MemberId member) {
    Optional<Instant> changed = book().find(member).flatMap(AttentionRecord::windowFrom);
    Optional<Instant> digested = book().lastDigestEnd(member);
    if (changed.isEmpty()) {
      return digested;
    }
    return digested.filter(d -> d.isAfter(changed.get())).or(() -> changed);
  }

  @Override
  public Set<String> interrupt(MemberId member, Instant now) {
    AttentionSettings mine = settings(member);
    if (mine.frequency() != Frequency.IMMEDIATE || quiet(mine, now) || !spend(member, mine, now)) {
      return Set.of();
    }
    return mine.channels();
  }

  /** @return whether the member may be interrupted once more today (in their zone) */
  boolean budgetLeft(MemberId member, AttentionSettings settings, Instant now) {
    return settings.dailyBudget().isEmpty()
        || book().interruptions(member, day(settings, now)) < settings.dailyBudget().getAsInt();
  }

  /**
   * Spends one interruption of today's budget, if any is left: the next slot of the day, unique in
   * the storage, so two nodes never both spend the last one (the loser's work runs again). Without
   * a budget nothing is counted or kept.
   */
  boolean spend(MemberId member, AttentionSettings settings, Instant now) {
    if (settings.dailyBudget().isEmpty()) {
      return true;
    }
    LocalDate day = day(settings, now);
    int spent = book().interruptions(member, day);
    if (spent >= settings.dailyBudget().getAsInt()) {
      return false;
    }
    try {
      book().addInterruption(member, day, spent + 1, now);
    } catch (ConflictException e) {
      if (e.kind() == ConflictException.Kind.DUPLICATE) {
        throw ConflictException.staleVersion("interruption of " + member + " on " + day, -1);
      }
      throw e;
    }
    return true;
  }

  private static LocalDate day(AttentionSettings settings, Instant now) {
    return now.atZone(settings.zone()).toLocalDate();
  }

  /**
   * @param settings a member's settings
   * @param now an instant
   * @return whether it falls in their quiet hours
   */
  static boolean quiet(AttentionSettings settings, Instant now) {
    return settings.quietHours().isPresent()
        && settings.quietHours().get().contains(now.atZone(settings.zone()).toLocalTime());
  }
}
