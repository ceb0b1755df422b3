package org.copkit.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.Digest;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Digests;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link Digests}. Settings and sent digests are changes of the log's {@value AttentionChange#TOPIC}
 * topic; "one digest per member and period" is the claim {@code digest:<member>:<period>}, decided by
 * the storage, appended in the same unit of work as the notification is handed over, so a node
 * that loses the claim sends nothing. What a digest holds is read when it is built: routed
 * questions the member may still read, their own feed (which shows only what they may read), and
 * the queues of the communities they moderate now.
 */
final class DigestService implements Digests {

  /** The most feed items a digest holds. */
  static final int FEED_TOP = 5;
  /** How far back the first digest of a member reaches when no previous one bounds it. */
  static final Duration FIRST_HELD_WINDOW = Duration.ofDays(7);

  private final CopStorage storage;
  private final CommunityGate gate;
  private final AttentionIndex index;
  private final RoutedQuestions routing;
  private final Feed feed;
  private final Notifications notifications;
  private final Clock clock;
  private final UnitOfWork unitOfWork;
  private final Runnable catchUp;

  DigestService(CopStorage storage, CommunityGate gate, AttentionIndex index, RoutedQuestions routing, Feed feed,
      Notifications notifications, Clock clock, Runnable catchUp) {
    this.storage = storage;
    this.gate = gate;
    this.index = index;
    this.routing = routing;
    this.feed = feed;
    this.notifications = notifications;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
    this.catchUp = catchUp;
  }

  @Override
  public AttentionSettings settings(MemberId member) {
    return unitOfWork.read(() -> {
      gate.actor(member);
      return index.settings(member);
    });
  }

  @Override
  public AttentionSettings configure(MemberId member, AttentionSettings settings) {
    Validation.required("settings", settings);
    return unitOfWork.run(() -> {
      gate.actor(member);
      storage.changeLog().append(AttentionChange.TOPIC, new AttentionChange.Configured(member, settings, clock.instant()).encode());
      UnitOfWork.afterCommit(catchUp);
      return settings;
    });
  }

  @Override
  public DigestSection unsubscribe(String token) {
    Validation.required("token", token);
    NotFoundException unknown = new NotFoundException("unsubscribe token", token);
    if (token.isEmpty() || token.length() > 64) {
      throw unknown;
    }
    return unitOfWork.run(() -> {
      Change claim;
      try {
        claim = storage.changeLog().claimed("unsubscribe:" + token).orElseThrow(() -> unknown);
      } catch (org.copkit.api.shared.InvalidInputException e) {
        throw unknown; // not printable ASCII: no digest carried it
      }
      if (!(AttentionChange.decode(claim.body()) instanceof AttentionChange.Token t)) {
        throw unknown;
      }
      AttentionSettings mine = index.settings(t.member());
      if (mine.wants(t.section())) {
        java.util.Set<DigestSection> unsubscribed = java.util.EnumSet.of(t.section());
        unsubscribed.addAll(mine.unsubscribed());
        AttentionSettings changed = new AttentionSettings(mine.frequency(), mine.zone(), mine.digestAt(),
            mine.digestDay(), mine.quietHours(), unsubscribed);
        storage.changeLog().append(AttentionChange.TOPIC, new AttentionChange.Configured(t.member(), changed, clock.instant()).encode());
        UnitOfWork.afterCommit(catchUp);
      }
      return t.section();
    });
  }

  @Override
  public List<Digest> sendDue(MemberId administrator) {
    unitOfWork.read(() -> {
      if (!gate.actor(administrator).isAdministrator()) {
        throw new AccessDeniedException(administrator, "send the digests: only administrators do");
      }
      return null;
    });
    catchUp.run(); // what other nodes sent is known before anything is built
    Instant now = clock.instant();
    List<Digest> sent = new ArrayList<>();
    for (Map.Entry<MemberId, AttentionSettings> member : index.digestible()) {
      sendIfDue(member.getKey(), member.getValue(), now).ifPresent(sent::add);
    }
    return List.copyOf(sent);
  }

  /** A window that may be due: its period key, its bounds, and whether it is a held-back one. */
  private record Due(String period, Instant from, Instant to, boolean held) {}

  private Optional<Digest> sendIfDue(MemberId member, AttentionSettings settings, Instant now) {
    if (AttentionIndex.quiet(settings, now) || routing.away(member, now)
        || unitOfWork.read(() -> gate.findActivePerson(member)).isEmpty()) {
      return Optional.empty(); // it waits: nothing is lost, the next digest starts where the last ended
    }
    Optional<Instant> last = index.lastDigestEnd(member);
    Optional<Due> due = due(member, settings, now, last);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    Due window = due.get();
    List<ThreadId> questions = settings.wants(DigestSection.ROUTED_QUESTIONS)
        ? readableQuestions(member, window) : List.of();
    List<ActivityId> top = !window.held() && settings.wants(DigestSection.FEED) ? topOfFeed(member, window) : List.of();
    Map<CommunityId, Long> reviews = !window.held() && settings.wants(DigestSection.PENDING_REVIEWS)
        ? pendingReviews(member) : Map.of();
    if (questions.isEmpty() && top.isEmpty() && reviews.isEmpty()) {
      return Optional.empty(); // nothing to tell: the window stays open for the next one
    }
    return unitOfWork.run(() -> {
      ChangeLog log = storage.changeLog();
      String key = "digest:" + member.value() + ":" + window.period();
      if (!log.appendClaiming(AttentionChange.TOPIC, key,
          new AttentionChange.Digested(member, window.period(), window.from(), window.to()).encode())) {
        return Optional.<Digest>empty(); // another node (or an earlier try) sent it
      }
      Map<DigestSection, String> tokens = new EnumMap<>(DigestSection.class);
      if (!questions.isEmpty()) {
        tokens.put(DigestSection.ROUTED_QUESTIONS, token(log, member, DigestSection.ROUTED_QUESTIONS));
      }
      if (!top.isEmpty()) {
        tokens.put(DigestSection.FEED, token(log, member, DigestSection.FEED));
      }
      if (!reviews.isEmpty()) {
        tokens.put(DigestSection.PENDING_REVIEWS, token(log, member, DigestSection.PENDING_REVIEWS));
      }
      Digest digest = new Digest(member, window.period(), window.from(), window.to(), questions, top, reviews, tokens);
      notifications.send(notification(digest, now));
      UnitOfWork.afterCommit(catchUp);
      return Optional.of(digest);
    });
  }

  private static String token(ChangeLog log, MemberId member, DigestSection section) {
    String token = UUID.randomUUID().toString();
    log.appendClaiming(AttentionChange.TOPIC, "unsubscribe:" + token, new AttentionChange.Token(member, section).encode());
    return token;
  }

  /**
   * The window due now, if any: for a digest frequency, the latest period whose digest time has
   * passed, from the end of the last digest (or the period's start); for a member who hears of
   * everything at once, what quiet hours held back since their last digest.
   */
  private Optional<Due> due(MemberId member, AttentionSettings settings, Instant now, Optional<Instant> last) {
    if (settings.frequency() == Frequency.IMMEDIATE) {
      Instant from = last.orElse(now.minus(FIRST_HELD_WINDOW));
      List<RoutedQuestions.Routed> held = routing.routedTo(member, from, now).stream()
          .filter(r -> !r.notified()).toList();
      if (held.isEmpty()) {
        return Optional.empty();
      }
      Instant latest = held.get(held.size() - 1).at();
      Instant to = latest.plusNanos(1000);
      return Optional.of(new Due("held-" + latest.getEpochSecond() + "." + latest.getNano() / 1000, from, to, true));
    }
    ZonedDateTime local = now.atZone(settings.zone());
    LocalDate day = local.toLocalDate();
    if (settings.frequency() == Frequency.WEEKLY) {
      day = day.with(TemporalAdjusters.previousOrSame(settings.digestDay()));
    }
    int step = settings.frequency() == Frequency.WEEKLY ? 7 : 1;
    Instant to = day.atTime(settings.digestAt()).atZone(settings.zone()).toInstant();
    if (to.isAfter(now)) {
      day = day.minusDays(step);
      to = day.atTime(settings.digestAt()).atZone(settings.zone()).toInstant();
    }
    Instant periodStart = day.minusDays(step).atTime(settings.digestAt()).atZone(settings.zone()).toInstant();
    Instant from = last.orElse(periodStart);
    if (!from.isBefore(to)) {
      return Optional.empty(); // this period's digest went out
    }
    String period = settings.frequency() == Frequency.WEEKLY
        ? String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        : day.toString();
    return Optional.of(new Due(period, from, to, false));
  }

  /** The questions routed in the window that the member was not told of and may still read. */
  private List<ThreadId> readableQuestions(MemberId member, Due window) {
    List<RoutedQuestions.Routed> routed = routing.routedTo(member, window.from(), window.to());
    return unitOfWork.read(() -> {
      List<ThreadId> readable = new ArrayList<>();
      for (RoutedQuestions.Routed r : routed) {
        if (r.notified()) {
          continue;
        }
        Optional<DiscussionThread> thread = storage.threads().find(r.question());
        if (thread.isPresent() && thread.get().state() == PostState.PUBLISHED
            && gate.mayRead(member, thread.get().community(), thread.get().audience())) {
          readable.add(r.question());
        }
      }
      return readable;
    });
  }

  /** The best of the member's own feed among what others did in the window. */
  private List<ActivityId> topOfFeed(MemberId member, Due window) {
    List<ActivityId> top = new ArrayList<>();
    for (FeedItem item : feed.feed(member, FeedQuery.first(FeedQuery.MAX_SIZE)).items()) {
      if (!item.author().equals(member) && !item.createdAt().isBefore(window.from())
          && item.createdAt().isBefore(window.to())) {
        top.add(item.activity());
        if (top.size() == FEED_TOP) {
          break;
        }
      }
    }
    return top;
  }

  /** Per community the member moderates now, how many items wait in its review queue. */
  private Map<CommunityId, Long> pendingReviews(MemberId member) {
    return unitOfWork.read(() -> {
      Actor actor = gate.actor(member);
      Map<CommunityId, Long> pending = new LinkedHashMap<>();
      for (Membership membership : storage.memberships().ofMember(member)) {
        Standing standing = gate.standing(actor, membership.community());
        if (standing.isEModerator()) {
          long waiting = storage.reviewItems().pending(membership.community(), PageRequest.first(1)).total();
          if (waiting > 0) {
            pending.put(membership.community(), waiting);
          }
        }
      }
      return pending;
    });
  }

  private static Notification notification(Digest digest, Instant now) {
    List<String> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    if (!digest.routedQuestions().isEmpty()) {
      parts.add(digest.routedQuestions().size() + " question(s) for you");
      text.append("Questions you may answer:\n");
      digest.routedQuestions().forEach(q -> text.append("  thread:").append(q).append('\n'));
    }
    if (!digest.feed().isEmpty()) {
      parts.add(digest.feed().size() + " new in your communities");
      text.append("New in your communities:\n");
      digest.feed().forEach(a -> text.append("  activity:").append(a).append('\n'));
    }
    if (!digest.pendingReviews().isEmpty()) {
      long waiting = digest.pendingReviews().values().stream().mapToLong(Long::longValue).sum();
      parts.add(waiting + " to review");
      text.append("Waiting for your review:\n");
      digest.pendingReviews().forEach((c, n) -> text.append("  community:").append(c).append(' ').append(n).append('\n'));
    }
    digest.unsubscribe().forEach((section, token) ->
        text.append("Unsubscribe from ").append(section).append(": unsubscribe:").append(token).append('\n'));
    String body = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    return new Notification(digest.member(), Notification.Topic.DIGEST, "Your digest: " + String.join(", ", parts),
        body, "digest:" + digest.period(), now);
  }
}
