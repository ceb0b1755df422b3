package org.copkit.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
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
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.notification.port.PageClaim;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.notification.Subscription;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.MembersFeed;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link Digests}. Settings, sent digests, unsubscribe tokens and interruptions are kept by the
 * storage's {@link org.copkit.api.notification.port.AttentionBook}; "one digest per member and
 * period" is its unique key, the digest recorded in the same unit of work as the notification is
 * handed over, so a node that loses the race sends nothing (its work runs again and finds the
 * digest sent). What a digest holds is read when it is built: routed
 * questions the member may still read, their own feed (which shows only what they may read), the
 * queues of the communities they moderate now, the events they hold a seat at that start before
 * their next digest, and the knowledge items they keep fresh whose review-by day came in the window
 * — events and items only of communities they still belong to, and items only of an audience they
 * are still part of — and the notices held from its channels ({@link HeldNotices}) whose link the
 * member may still read. A window of what quiet hours held back from a member who hears of
 * everything at once tells only the questions routed to them and the notices: they have no
 * scheduled digest, so no feed, queue, coming event or item due for review is gathered for them
 * (owners of overdue items hear of them from {@code KnowledgeCuration.remindOverdue}). A member whose
 * channels have different frequencies has one stream of digests per frequency, each on its channels,
 * with its own window and periods prefixed with the frequency; with one frequency nothing changes.
 */
final class DigestService implements Digests {

  /** The most feed items a digest holds. */
  static final int FEED_TOP = 5;
  /** How many feed items are read at a time for a digest. */
  static final int FEED_PAGE = 2 * FEED_TOP;
  /** How many members' settings are read at a time. */
  static final int PAGE = 500;
  /**
   * How many members' digests are read and sent at once: each member's are independent of the
   * others' (one digest per member and period is the storage's to hold), and most of the time goes
   * in waiting for the database.
   */
  static final int SENDERS = 4;
  /** How long claims on pages of the sendings are kept: long past any sending of their slot. */
  static final Duration CLAIMS_KEPT = Duration.ofHours(1);
  /** How far back the first digest of a member reaches when no previous one bounds it. */
  static final Duration FIRST_HELD_WINDOW = Duration.ofDays(7);

  private final CopStorage storage;
  private final CommunityGate gate;
  private final StoredAttention attention;
  private final RoutedQuestions routing;
  private final HeldNotices held;
  private final MembersFeed feed;
  private final Notifications notifications;
  private final Clock clock;
  private final UnitOfWork unitOfWork;
  private final Runnable catchUp;
  /** This node's name in its claims on the pages of a sending: each platform built is a node. */
  private final String node;

  DigestService(CopStorage storage, CommunityGate gate, StoredAttention attention, RoutedQuestions routing,
      HeldNotices held, MembersFeed feed, Notifications notifications, Clock clock, Runnable catchUp) {
    this.held = held;
    this.storage = storage;
    this.gate = gate;
    this.attention = attention;
    this.routing = routing;
    this.feed = feed;
    this.notifications = notifications;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
    this.node = UUID.randomUUID().toString();
    this.catchUp = catchUp;
  }

  @Override
  public AttentionSettings settings(MemberId member) {
    return unitOfWork.read(() -> {
      gate.actor(member);
      return attention.settings(member);
    });
  }

  @Override
  public AttentionSettings configure(MemberId member, AttentionSettings settings) {
    Validation.required("settings", settings);
    return unitOfWork.run(() -> {
      gate.actor(member);
      keep(member, settings, clock.instant());
      return settings;
    });
  }

  /** Stores a member's settings; a change of frequency starts their next digest's window now. */
  private void keep(MemberId member, AttentionSettings settings, Instant now) {
    AttentionBook book = storage.attentionBook();
    Optional<AttentionRecord> stored = book.find(member);
    if (stored.isEmpty()) {
      Optional<Instant> windowFrom = !frequencies(settings).equals(frequencies(AttentionSettings.DEFAULT))
          ? Optional.of(now) : Optional.empty();
      try {
        book.add(new AttentionRecord(member, settings, now, windowFrom, 0));
      } catch (ConflictException e) {
        if (e.kind() == ConflictException.Kind.DUPLICATE) {
          throw ConflictException.staleVersion("attention settings of " + member, 0); // raced: run again
        }
        throw e;
      }
      return;
    }
    AttentionRecord before = stored.get();
    Optional<Instant> windowFrom = !frequencies(before.settings()).equals(frequencies(settings))
        ? Optional.of(before.windowFrom().filter(w -> w.isAfter(now)).orElse(now)) : before.windowFrom();
    book.update(new AttentionRecord(member, settings, now, windowFrom, before.version()));
  }

  /** @return the frequencies of a member's channels, each with its channels, in frequency order */
  static Map<Frequency, Set<String>> streams(AttentionSettings settings) {
    Map<Frequency, Set<String>> streams = new EnumMap<>(Frequency.class);
    settings.channels().forEach(c -> streams.computeIfAbsent(settings.frequency(c), f -> new TreeSet<>()).add(c));
    return streams;
  }

  private static Set<Frequency> frequencies(AttentionSettings settings) {
    return streams(settings).keySet();
  }

  @Override
  public Subscription unsubscribe(String token) {
    Validation.required("token", token);
    NotFoundException unknown = new NotFoundException("unsubscribe token", token);
    try {
      UnsubscribeToken.check(token);
    } catch (InvalidInputException e) {
      throw unknown; // nothing carried it
    }
    return unitOfWork.run(() -> {
      UnsubscribeToken t = storage.attentionBook().token(token).orElseThrow(() -> unknown);
      AttentionSettings mine = attention.settings(t.member());
      if (t.subscription() instanceof Subscription.Section s && mine.wants(s.section())) {
        keep(t.member(), mine.without(s.section()), clock.instant());
      } else if (t.subscription() instanceof Subscription.NoticeTopic n && mine.wants(n.topic())) {
        keep(t.member(), mine.without(n.topic()), clock.instant());
      }
      return t.subscription();
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
    Shared shared = new Shared();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
      Thread thread = new Thread(runnable, "copkit-digests");
      thread.setDaemon(true);
      return thread;
    });
    String slot = slot(now);
    unitOfWork.run(() -> storage.attentionBook().sweepClaims(slot(now.minus(CLAIMS_KEPT))));
    try {
      Optional<MemberId> after = Optional.empty();
      for (int number = 0; ; number++) {
        Optional<MemberId> from = after;
        List<AttentionRecord> page = unitOfWork.read(() -> storage.attentionBook().digestible(from, PAGE));
        if (!page.isEmpty() && claimed(slot, number, now)) {
          Ahead ahead = unitOfWork.read(() -> ahead(page));
          List<Future<List<Digest>>> sending = new ArrayList<>(page.size());
          for (AttentionRecord member : page) {
            sending.add(senders.submit(() -> sendDue(member, now, shared, ahead)));
          }
          for (Future<List<Digest>> digests : sending) {
            sent.addAll(sentBy(digests));
          }
        }
        if (page.size() < PAGE) {
          return List.copyOf(sent);
        }
        after = Optional.of(page.get(page.size() - 1).member());
      }
    } finally {
      senders.shutdownNow();
    }
  }

  /** @return the slot of a sending started at an instant: its minute */
  static String slot(Instant at) {
    return at.truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /**
   * Claims a page of this sending's slot for this node, in a unit of work of its own.
   *
   * @return whether this node goes through it: it claimed it now or earlier in the slot; false
   *     when another node did
   */
  private boolean claimed(String slot, int page, Instant now) {
    try {
      unitOfWork.run(() -> {
        storage.attentionBook().addClaim(new PageClaim(slot, page, node, now));
        return null;
      });
      return true;
    } catch (ConflictException e) {
      if (e.kind() != ConflictException.Kind.DUPLICATE) {
        throw e;
      }
      return unitOfWork.read(() -> storage.attentionBook().claim(slot, page)).map(c -> c.node().equals(node))
          .orElse(true);
    }
  }

  /** What one member's sending sent; its failure, as the member's own thread would have thrown it. */
  private static List<Digest> sentBy(Future<List<Digest>> sending) {
    try {
      return sending.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending the digests", e);
    }
  }

  /**
   * A page of members, with what their digests read of each of them in one query per kind for the
   * whole page rather than one per member: the end of their last digest, their memberships and
   * their confirmed registrations. Read just before the page is sent, and used by each member's first
   * try only: a try that runs again (another node recorded the digest meanwhile) reads afresh.
   */
  private record Ahead(List<AttentionRecord> page, Map<MemberId, Instant> lastEnds,
      Map<MemberId, List<Membership>> memberships, Map<MemberId, List<Registration>> registrations) {}

  private Ahead ahead(List<AttentionRecord> page) {
    List<MemberId> members = page.stream().map(AttentionRecord::member).toList();
    return new Ahead(page, storage.attentionBook().lastDigestEnds(members), storage.memberships().ofMembers(members),
        storage.registrations().ofMembers(members, EnumSet.of(RegistrationStatus.CONFIRMED)));
  }

  /**
   * What the members of one sending share, read once for all of them: per community, the items
   * waiting in its review queue and its items overdue for review (by owner, per day), and the
   * learning events members hold seats at. Read when first needed, inside that member's unit of
   * work; a sending takes minutes at most, so what it holds is as fresh as a digest needs.
   */
  private static final class Shared {
    final Map<CommunityId, Long> pendingReviews = new ConcurrentHashMap<>();
    final Map<Map.Entry<CommunityId, LocalDate>, Map<MemberId, List<KnowledgeItem>>> overdue = new ConcurrentHashMap<>();
    final Map<CalendarEventId, Optional<CalendarEvent>> events = new ConcurrentHashMap<>();
  }

  /**
   * A window that may be due: its period key, its bounds, whether it is a held-back one, and when
   * the next digest of its frequency is due (the end of the period after it; {@code to} for a
   * held-back one, which looks ahead at nothing).
   */
  private record Due(String period, Instant from, Instant to, boolean held, Instant next) {}

  /**
   * The digests of one frequency of a member's channels: the frequency, its channels, and how its
   * periods begin (empty when all the member's channels share one frequency, so their keys stay
   * those of a member with one frequency; else the frequency's name and {@code /}).
   */
  private record Stream(Frequency frequency, Set<String> channels, String prefix) {}

  /**
   * A member's digests due now, one per frequency of their channels, each read and sent in one unit
   * of work: the window it reads starts at the end of the last digest sent (of that frequency), so
   * a digest another node sent meanwhile either shows in that read or makes the recording of this
   * one a DUPLICATE, and the work runs again to find it sent.
   */
  private List<Digest> sendDue(AttentionRecord record, Instant now, Shared shared, Ahead ahead) {
    MemberId member = record.member();
    AttentionSettings settings = record.settings();
    if (StoredAttention.quiet(settings, now) || routing.away(member, now)) {
      return List.of(); // it waits: nothing is lost, the next digest starts where the last ended
    }
    if (gate.findActivePerson(member).isEmpty()) {
      return List.of();
    }
    Map<Frequency, Set<String>> streams = streams(settings);
    List<Digest> sent = new ArrayList<>(streams.size());
    streams.forEach((frequency, channels) -> {
      Stream stream = new Stream(frequency, channels,
          streams.size() == 1 ? "" : frequency.name().toLowerCase(java.util.Locale.ROOT) + "/");
      boolean[] firstTry = {true};
      unitOfWork.run(() -> {
        Optional<Ahead> read = firstTry[0] ? Optional.of(ahead) : Optional.empty();
        firstTry[0] = false;
        return ready(record, stream, now, shared, read).flatMap(ready -> send(member, settings, ready, now));
      }).ifPresent(sent::add);
    });
    return sent;
  }

  /** A digest read and ready to be sent: its stream, its window and what it holds. */
  private record Ready(Stream stream, Due window, List<ThreadId> questions, List<Digest.Notice> notices,
      List<ActivityId> top, Map<CommunityId, Long> reviews, List<CalendarEventId> events,
      List<KnowledgeItemId> reviewDue) {}

  /** Reads what a stream's digest due now holds, if one is due and holds anything; in the caller's unit of work. */
  private Optional<Ready> ready(AttentionRecord record, Stream stream, Instant now, Shared shared,
      Optional<Ahead> ahead) {
    MemberId member = record.member();
    AttentionSettings settings = record.settings();
    Optional<Instant> last = ahead.isPresent() && stream.prefix().isEmpty()
        ? StoredAttention.lastDigestEnd(record, Optional.ofNullable(ahead.get().lastEnds().get(member)))
        : attention.lastDigestEnd(record, stream.prefix());
    Optional<Due> due = due(member, settings, stream, now, last);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    Due window = due.get();
    if (window.held() && !attention.budgetLeft(member, settings, now)) {
      return Optional.empty(); // what was held back interrupts them once today's budget allows
    }
    List<ThreadId> questions = settings.wants(DigestSection.ROUTED_QUESTIONS)
        ? readableQuestions(member, stream, window) : List.of();
    List<Digest.Notice> notices = settings.wants(DigestSection.NOTICES)
        ? readableNotices(member, settings, stream, window) : List.of();
    List<Membership> memberships = !window.held() && (settings.wants(DigestSection.FEED)
        || settings.wants(DigestSection.PENDING_REVIEWS) || settings.wants(DigestSection.REVIEW_DUE))
        ? ahead.map(a -> a.memberships().getOrDefault(member, List.of()))
            .orElseGet(() -> storage.memberships().ofMember(member))
        : List.of();
    List<ActivityId> top = !window.held() && settings.wants(DigestSection.FEED)
        ? topOfFeed(member, memberships, window) : List.of();
    Map<CommunityId, Long> reviews = !window.held() && settings.wants(DigestSection.PENDING_REVIEWS)
        ? pendingReviews(memberships, shared) : Map.of();
    List<CalendarEventId> events = !window.held() && settings.wants(DigestSection.EVENTS)
        ? comingEvents(member, window, shared, ahead.map(a -> a.registrations().getOrDefault(member, List.of()))
            .orElseGet(() -> storage.registrations().ofMember(member, EnumSet.of(RegistrationStatus.CONFIRMED))))
        : List.of();
    List<KnowledgeItemId> reviewDue = !window.held() && settings.wants(DigestSection.REVIEW_DUE)
        ? dueForReview(member, memberships, window, shared) : List.of();
    if (questions.isEmpty() && top.isEmpty() && reviews.isEmpty() && events.isEmpty() && reviewDue.isEmpty()
        && notices.isEmpty()) {
      return Optional.empty(); // nothing to tell: the window stays open for the next one
    }
    return Optional.of(new Ready(stream, window, questions, notices, top, reviews, events, reviewDue));
  }

  /** Records and sends a digest read ready, in the unit of work that read it. */
  private Optional<Digest> send(MemberId member, AttentionSettings settings, Ready ready, Instant now) {
    Due window = ready.window();
    Stream stream = ready.stream();
    List<ThreadId> questions = ready.questions();
    List<Digest.Notice> notices = ready.notices();
    List<ActivityId> top = ready.top();
    Map<CommunityId, Long> reviews = ready.reviews();
    List<CalendarEventId> events = ready.events();
    List<KnowledgeItemId> reviewDue = ready.reviewDue();
    AttentionBook book = storage.attentionBook();
    try {
      book.addDigest(new SentDigest(member, window.period(), window.from(), window.to(), now));
    } catch (ConflictException e) {
      if (e.kind() == ConflictException.Kind.DUPLICATE) {
        // another node is sending it: run again, to find it sent (or free, if that one failed)
        throw ConflictException.staleVersion("digest " + window.period() + " of " + member, -1);
      }
      throw e;
    }
    if (window.held()) {
      attention.spend(member, settings, now); // checked in this unit of work: a racing spender makes it run again
    }
    Map<DigestSection, String> tokens = new EnumMap<>(DigestSection.class);
    if (!questions.isEmpty()) {
      tokens.put(DigestSection.ROUTED_QUESTIONS, token(book, member, DigestSection.ROUTED_QUESTIONS, now));
    }
    if (!top.isEmpty()) {
      tokens.put(DigestSection.FEED, token(book, member, DigestSection.FEED, now));
    }
    if (!reviews.isEmpty()) {
      tokens.put(DigestSection.PENDING_REVIEWS, token(book, member, DigestSection.PENDING_REVIEWS, now));
    }
    if (!events.isEmpty()) {
      tokens.put(DigestSection.EVENTS, token(book, member, DigestSection.EVENTS, now));
    }
    if (!reviewDue.isEmpty()) {
      tokens.put(DigestSection.REVIEW_DUE, token(book, member, DigestSection.REVIEW_DUE, now));
    }
    if (!notices.isEmpty()) {
      tokens.put(DigestSection.NOTICES, token(book, member, DigestSection.NOTICES, now));
      Map<Notification.Topic, String> byTopic = new EnumMap<>(Notification.Topic.class);
      notices = notices.stream().map(n -> n.unsubscribedBy(byTopic.computeIfAbsent(n.topic(),
          topic -> token(book, member, new Subscription.NoticeTopic(topic), now)))).toList();
    }
    Digest digest = new Digest(member, window.period(), window.from(), window.to(), questions, top, reviews,
        events, reviewDue, tokens, notices);
    for (String channel : stream.channels()) {
      forChannel(digest, settings, channel).ifPresent(d -> notifications.send(notification(d, now).on(channel)));
    }
    return Optional.of(digest);
  }

  /**
   * @return the digest as one channel tells it: without the notices of topics the member unsubscribed
   *     from on that channel; empty when nothing else is left
   */
  static Optional<Digest> forChannel(Digest digest, AttentionSettings settings, String channel) {
    List<Digest.Notice> wanted = digest.notices().stream().filter(n -> settings.wants(n.topic(), channel)).toList();
    if (wanted.size() == digest.notices().size()) {
      return Optional.of(digest);
    }
    Map<DigestSection, String> tokens = new EnumMap<>(DigestSection.class);
    tokens.putAll(digest.unsubscribe());
    if (wanted.isEmpty()) {
      tokens.remove(DigestSection.NOTICES);
    }
    Digest told = new Digest(digest.member(), digest.period(), digest.from(), digest.to(), digest.routedQuestions(),
        digest.feed(), digest.pendingReviews(), digest.events(), digest.reviewDue(), tokens, wanted);
    return told.isEmpty() ? Optional.empty() : Optional.of(told);
  }

  private static String token(AttentionBook book, MemberId member, DigestSection section, Instant now) {
    return token(book, member, new Subscription.Section(section), now);
  }

  /**
   * Issues a one-click unsubscribe token, in the caller's unit of work.
   *
   * @param book the attention book
   * @param member whose attention
   * @param subscription what it unsubscribes them from
   * @param now when
   * @return the token
   */
  static String token(AttentionBook book, MemberId member, Subscription subscription, Instant now) {
    String token = UUID.randomUUID().toString();
    book.addToken(new UnsubscribeToken(token, member, subscription, now));
    return token;
  }

  /**
   * The window due now, if any: for a digest frequency, the latest period whose digest time has
   * passed, from the end of the last digest (or the period's start); for a member who hears of
   * everything at once, what quiet hours held back since their last digest.
   */
  private Optional<Due> due(MemberId member, AttentionSettings settings, Stream stream, Instant now,
      Optional<Instant> last) {
    if (stream.frequency() == Frequency.IMMEDIATE) {
      Instant from = last.orElse(now.minus(FIRST_HELD_WINDOW));
      Optional<Instant> routedLatest = routing.routedTo(member, from, now).stream()
          .filter(r -> !r.toldOn(stream.channels())).map(RoutedQuestions.Routed::at).max(Comparator.naturalOrder());
      Optional<Instant> noticeLatest = held.heldFor(member, stream.channels(), from, now).stream()
          .map(NoticeChange.Held::at).max(Comparator.naturalOrder());
      Optional<Instant> latestHeld = routedLatest.isEmpty() ? noticeLatest
          : noticeLatest.filter(n -> n.isAfter(routedLatest.get())).or(() -> routedLatest);
      if (latestHeld.isEmpty()) {
        return Optional.empty();
      }
      Instant latest = latestHeld.get();
      Instant to = latest.plusNanos(1000);
      return Optional.of(new Due(stream.prefix() + "held-" + latest.getEpochSecond() + "." + latest.getNano() / 1000,
          from, to, true, to));
    }
    ZonedDateTime local = now.atZone(settings.zone());
    LocalDate day = local.toLocalDate();
    if (stream.frequency() == Frequency.WEEKLY) {
      day = day.with(TemporalAdjusters.previousOrSame(settings.digestDay()));
    }
    int step = stream.frequency() == Frequency.WEEKLY ? 7 : 1;
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
    String period = stream.prefix() + (stream.frequency() == Frequency.WEEKLY
        ? String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        : day.toString());
    Instant next = day.plusDays(step).atTime(settings.digestAt()).atZone(settings.zone()).toInstant();
    return Optional.of(new Due(period, from, to, false, next));
  }

  /**
   * The questions routed in the window that the member was not told of at once on the digest's
   * channels and may still read.
   */
  private List<ThreadId> readableQuestions(MemberId member, Stream stream, Due window) {
    List<RoutedQuestions.Routed> routed = routing.routedTo(member, window.from(), window.to());
    List<ThreadId> readable = new ArrayList<>();
    for (RoutedQuestions.Routed r : routed) {
      if (r.toldOn(stream.channels())) {
        continue;
      }
      Optional<DiscussionThread> thread = storage.threads().find(r.question());
      if (thread.isPresent() && thread.get().state() == PostState.PUBLISHED
          && gate.mayRead(member, thread.get().community(), thread.get().audience())) {
        readable.add(r.question());
      }
    }
    return readable;
  }

  /**
   * The notices held in the window from the digest's channels, of topics the member still wants,
   * whose link they may still read; those of one topic about one link as one entry, in the order
   * the first of them came, with the latest one's subject and time.
   */
  private List<Digest.Notice> readableNotices(MemberId member, AttentionSettings settings, Stream stream, Due window) {
    List<NoticeChange.Held> notices = held.heldFor(member, stream.channels(), window.from(), window.to());
    if (notices.isEmpty()) {
      return List.of();
    }
    Map<List<String>, Digest.Notice> entries = new LinkedHashMap<>();
    Map<String, Boolean> readable = new java.util.HashMap<>();
    for (NoticeChange.Held notice : notices) {
      if (notice.channels().stream().noneMatch(c -> stream.channels().contains(c) && settings.wants(notice.topic(), c))
          || !readable.computeIfAbsent(notice.link(), link -> mayRead(member, link))) {
        continue;
      }
      entries.merge(List.of(notice.topic().name(), notice.link()),
          new Digest.Notice(notice.topic(), notice.subject(), notice.link(), notice.at(), 1),
          (before, later) -> new Digest.Notice(later.topic(), later.subject(), later.link(), later.at(),
              before.count() + 1));
    }
    return List.copyOf(entries.values());
  }

  /**
   * Whether the member may still read what a notice's link names, by the rules the rest of the
   * digest follows: a post or thread that is published (or their own) in an audience of a community
   * they still belong to; a knowledge item, an item's comment, a learning event or a community of a
   * community they still belong to (an item in an audience they are part of); themselves. Anything
   * else is not told.
   */
  private boolean mayRead(MemberId member, String link) {
    int colon = link.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String id = link.substring(colon + 1);
    try {
      return switch (link.substring(0, colon)) {
        case "post" -> storage.posts().find(org.copkit.api.discussion.PostId.of(id))
            .filter(p -> p.state() == PostState.PUBLISHED || p.author().equals(member))
            .filter(p -> gate.mayRead(member, p.community(), p.audience())).isPresent();
        case "thread" -> storage.threads().find(ThreadId.of(id))
            .filter(t -> t.state() == PostState.PUBLISHED || t.author().equals(member))
            .filter(t -> gate.mayRead(member, t.community(), t.audience())).isPresent();
        case "knowledge" -> storage.knowledgeItems().find(KnowledgeItemId.of(id))
            .filter(i -> gate.mayRead(member, i.community(), i.audience())).isPresent();
        case "comment" -> storage.itemFeedback().comment(org.copkit.api.knowledge.ItemCommentId.of(id))
            .flatMap(c -> storage.knowledgeItems().find(c.item()))
            .filter(i -> gate.mayRead(member, i.community(), i.audience())).isPresent();
        case "learning-event" -> storage.calendarEvents().find(CalendarEventId.of(id))
            .filter(e -> gate.mayRead(member, e.community(), Audience.COMMUNITY)).isPresent();
        case "community" -> gate.mayRead(member, CommunityId.of(id), Audience.COMMUNITY);
        case "member" -> member.value().equals(id);
        default -> false;
      };
    } catch (InvalidInputException notAnId) {
      return false;
    }
  }

  /**
   * The best of the member's own feed among what others did in the window: read a short page at a
   * time (ranking a diverse page costs more the longer it is, and most members' first page holds
   * their digest's items), among the first {@value FeedQuery#MAX_SIZE} items of their feed.
   */
  private List<ActivityId> topOfFeed(MemberId member, List<Membership> memberships, Due window) {
    List<ActivityId> top = new ArrayList<>();
    FeedQuery query = FeedQuery.first(FEED_PAGE);
    for (int read = 0; read < FeedQuery.MAX_SIZE; read += FEED_PAGE) {
      FeedPage page = feed.feed(member, memberships, query);
      for (FeedItem item : page.items()) {
        if (!item.author().equals(member) && !item.createdAt().isBefore(window.from())
            && item.createdAt().isBefore(window.to())) {
          top.add(item.activity());
          if (top.size() == FEED_TOP) {
            return top;
          }
        }
      }
      if (page.next().isEmpty()) {
        break;
      }
      query = FeedQuery.after(page.next().get(), FEED_PAGE);
    }
    return top;
  }


  /** Per community the member moderates now, how many items wait in its review queue. */
  private Map<CommunityId, Long> pendingReviews(List<Membership> memberships, Shared shared) {
    Map<CommunityId, Long> pending = new LinkedHashMap<>();
    for (Membership membership : memberships) {
      if (membership.has(Role.E_MODERATOR)) {
        long waiting = shared.pendingReviews.computeIfAbsent(membership.community(),
            community -> storage.reviewItems().pending(community, PageRequest.first(1)).total());
        if (waiting > 0) {
          pending.put(membership.community(), waiting);
        }
      }
    }
    return pending;
  }

  /**
   * The events the member holds a seat at that start from the window's end until the next digest
   * is due, soonest first: not those cancelled, nor those of a community they no longer belong to.
   */
  private List<CalendarEventId> comingEvents(MemberId member, Due window, Shared shared, List<Registration> seats) {
    List<CalendarEvent> coming = new ArrayList<>();
    for (Registration registration : seats) {
      Optional<CalendarEvent> event = shared.events.computeIfAbsent(registration.event(),
          id -> storage.calendarEvents().find(id));
      if (event.isPresent() && !event.get().cancelled() && !event.get().startsAt().isBefore(window.to())
          && event.get().startsAt().isBefore(window.next())
          && gate.mayRead(member, event.get().community(), Audience.COMMUNITY)) {
        coming.add(event.get());
      }
    }
    return coming.stream()
        .sorted(Comparator.comparing(CalendarEvent::startsAt).thenComparing(e -> e.id().toString()))
        .map(CalendarEvent::id)
        .toList();
  }

  /**
   * The knowledge items the member keeps fresh whose review-by day (UTC) began in the window,
   * earliest day first: only of the communities they belong to, and of an audience they may read.
   */
  private List<KnowledgeItemId> dueForReview(MemberId member, List<Membership> memberships, Due window,
      Shared shared) {
    // the overdue items of the day after the window's end are those due by its last day, and before
    LocalDate after = LocalDate.ofInstant(window.to(), ZoneOffset.UTC).plusDays(1);
    List<KnowledgeItem> due = new ArrayList<>();
    for (Membership membership : memberships) {
      List<KnowledgeItem> owned = shared.overdue.computeIfAbsent(Map.entry(membership.community(), after),
          key -> overdueByOwner(key.getKey(), key.getValue())).getOrDefault(member, List.of());
      for (KnowledgeItem item : owned) {
        Instant dueFrom = item.curation().reviewBy().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!dueFrom.isBefore(window.from()) && dueFrom.isBefore(window.to())
            && gate.mayRead(member, item.community(), item.audience())) {
          due.add(item);
        }
      }
    }
    return due.stream()
        .sorted(Comparator.comparing((KnowledgeItem i) -> i.curation().reviewBy()).thenComparing(i -> i.id().toString()))
        .map(KnowledgeItem::id)
        .toList();
  }

  /** A community's items whose review-by day is before a day, by owner. */
  private Map<MemberId, List<KnowledgeItem>> overdueByOwner(CommunityId community, LocalDate day) {
    Map<MemberId, List<KnowledgeItem>> byOwner = new java.util.HashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<KnowledgeItem> overdue = storage.knowledgeItems().overdue(community, EnumSet.allOf(Audience.class),
          Optional.empty(), day, page);
      for (KnowledgeItem item : overdue.items()) {
        byOwner.computeIfAbsent(item.curation().owner(), owner -> new ArrayList<>()).add(item);
      }
      if (!overdue.hasNext()) {
        return byOwner;
      }
      page = page.next();
    }
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
    if (!digest.events().isEmpty()) {
      parts.add(digest.events().size() + " event(s) coming up");
      text.append("Events you have a seat at:\n");
      digest.events().forEach(e -> text.append("  event:").append(e).append('\n'));
    }
    if (!digest.reviewDue().isEmpty()) {
      parts.add(digest.reviewDue().size() + " due for review");
      text.append("Due for your review:\n");
      digest.reviewDue().forEach(i -> text.append("  item:").append(i).append('\n'));
    }
    if (!digest.notices().isEmpty()) {
      parts.add(digest.notices().size() + " notice(s)");
      text.append("Held for your digest:\n");
      digest.notices().forEach(n -> text.append("  ").append(n.subject())
          .append(n.count() > 1 ? " (" + n.count() + " times)" : "").append(' ').append(n.link()).append('\n'));
      digest.notices().stream().filter(n -> n.unsubscribe().isPresent())
          .collect(Collectors.toMap(Digest.Notice::topic, n -> n.unsubscribe().get(), (a, b) -> a, TreeMap::new))
          .forEach((topic, token) -> text.append("Stop notices of ").append(topic).append(": unsubscribe:")
              .append(token).append('\n'));
    }
    digest.unsubscribe().forEach((section, token) ->
        text.append("Unsubscribe from ").append(section).append(": unsubscribe:").append(token).append('\n'));
    String body = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    return new Notification(digest.member(), Notification.Topic.DIGEST, "Your digest: " + String.join(", ", parts),
        body, "digest:" + digest.period(), now);
  }
}
