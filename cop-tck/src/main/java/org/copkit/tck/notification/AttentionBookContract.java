package org.copkit.tck.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.notification.AttentionSettings;
import org.copkit.api.notification.DigestSection;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.QuietHours;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.notification.port.PageClaim;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AttentionBook}: a member's settings come back with every field, one record
 * per member, first stored at version 0, versions move on by one and a stale one is refused; the digestible members are
 * listed in exact member-ID order a page at a time; one digest per member and period, one token per
 * text and one interruption per member, day and slot, under concurrency too, a refused write
 * leaving nothing; the last digest's end is the latest of the member's; retention sweeps
 * interruptions, digests (each member's latest kept) and tokens older than a limit.
 */
public abstract class AttentionBookContract extends StorageContract {

  private static final AttentionSettings EVERYTHING = new AttentionSettings(Frequency.WEEKLY,
      ZoneId.of("Europe/Madrid"), LocalTime.of(7, 45, 30), DayOfWeek.THURSDAY,
      Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 30))),
      Set.of(DigestSection.FEED, DigestSection.PENDING_REVIEWS), Set.of("email", "intranet-2"), OptionalInt.of(3),
      java.util.Map.of("email", Frequency.DAILY, "intranet-2", Frequency.IMMEDIATE),
      Set.of(org.copkit.api.notification.Notification.Topic.MENTION, org.copkit.api.notification.Notification.Topic.SANCTION));

  private final MemberId marta = MemberId.of("marta-Núria");
  private final MemberId laia = MemberId.of("laia");
  private AttentionBook book;

  /** For subclasses. */
  protected AttentionBookContract() {}

  @BeforeEach
  final void openPort() {
    book = eachCallInATransaction(AttentionBook.class, storage -> storage.attentionBook());
  }

  private static AttentionRecord record(MemberId member, AttentionSettings settings) {
    return new AttentionRecord(member, settings, secondsAfterT0(5), Optional.of(secondsAfterT0(4)), 0);
  }

  @Nested
  class Settings {

    @Test
    void findsARecordWithEveryFieldAsAddedAtVersionZero() {
      AttentionRecord added = book.add(record(marta, EVERYTHING));

      AttentionRecord expected = new AttentionRecord(marta, EVERYTHING, secondsAfterT0(5),
          Optional.of(secondsAfterT0(4)), 0);
      assertThat(added).isEqualTo(expected);
      assertThat(book.find(marta)).contains(expected);
      assertThat(book.find(MemberId.of("marta-nuria"))).isEmpty();
      AttentionRecord plain = new AttentionRecord(laia, AttentionSettings.DEFAULT, secondsAfterT0(1), Optional.empty(), 0);
      book.add(plain);
      assertThat(book.find(laia)).contains(plain);
    }

    @Test
    void keepsTheLongestSettingsEveryChannelWithItsOwnFrequencyAndEveryUnsubscription() {
      Set<String> channels = new java.util.TreeSet<>();
      java.util.Map<String, Frequency> own = new java.util.TreeMap<>();
      for (int i = 0; i < AttentionSettings.MAX_CHANNELS; i++) {
        String channel = String.valueOf((char) ('a' + i)).repeat(org.copkit.api.notification.Notification.MAX_CHANNEL_LENGTH);
        channels.add(channel);
        own.put(channel, i % 2 == 0 ? Frequency.DAILY : Frequency.WEEKLY);
      }
      AttentionSettings longest = new AttentionSettings(Frequency.IMMEDIATE, ZoneId.of("America/Argentina/ComodRivadavia"),
          LocalTime.of(23, 59, 59), DayOfWeek.SUNDAY, Optional.of(new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 0))),
          java.util.EnumSet.allOf(DigestSection.class), channels, OptionalInt.of(AttentionSettings.MAX_DAILY_BUDGET), own,
          AttentionSettings.NOTICE_TOPICS);

      book.add(record(marta, longest));

      assertThat(book.find(marta).orElseThrow().settings()).isEqualTo(longest);
      assertThat(book.find(marta).orElseThrow().settings().frequency(channels.iterator().next())).isEqualTo(Frequency.DAILY);

      java.util.Map<String, Set<org.copkit.api.notification.Notification.Topic>> everyTopicOffOnEach = new java.util.TreeMap<>();
      channels.forEach(channel -> everyTopicOffOnEach.put(channel, AttentionSettings.NOTICE_TOPICS));
      AttentionSettings longestPerChannel = new AttentionSettings(Frequency.DAILY, ZoneId.of("UTC"), LocalTime.NOON,
          DayOfWeek.MONDAY, Optional.empty(), Set.of(), channels, OptionalInt.empty(), own, Set.of(), everyTopicOffOnEach);
      AttentionSettings oneOff = new AttentionSettings(Frequency.DAILY, ZoneId.of("UTC"), LocalTime.NOON,
          DayOfWeek.MONDAY, Optional.empty(), Set.of(), Set.of("email", "intranet"), OptionalInt.empty(),
          java.util.Map.of(), Set.of(), java.util.Map.of("email", Set.of(org.copkit.api.notification.Notification.Topic.MENTION)));
      book.add(record(MemberId.of("jordi"), longestPerChannel));
      book.add(record(laia, oneOff));

      assertThat(book.find(MemberId.of("jordi")).orElseThrow().settings()).isEqualTo(longestPerChannel);
      assertThat(book.find(laia).orElseThrow().settings()).isEqualTo(oneOff);
      assertThat(book.find(laia).orElseThrow().settings()
          .wants(org.copkit.api.notification.Notification.Topic.MENTION, "email")).isFalse();
    }

    @Test
    void keepsOneRecordPerMember() {
      book.add(record(marta, EVERYTHING));

      assertThatThrownBy(() -> book.add(record(marta, AttentionSettings.DEFAULT)))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      assertThat(book.find(marta).orElseThrow().settings()).isEqualTo(EVERYTHING);
    }

    @Test
    void updatesAtTheVersionReadAndRefusesAStaleOne() {
      AttentionRecord v0 = book.add(record(marta, EVERYTHING));
      AttentionSettings daily = AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY).withDailyBudget(0);

      AttentionRecord v1next = book.update(new AttentionRecord(marta, daily, secondsAfterT0(9), Optional.empty(), 0));

      assertThat(v1next.version()).isEqualTo(1);
      assertThat(book.find(marta)).contains(new AttentionRecord(marta, daily, secondsAfterT0(9), Optional.empty(), 1));
      assertThatThrownBy(() -> book.update(v0))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
      assertThat(book.find(marta).orElseThrow().settings()).isEqualTo(daily);
      assertThatThrownBy(() -> book.update(record(laia, daily))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsTheDigestibleInExactMemberIdOrderAPageAtATime() {
      List<MemberId> digestible = new ArrayList<>();
      for (String id : List.of("b", "B", "a", "á", "aa", "z")) {
        MemberId member = MemberId.of(id);
        book.add(record(member, AttentionSettings.DEFAULT.withFrequency(Frequency.DAILY)));
        digestible.add(member);
      }
      book.add(record(MemberId.of("quiet"), AttentionSettings.DEFAULT.withQuietHours(
          new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0)))));
      digestible.add(MemberId.of("quiet"));
      book.add(record(MemberId.of("budgeted"), AttentionSettings.DEFAULT.withDailyBudget(2)));
      digestible.add(MemberId.of("budgeted"));
      book.add(record(MemberId.of("at-once"), AttentionSettings.DEFAULT.through(Set.of("email"))));
      book.add(record(MemberId.of("mail-daily"), AttentionSettings.DEFAULT.through(Set.of("email", "intranet"))
          .on("email", Frequency.DAILY)));
      digestible.add(MemberId.of("mail-daily"));
      Collections.sort(digestible, (x, y) -> x.value().compareTo(y.value()));

      List<MemberId> read = new ArrayList<>();
      Optional<MemberId> after = Optional.empty();
      for (int page = 0; page < 10; page++) {
        List<AttentionRecord> records = book.digestible(after, 3);
        records.forEach(r -> read.add(r.member()));
        if (records.size() < 3) {
          break;
        }
        after = Optional.of(records.get(records.size() - 1).member());
      }

      assertThat(read).containsExactlyElementsOf(digestible);
      assertThatThrownBy(() -> book.digestible(Optional.empty(), 0)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  class Digests {

    @Test
    void keepsOneDigestPerMemberAndPeriodAndTheLatestEnd() {
      SentDigest monday = new SentDigest(marta, "2026-03-02", secondsAfterT0(0), secondsAfterT0(100), secondsAfterT0(101));
      SentDigest tuesday = new SentDigest(marta, "2026-03-03", secondsAfterT0(100), secondsAfterT0(200), secondsAfterT0(201));
      book.addDigest(tuesday);
      book.addDigest(monday);
      book.addDigest(new SentDigest(laia, "2026-03-03", secondsAfterT0(0), secondsAfterT0(900), secondsAfterT0(901)));

      assertThatThrownBy(() -> book.addDigest(new SentDigest(marta, "2026-03-02", secondsAfterT0(0),
          secondsAfterT0(5000), secondsAfterT0(5001))))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      assertThat(book.digest(marta, "2026-03-02")).contains(monday);
      assertThat(book.digest(marta, "2026-03-04")).isEmpty();
      assertThat(book.lastDigestEnd(marta)).contains(secondsAfterT0(200));
      assertThat(book.lastDigestEnd(MemberId.of("nobody"))).isEmpty();
      assertThat(book.lastDigestEnds(java.util.List.of(marta, laia, MemberId.of("nobody"))))
          .containsOnly(java.util.Map.entry(marta, secondsAfterT0(200)), java.util.Map.entry(laia, secondsAfterT0(900)));
      assertThat(book.lastDigestEnds(java.util.List.of())).isEmpty();
    }

    @Test
    void findsTheLatestEndAmongThePeriodsThatBeginWithAPrefix() {
      book.addDigest(new SentDigest(marta, "daily/2026-03-02", secondsAfterT0(0), secondsAfterT0(100), secondsAfterT0(101)));
      book.addDigest(new SentDigest(marta, "daily/2026-03-03", secondsAfterT0(100), secondsAfterT0(200), secondsAfterT0(201)));
      book.addDigest(new SentDigest(marta, "immediate/held-300.0", secondsAfterT0(0), secondsAfterT0(300), secondsAfterT0(301)));
      book.addDigest(new SentDigest(marta, "dailyx", secondsAfterT0(0), secondsAfterT0(400), secondsAfterT0(401)));
      book.addDigest(new SentDigest(marta, "d%_!/1", secondsAfterT0(0), secondsAfterT0(500), secondsAfterT0(501)));
      book.addDigest(new SentDigest(laia, "daily/2026-03-04", secondsAfterT0(0), secondsAfterT0(900), secondsAfterT0(901)));

      assertThat(book.lastDigestEnd(marta, "daily/")).contains(secondsAfterT0(200));
      assertThat(book.lastDigestEnd(marta, "immediate/")).contains(secondsAfterT0(300));
      assertThat(book.lastDigestEnd(marta, "weekly/")).isEmpty();
      assertThat(book.lastDigestEnd(marta, "d%_")).contains(secondsAfterT0(500));
      assertThat(book.lastDigestEnd(marta, "d__")).isEmpty();
      assertThat(book.lastDigestEnd(marta, "")).contains(secondsAfterT0(500));
    }

    @Test
    void oneOfManyConcurrentSendersOfADigestWins() throws InterruptedException {
      AtomicInteger won = new AtomicInteger();
      Race.run(4, thread -> {
        try {
          inTransaction(() -> store().attentionBook().addDigest(new SentDigest(marta, "2026-W10", secondsAfterT0(0),
              secondsAfterT0(10 + thread), secondsAfterT0(20))));
          won.incrementAndGet();
        } catch (ConflictException e) {
          assertThat(e.kind()).isIn(ConflictException.Kind.DUPLICATE, ConflictException.Kind.STALE_VERSION);
        }
      });

      assertThat(won).hasValue(1);
      assertThat(book.digest(marta, "2026-W10")).isPresent();
    }
  }

  @Nested
  class PageClaims {

    private static final String SLOT = "2026-11-03T08:00:00Z";

    @Test
    void findsAClaimAsMadeAndOnlyOnItsSlotAndPage() {
      PageClaim claim = new PageClaim(SLOT, 2, "node-a", secondsAfterT0(5));
      book.addClaim(claim);

      assertThat(book.claim(SLOT, 2)).contains(claim);
      assertThat(book.claim(SLOT, 1)).isEmpty();
      assertThat(book.claim("2026-11-03T08:01:00Z", 2)).isEmpty();
    }

    @Test
    void theFirstClaimOfAPageInASlotHoldsAgainstEveryLaterOneWhateverTheNode() {
      PageClaim first = new PageClaim(SLOT, 0, "node-a", secondsAfterT0(5));
      book.addClaim(first);

      for (String node : java.util.List.of("node-b", "node-a")) {
        assertThatThrownBy(() -> book.addClaim(new PageClaim(SLOT, 0, node, secondsAfterT0(6))))
            .isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      }
      assertThat(book.claim(SLOT, 0)).contains(first);
      book.addClaim(new PageClaim("2026-11-03T08:01:00Z", 0, "node-b", secondsAfterT0(65)));
      assertThat(book.claim("2026-11-03T08:01:00Z", 0)).map(PageClaim::node).contains("node-b");
    }

    @Test
    void sweepingForgetsTheClaimsOfTheSlotsBeforeOneOnly() {
      for (String slot : java.util.List.of("2026-11-03T07:59:00Z", "2026-11-03T08:00:00Z", "2026-11-03T08:01:00Z")) {
        book.addClaim(new PageClaim(slot, 0, "node-a", secondsAfterT0(1)));
        book.addClaim(new PageClaim(slot, 1, "node-b", secondsAfterT0(1)));
      }

      assertThat(book.sweepClaims(SLOT)).isEqualTo(2);
      assertThat(book.claim("2026-11-03T07:59:00Z", 0)).isEmpty();
      assertThat(book.claim("2026-11-03T07:59:00Z", 1)).isEmpty();
      assertThat(book.claim(SLOT, 0)).isPresent();
      assertThat(book.claim(SLOT, 1)).isPresent();
      assertThat(book.claim("2026-11-03T08:01:00Z", 1)).isPresent();
      assertThat(book.sweepClaims(SLOT)).isZero();
    }

    @Test
    void oneOfManyConcurrentClaimersOfAPageWins() throws InterruptedException {
      AtomicInteger won = new AtomicInteger();
      java.util.Set<String> winners = java.util.concurrent.ConcurrentHashMap.newKeySet();
      Race.run(4, thread -> {
        try {
          inTransaction(() -> store().attentionBook().addClaim(new PageClaim(SLOT, 7, "node-" + thread,
              secondsAfterT0(thread))));
          won.incrementAndGet();
          winners.add("node-" + thread);
        } catch (ConflictException e) {
          assertThat(e.kind()).isIn(ConflictException.Kind.DUPLICATE, ConflictException.Kind.STALE_VERSION);
        }
      });

      assertThat(won).hasValue(1);
      assertThat(book.claim(SLOT, 7)).map(PageClaim::node).hasValueSatisfying(node -> assertThat(winners).containsExactly(node));
    }
  }

  @Nested
  class TokensAndInterruptions {

    @Test
    void findsATokenAsIssuedAndKeepsItsTextUnique() {
      UnsubscribeToken token = new UnsubscribeToken("0f3c-Ab", marta, DigestSection.FEED, secondsAfterT0(3));
      book.addToken(token);

      assertThat(book.token("0f3c-Ab")).contains(token);
      assertThat(book.token("0f3c-ab")).isEmpty();
      assertThatThrownBy(() -> book.addToken(new UnsubscribeToken("0f3c-Ab", laia, DigestSection.FEED, secondsAfterT0(4))))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      assertThat(book.token("0f3c-Ab")).contains(token);
      assertThatThrownBy(() -> book.token("with space")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsWhatEveryTokenUnsubscribesFrom() {
      java.util.List<UnsubscribeToken> issued = new java.util.ArrayList<>();
      int n = 0;
      for (DigestSection section : DigestSection.values()) {
        issued.add(new UnsubscribeToken("s-" + n++, marta, section, secondsAfterT0(n)));
      }
      for (org.copkit.api.notification.Notification.Topic topic : AttentionSettings.NOTICE_TOPICS) {
        issued.add(new UnsubscribeToken("t-" + n++, marta,
            new org.copkit.api.notification.Subscription.NoticeTopic(topic), secondsAfterT0(n)));
      }
      issued.forEach(book::addToken);

      issued.forEach(t -> assertThat(book.token(t.token())).as(t.subscription().key()).contains(t));
    }

    @Test
    void countsInterruptionsPerMemberAndDayOneBySlot() {
      LocalDate day = LocalDate.of(2026, 3, 2);
      book.addInterruption(marta, day, 1, secondsAfterT0(1));
      book.addInterruption(marta, day, 2, secondsAfterT0(2));
      book.addInterruption(marta, day.plusDays(1), 1, secondsAfterT0(90_000));
      book.addInterruption(laia, day, 1, secondsAfterT0(3));

      assertThatThrownBy(() -> book.addInterruption(marta, day, 2, secondsAfterT0(4)))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
      assertThat(book.interruptions(marta, day)).isEqualTo(2);
      assertThat(book.interruptions(marta, day.plusDays(1))).isEqualTo(1);
      assertThat(book.interruptions(MemberId.of("nobody"), day)).isZero();
    }
  }

  /**
   * The book's kinds of retained data ({@link AttentionBook#INTERRUPTION_RETENTION}, {@link
   * AttentionBook#DIGEST_RETENTION}, {@link AttentionBook#TOKEN_RETENTION}): a sweep deletes at most
   * a batch of what is strictly older than its limit, oldest first, and keeps each member's latest
   * digest, which the next one starts from.
   */
  @Nested
  class Retention {

    private long sweep(String kind, java.time.Instant before, int max) {
      org.copkit.api.privacy.port.RetainedData retained = store().retainedData().stream()
          .filter(k -> k.kind().equals(kind)).findFirst()
          .orElseThrow(() -> new AssertionError("retainedData(): no kind " + kind));
      return inTransaction(() -> retained.sweep(before, max));
    }

    @Test
    void sweepsInterruptionsStrictlyOlderThanTheLimitOldestFirstABatchAtATime() {
      LocalDate day = LocalDate.of(2026, 3, 2);
      book.addInterruption(marta, day, 2, secondsAfterT0(2));
      book.addInterruption(marta, day, 1, secondsAfterT0(1));
      book.addInterruption(laia, day, 1, secondsAfterT0(3));
      book.addInterruption(marta, day.plusDays(1), 1, secondsAfterT0(90_000));

      assertThat(sweep(AttentionBook.INTERRUPTION_RETENTION, secondsAfterT0(3), 1)).isEqualTo(1);
      assertThat(book.interruptions(marta, day)).as("the oldest went first").isEqualTo(1);
      assertThat(sweep(AttentionBook.INTERRUPTION_RETENTION, secondsAfterT0(3), 10)).isEqualTo(1);
      assertThat(book.interruptions(marta, day)).isZero();
      assertThat(book.interruptions(laia, day)).as("one at the limit stays").isEqualTo(1);
      assertThat(book.interruptions(marta, day.plusDays(1))).isEqualTo(1);
      assertThat(sweep(AttentionBook.INTERRUPTION_RETENTION, secondsAfterT0(3), 10)).isZero();
    }

    @Test
    void sweepsOldDigestsButKeepsEachMembersLatest() {
      SentDigest monday = new SentDigest(marta, "2026-03-02", secondsAfterT0(0), secondsAfterT0(100), secondsAfterT0(101));
      SentDigest tuesday = new SentDigest(marta, "2026-03-03", secondsAfterT0(100), secondsAfterT0(200), secondsAfterT0(201));
      SentDigest laias = new SentDigest(laia, "2026-03-02", secondsAfterT0(0), secondsAfterT0(100), secondsAfterT0(101));
      book.addDigest(tuesday);
      book.addDigest(monday);
      book.addDigest(laias);

      assertThat(sweep(AttentionBook.DIGEST_RETENTION, secondsAfterT0(10_000), 10)).isEqualTo(1);
      assertThat(book.digest(marta, "2026-03-02")).isEmpty();
      assertThat(book.digest(marta, "2026-03-03")).contains(tuesday);
      assertThat(book.digest(laia, "2026-03-02")).as("laia's only digest is her latest").contains(laias);
      assertThat(book.lastDigestEnd(marta)).contains(secondsAfterT0(200));
      assertThat(sweep(AttentionBook.DIGEST_RETENTION, secondsAfterT0(10_000), 10)).isZero();
    }

    @Test
    void sweepsTokensIssuedBeforeTheLimit() {
      UnsubscribeToken old = new UnsubscribeToken("old-1", marta, DigestSection.FEED, secondsAfterT0(3));
      UnsubscribeToken young = new UnsubscribeToken("young-1", marta, DigestSection.FEED, secondsAfterT0(10));
      book.addToken(young);
      book.addToken(old);

      assertThat(sweep(AttentionBook.TOKEN_RETENTION, secondsAfterT0(5), 10)).isEqualTo(1);
      assertThat(book.token("old-1")).isEmpty();
      assertThat(book.token("young-1")).contains(young);
    }
  }
}
