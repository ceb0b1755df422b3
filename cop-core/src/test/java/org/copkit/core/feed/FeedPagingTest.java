package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPagingTest {

  private final FeedFixture fixture = new FeedFixture();
  private final List<ActivityId> published = new ArrayList<>();
  private CommunityId practice;
  private CommunityId library;
  private MemberId reader;
  private MemberId ana;
  private MemberId joan;

  @BeforeEach
  void platform() {
    practice = fixture.community("civil procedure", Visibility.OPEN);
    library = fixture.community("library", Visibility.CLOSED);
    reader = fixture.join(practice, "reader", Tier.PARTICIPANT);
    fixture.join(library, "reader", Tier.PARTICIPANT);
    ana = fixture.join(practice, "ana", Tier.CORE);
    joan = fixture.join(library, "joan", Tier.PARTICIPANT);
    for (int i = 0; i < 800; i++) {
      published.add(fixture.post(i % 3 == 0 ? library : practice, i % 3 == 0 ? joan : ana, 60L * i));
    }
  }

  @Test
  void aSessionServesEveryActivityPublishedBeforeItOnceWhileOthersArriveAndEngage() throws Exception {
    FeedPage page = fixture.feed().feed(reader, FeedQuery.first(50));
    AtomicBoolean paging = new AtomicBoolean(true);
    CountDownLatch writing = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              Random random = new Random(7);
              while (paging.get()) {
                fixture.post(practice, ana, 0);
                fixture.publishing().record(joan, new Interaction(published.get(3 * random.nextInt(266)), Interaction.Kind.REACTED));
                writing.countDown();
              }
            });
    writing.await();
    List<ActivityId> served = new ArrayList<>();
    while (true) {
      page.items().forEach(item -> served.add(item.activity()));
      if (page.next().isEmpty()) {
        break;
      }
      fixture.clock.advance(Duration.ofMinutes(5));
      page = fixture.feed().feed(reader, FeedQuery.after(page.next().get(), 50));
    }
    paging.set(false);
    writer.get();

    assertThat(served).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void aSessionRanksAtTheTimeOfItsFirstPage() {
    FeedPage first = fixture.feed().feed(reader, FeedQuery.first(10));
    fixture.clock.advance(Duration.ofDays(3));
    FeedPage second = fixture.feed().feed(reader, FeedQuery.after(first.next().orElseThrow(), 10));

    assertThat(second.rankedAt()).isEqualTo(first.rankedAt()).isEqualTo(FeedFixture.START);
    assertThat(fixture.feed().feed(reader, FeedQuery.first(10)).rankedAt()).isAfter(first.rankedAt());
  }

  @Test
  void eachPageIsOrderedByItsRankedScore() {
    FeedPage page = fixture.feed().feed(reader, FeedQuery.first(100));

    assertThat(page.items()).extracting(FeedItem::rankedScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(page.items()).anySatisfy(item -> assertThat(item.diversityDiscount()).isPositive());
  }

  @Test
  void aSessionEndsAfterItsLimit() {
    for (int i = 0; i < 300; i++) {
      published.add(fixture.post(practice, ana, 100_000L + i));
    }
    Set<ActivityId> served = new HashSet<>();
    Optional<FeedCursor> next = Optional.empty();
    for (int i = 0; i < FeedCursor.MAX_SERVED / 200; i++) {
      FeedPage page = fixture.feed().feed(reader, next.map(c -> FeedQuery.after(c, 200)).orElse(FeedQuery.first(200)));
      page.items().forEach(item -> served.add(item.activity()));
      next = page.next();
    }
    assertThat(served).hasSize(FeedCursor.MAX_SERVED);
    assertThat(next).isEmpty();
  }

  @Test
  void theLastPageHasNoCursor() {
    FeedPage page = fixture.feed().feed(joan, FeedQuery.first(200));
    page = fixture.feed().feed(joan, FeedQuery.after(page.next().orElseThrow(), 200));

    assertThat(page.items()).hasSize(67);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void aCursorServesOnlyTheMemberItWasGivenTo() {
    FeedCursor cursor = fixture.feed().feed(reader, FeedQuery.first(10)).next().orElseThrow();

    assertThatThrownBy(() -> fixture.feed().feed(ana, FeedQuery.after(cursor, 10)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }

  @Test
  void aForgedCursorIsRejected() {
    String real = fixture.feed().feed(reader, FeedQuery.first(10)).next().orElseThrow().value();

    for (String forged : List.of("AQ", real.substring(0, real.length() - 3), real + "AAAA", "zzzzzzzzzzzz")) {
      assertThatThrownBy(() -> fixture.feed().feed(reader, FeedQuery.after(new FeedCursor(forged), 10)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
  }
}
