package org.copkit.api.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 *     back from a member who hears of everything as it happens
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
 * @param unsubscribe one-click unsubscribe tokens, one per section the digest holds
 */
public record Digest(MemberId member, String period, Instant from, Instant to, List<ThreadId> routedQuestions,
    List<ActivityId> feed, Map<CommunityId, Long> pendingReviews, List<CalendarEventId> events,
    List<KnowledgeItemId> reviewDue, Map<DigestSection, String> unsubscribe) {

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
  }

  /** @return whether it holds nothing */
  public boolean isEmpty() {
    return routedQuestions.isEmpty() && feed.isEmpty() && pendingReviews.isEmpty() && events.isEmpty()
        && reviewDue.isEmpty();
  }
}
