package org.copkit.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.notification.Subscription;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.Attention;

/**
 * Members' attention as the storage keeps it ({@link AttentionBook}, the store of record): read in
 * the caller's unit of work, never cached, so every node and every restart agree. The one path of
 * every notice: told at once on the channels that may be interrupted (carrying a one-click token that
 * turns its topic off), held in the change log
 * ({@link NoticeChange.Held}, same unit of work) for the digests of the others.
 */
final class StoredAttention implements Attention {

  private final CopStorage storage;
  private final Notifications notifications;
  private final Clock clock;

  StoredAttention(CopStorage storage, Notifications notifications, Clock clock) {
    this.storage = storage;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** @return the book, in the current unit of work */
  AttentionBook book() {
    return storage.attentionBook();
  }

  AttentionSettings settings(MemberId member) {
    return book().find(member).map(AttentionRecord::settings).orElse(AttentionSettings.DEFAULT);
  }

  /**
   * @param record a member's record, as read with their settings
   * @param periodPrefix how the periods of the digests of one frequency begin, when the member's
   *     channels have several; empty when they have one
   * @return where their next digest gathers from, at the earliest: the end of their last digest (of
   *     those periods), or when they last changed frequency
   */
  Optional<Instant> lastDigestEnd(AttentionRecord record, String periodPrefix) {
    MemberId member = record.member();
    return lastDigestEnd(record, periodPrefix.isEmpty() ? book().lastDigestEnd(member)
        : book().lastDigestEnd(member, periodPrefix));
  }

  /**
   * @param record a member's record, as read with their settings
   * @param digested the latest end of the digests sent to them (of the frequency concerned), as read
   * @return where their next digest gathers from, at the earliest
   */
  static Optional<Instant> lastDigestEnd(AttentionRecord record, Optional<Instant> digested) {
    Optional<Instant> changed = record.windowFrom();
    if (changed.isEmpty()) {
      return digested;
    }
    return digested.filter(d -> d.isAfter(changed.get())).or(() -> changed);
  }

  @Override
  public Set<String> interrupt(MemberId member, Instant now) {
    AttentionSettings mine = settings(member);
    return interrupt(member, mine, mine.channels(), now);
  }

  /** @return of the channels given, those told at once now (one interruption spent), if any */
  private Set<String> interrupt(MemberId member, AttentionSettings mine, Set<String> channels, Instant now) {
    Set<String> immediate = channels.stream().filter(c -> mine.frequency(c) == Frequency.IMMEDIATE)
        .collect(Collectors.toCollection(TreeSet::new));
    if (immediate.isEmpty() || quiet(mine, now) || !spend(member, mine, now)) {
      return Set.of();
    }
    return Collections.unmodifiableSet(immediate);
  }

  @Override
  public void tell(Notification notification) {
    MemberId member = notification.recipient();
    AttentionSettings mine = settings(member);
    Set<String> wanted = mine.channels().stream().filter(c -> mine.wants(notification.topic(), c))
        .collect(Collectors.toCollection(TreeSet::new));
    if (wanted.isEmpty()) {
      return; // they unsubscribed from it, everywhere or on each channel: neither told nor held
    }
    Instant now = clock.instant();
    Set<String> told = interrupt(member, mine, wanted, now);
    if (!told.isEmpty()) {
      Notification carrying = AttentionSettings.NOTICE_TOPICS.contains(notification.topic())
          ? notification.unsubscribedBy(DigestService.token(book(), member,
              new Subscription.NoticeTopic(notification.topic()), now))
          : notification;
      told.forEach(channel -> notifications.send(carrying.on(channel)));
    }
    Set<String> held = new TreeSet<>(wanted);
    held.removeAll(told);
    if (!held.isEmpty()) {
      storage.changeLog().append(NoticeChange.TOPIC, new NoticeChange.Held(member, notification.topic(),
          notification.subject(), notification.link(), now, held).encode());
    }
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
