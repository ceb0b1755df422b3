package org.copkit.api.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One digest sent to a member: what gathered for them in its window, each thing at most once.
 *
 * @param member who it is for
 * @param period the period it is for, its idempotency key with the member: {@code 2026-11-02} for
 *     a daily digest, {@code 2026-W45} for a weekly one, {@code held-…} for what quiet hours held
 *     back from a member who hears of everything as it happens; for a member whose channels have
 *     different frequencies, each frequency's digests go to its channels under periods prefixed
 *     with it ({@code daily/2026-11-02}, {@code weekly/2026-W45}, {@code immediate/held-…})
 * @param from the start of its window
 * @param to the end of its window (exclusive)
 * @param routedQuestions the questions routed to the member in the window that they were not told
 *     of at once, oldest first
 * @param feed the top of the member's feed among what happened in the window, best first
 * @param pendingReviews per community the member moderates, how many items wait in its review queue
 * @param events the learning events the member holds a seat at (a confirmed registration, neither
 *     waiting nor cancelled) that start in the period after the window, from {@code to} until their
 *     next digest is due (a day later for a daily digest, a week for a weekly one), soonest first:
 *     consecutive windows tile, so each event is told once
 * @param reviewDue the knowledge items the member owns (keeps fresh) whose review-by day (UTC)
 *     began in the window, earliest review-by day first: each is told once, in the digest of the
 *     day it is due for a daily digest
 * @param unsubscribe one-click unsubscribe tokens, one per section the digest holds (and, in {@link
 *     Notice#unsubscribe()}, one per topic of its notices)
 * @param notices the notifications held back from the digest's channels in the window, oldest first,
 *     those of one topic about one link as one entry: only those whose link the member may still
 *     read, and of topics they still want on one of its channels at least (a channel on which they
 *     unsubscribed from a topic is sent the digest without those notices, or nothing when nothing else
 *     is left)
 */
public record Digest(MemberId member, String period, Instant from, Instant to, List<ThreadId> routedQuestions,
    List<ActivityId> feed, Map<CommunityId, Long> pendingReviews, List<CalendarEventId> events,
    List<KnowledgeItemId> reviewDue, Map<DigestSection, String> unsubscribe, List<Notice> notices) {

  /**
   * A digest without notices.
   *
   * @param member who it is for
   * @param period the period it is for
   * @param from the start of its window
   * @param to the end of its window (exclusive)
   * @param routedQuestions the questions routed to the member that they were not told of at once
   * @param feed the top of the member's feed
   * @param pendingReviews per community the member moderates, how many items wait for review
   * @param events the learning events coming up
   * @param reviewDue the knowledge items due for review
   * @param unsubscribe one-click unsubscribe tokens
   */
  public Digest(MemberId member, String period, Instant from, Instant to, List<ThreadId> routedQuestions,
      List<ActivityId> feed, Map<CommunityId, Long> pendingReviews, List<CalendarEventId> events,
      List<KnowledgeItemId> reviewDue, Map<DigestSection, String> unsubscribe) {
    this(member, period, from, to, routedQuestions, feed, pendingReviews, events, reviewDue, unsubscribe, List.of());
  }

  /**
   * One entry of a digest's notices: the notifications of one topic about one link that were held
   * back in its window.
   *
   * @param topic what they are about
   * @param subject the one-line summary of the latest of them
   * @param link the reference they share, such as {@code post:5f0c…}
   * @param at when the latest of them was held
   * @param count how many they are, at least 1
   * @param unsubscribe in a sent digest, the one-click unsubscribe token that turns their topic off
   *     (a {@link Subscription.NoticeTopic}), the same for every entry of the topic
   */
  public record Notice(Notification.Topic topic, String subject, String link, Instant at, int count,
      Optional<String> unsubscribe) {

    /**
     * An entry without an unsubscribe token.
     *
     * @param topic what they are about
     * @param subject the one-line summary of the latest of them
     * @param link the reference they share
     * @param at when the latest of them was held
     * @param count how many they are, at least 1
     */
    public Notice(Notification.Topic topic, String subject, String link, Instant at, int count) {
      this(topic, subject, link, at, count, Optional.empty());
    }

    /** Validates the fields. */
    public Notice {
      Validation.required("topic", topic);
      Validation.required("subject", subject);
      Validation.required("link", link);
      Validation.required("at", at);
      Validation.between("count", count, 1, Integer.MAX_VALUE);
      Validation.required("unsubscribe", unsubscribe).ifPresent(Subscription::checkToken);
    }

    /**
     * @param token a one-click unsubscribe token for the entry's topic
     * @return this entry carrying it
     */
    public Notice unsubscribedBy(String token) {
      return new Notice(topic, subject, link, at, count, Optional.of(token));
    }
  }

  /** Validates and copies the fields. */
  public Digest {
    Validation.required("member", member);
    Validation.required("period", period);
    Validation.required("from", from);
    Validation.required("to", to);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must come after from, was " + to);
    }
    routedQuestions = List.copyOf(Validation.noNulls("routedQuestions", routedQuestions));
    feed = List.copyOf(Validation.noNulls("feed", feed));
    pendingReviews = Map.copyOf(Validation.required("pendingReviews", pendingReviews));
    events = List.copyOf(Validation.noNulls("events", events));
    reviewDue = List.copyOf(Validation.noNulls("reviewDue", reviewDue));
    unsubscribe = Map.copyOf(Validation.required("unsubscribe", unsubscribe));
    notices = List.copyOf(Validation.noNulls("notices", notices));
  }

  /** @return whether it holds nothing */
  public boolean isEmpty() {
    return routedQuestions.isEmpty() && feed.isEmpty() && pendingReviews.isEmpty() && events.isEmpty()
        && reviewDue.isEmpty() && notices.isEmpty();
  }
}
