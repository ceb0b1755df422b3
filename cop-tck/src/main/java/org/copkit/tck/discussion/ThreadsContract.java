package org.copkit.tck.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.FrameworkRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.discussion.port.ThreadFilter;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Threads}: every kind, audience, state and status round-trips, updates are
 * optimistically locked, a community's list puts pinned threads first and then follows the
 * filter's order and rules, and the count of threads a person started has an inclusive window.
 *
 * <p>Where the port says "ties broken by ID", IDs compare as their canonical text ({@code
 * UUID.toString()}), in ascending order whichever way the times run.
 */
public abstract class ThreadsContract extends DiscussionStorageContract {

  /** An ID that sorts first as text (and last in signed {@code UUID} order). */
  static final ThreadId LOW_ID = ThreadId.of("00000000-0000-4000-8000-000000000001");

  /** An ID that sorts last as text (and first in signed {@code UUID} order). */
  static final ThreadId HIGH_ID = ThreadId.of("f0000000-0000-4000-8000-000000000001");

  private final CommunityId community = CommunityId.random();
  private Threads threads;

  /** For subclasses. */
  protected ThreadsContract() {}

  @BeforeEach
  final void openPorts() {
    threads = eachCallInATransaction(Threads.class, DiscussionStorage::threads);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAPinnedDiscussionWithEveryFieldAsAdded() {
      assertRoundTrip(
          aThread()
              .in(community)
              .forAudience(Audience.CORE)
              .titled(CATALAN)
              .taggedWith(Set.of("mediació", "justícia-juvenil"))
              .createdAt(secondsAfterT0(1))
              .lastActiveAt(secondsAfterT0(3600))
              .pinned()
              .withReplies(12)
              .build());
    }

    @Test
    void findsAQuestionWithItsAcceptedAnswer() {
      assertRoundTrip(aThread().ofKind(ThreadKind.QUESTION).answeredBy(PostId.random()).build());
    }

    @Test
    void findsALockedThreadWithWhoLockedItWhenAndWhy() {
      assertRoundTrip(aThread().withStatus(new ThreadStatus.Locked(aPerson(), secondsAfterT0(5), SPANISH)).build());
    }

    @Test
    void findsAClosedThreadWithWhoClosedItWhenAndWhy() {
      assertRoundTrip(aThread().withStatus(new ThreadStatus.Closed(aPerson(), secondsAfterT0(6), CATALAN)).build());
    }

    @Test
    void keepsEveryKindAudienceAndState() {
      List<DiscussionThread> all = new ArrayList<>();
      for (ThreadKind kind : ThreadKind.values()) {
        for (Audience audience : Audience.values()) {
          for (PostState state : PostState.values()) {
            all.add(aThread().ofKind(kind).forAudience(audience).inState(state).build());
          }
        }
      }

      all.forEach(threads::add);

      all.forEach(thread -> assertThat(threads.find(thread.id())).contains(thread));
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      Set<String> tags = new HashSet<>();
      for (int i = 0; i < DiscussionThread.MAX_TAGS; i++) {
        tags.add(i + textOfLength(DiscussionThread.MAX_TAG - 1).toLowerCase(Locale.ROOT));
      }

      assertRoundTrip(
          aThread()
              .titled(textOfLength(DiscussionThread.MAX_TITLE))
              .taggedWith(tags)
              .withStatus(new ThreadStatus.Locked(aPerson(), secondsAfterT0(1), textOfLength(1000)))
              .build());
    }

    @Test
    void keepsTheCompetencesItIsAboutUpToTheMost() {
      Set<CompetenceRef> most = new HashSet<>();
      for (int i = 0; i < DiscussionThread.MAX_COMPETENCES; i++) {
        String n = String.valueOf(i);
        most.add(new CompetenceRef(FrameworkRef.of("f" + n + "x".repeat(39 - n.length()) + "@" + "V".repeat(20)),
            "c" + n + "_".repeat(19 - n.length())));
      }

      assertRoundTrip(aThread().about(Set.of(CompetenceRef.of("digcomp@2.2#1.1"))).build());
      assertRoundTrip(aThread().about(most).build());
    }

    @Test
    void keepsAThreadWithoutTags() {
      assertRoundTrip(aThread().taggedWith(Set.of()).build());
    }

    @Test
    void keepsTheVersionTheThreadCarries() {
      assertRoundTrip(aThread().atVersion(7).build());
    }

    @Test
    void findsNothingForAnUnknownId() {
      threads.add(aThread().build());

      assertThat(threads.find(ThreadId.random())).isEmpty();
    }

    @Test
    void rejectsATakenIdAndKeepsTheFirst() {
      DiscussionThread first = aThread().build();
      threads.add(first);

      assertConflict(Kind.DUPLICATE, () -> threads.add(aThread().withId(first.id()).titled(SPANISH).build()));

      assertThat(threads.find(first.id())).contains(first);
    }

    private void assertRoundTrip(DiscussionThread thread) {
      threads.add(thread);

      assertThat(threads.find(thread.id())).contains(thread);
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheChangesAndReturnsTheThreadAtTheNextVersion() {
      DiscussionThread stored = aThread().ofKind(ThreadKind.QUESTION).build();
      threads.add(stored);
      DiscussionThread changed =
          stored
              .withReplyAt(secondsAfterT0(60))
              .withAcceptedAnswer(PostId.random())
              .withPinned(true)
              .withCompetences(Set.of(CompetenceRef.of("digcomp@2.2#3.1")))
              .withState(PostState.HIDDEN)
              .withStatus(new ThreadStatus.Closed(aPerson(), secondsAfterT0(61), CATALAN));

      DiscussionThread updated = threads.update(changed);

      assertThat(updated).isEqualTo(atVersion(changed, 1));
      assertThat(threads.find(stored.id())).contains(updated);
    }

    @Test
    void storesEveryStatusInTurn() {
      DiscussionThread thread = aThread().build();
      threads.add(thread);
      List<ThreadStatus> statuses =
          List.of(
              new ThreadStatus.Locked(aPerson(), secondsAfterT0(1), "Refredem els ànims"),
              new ThreadStatus.Open(),
              new ThreadStatus.Closed(aPerson(), secondsAfterT0(2), "Resolt"));

      for (ThreadStatus status : statuses) {
        thread = threads.update(thread.withStatus(status));

        assertThat(threads.find(thread.id())).hasValueSatisfying(found -> assertThat(found.status()).isEqualTo(status));
      }
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      DiscussionThread stored = aThread().build();
      threads.add(stored);

      DiscussionThread once = threads.update(stored.withPinned(true));
      DiscussionThread twice = threads.update(once);

      assertThat(once.version()).isEqualTo(1);
      assertThat(twice.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      DiscussionThread read = aThread().build();
      threads.add(read);
      DiscussionThread current = threads.update(read.withPinned(true));

      assertConflict(Kind.STALE_VERSION, () -> threads.update(read.withState(PostState.HIDDEN)));

      assertThat(threads.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      DiscussionThread stored = aThread().build();
      threads.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> threads.update(atVersion(stored.withPinned(true), 2)));

      assertThat(threads.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownThread() {
      DiscussionThread unknown = aThread().build();

      assertThatThrownBy(() -> threads.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(threads.find(unknown.id())).isEmpty();
    }
  }

  @Nested
  class Listing {

    @Test
    void putsPinnedThreadsFirstThenTheNewestWithTiesBrokenById() {
      DiscussionThread pinnedOld = aThread().in(community).createdAt(secondsAfterT0(0)).pinned().build();
      DiscussionThread pinnedNew = aThread().in(community).createdAt(secondsAfterT0(4)).pinned().build();
      DiscussionThread newest = aThread().in(community).createdAt(secondsAfterT0(5)).build();
      DiscussionThread tieHigh = aThread().withId(HIGH_ID).in(community).createdAt(secondsAfterT0(3)).build();
      DiscussionThread tieLow = aThread().withId(LOW_ID).in(community).createdAt(secondsAfterT0(3)).build();
      DiscussionThread oldestButActive =
          aThread().in(community).createdAt(secondsAfterT0(1)).lastActiveAt(secondsAfterT0(100)).build();
      addAll(oldestButActive, tieHigh, pinnedOld, newest, tieLow, pinnedNew);

      assertThat(listed(filter(ThreadOrder.NEWEST)))
          .containsExactly(pinnedNew, pinnedOld, newest, tieLow, tieHigh, oldestButActive);
    }

    @Test
    void putsPinnedThreadsFirstThenTheMostRecentlyActiveWithTiesBrokenById() {
      DiscussionThread pinnedQuiet =
          aThread().in(community).createdAt(secondsAfterT0(9)).lastActiveAt(secondsAfterT0(10)).pinned().build();
      DiscussionThread oldButActive =
          aThread().in(community).createdAt(secondsAfterT0(1)).lastActiveAt(secondsAfterT0(50)).build();
      DiscussionThread tieHigh =
          aThread().withId(HIGH_ID).in(community).createdAt(secondsAfterT0(3)).lastActiveAt(secondsAfterT0(40)).build();
      DiscussionThread tieLow =
          aThread().withId(LOW_ID).in(community).createdAt(secondsAfterT0(2)).lastActiveAt(secondsAfterT0(40)).build();
      DiscussionThread newButQuiet = aThread().in(community).createdAt(secondsAfterT0(20)).build();
      addAll(newButQuiet, tieHigh, pinnedQuiet, oldButActive, tieLow);

      assertThat(listed(filter(ThreadOrder.ACTIVE)))
          .containsExactly(pinnedQuiet, oldButActive, tieLow, tieHigh, newButQuiet);
    }

    @Test
    void listsOnlyUnansweredQuestionsPinnedFirstThenTheOldestWithTiesBrokenById() {
      DiscussionThread pinnedNew = question().createdAt(secondsAfterT0(9)).pinned().build();
      DiscussionThread oldest = question().createdAt(secondsAfterT0(1)).build();
      DiscussionThread tieHigh = question().withId(HIGH_ID).createdAt(secondsAfterT0(2)).build();
      DiscussionThread tieLow = question().withId(LOW_ID).createdAt(secondsAfterT0(2)).build();
      DiscussionThread newest = question().createdAt(secondsAfterT0(5)).lastActiveAt(secondsAfterT0(6)).build();
      DiscussionThread answered = question().createdAt(secondsAfterT0(0)).answeredBy(PostId.random()).build();
      DiscussionThread discussion = aThread().in(community).createdAt(secondsAfterT0(0)).build();
      DiscussionThread announcement =
          aThread().in(community).ofKind(ThreadKind.ANNOUNCEMENT).createdAt(secondsAfterT0(0)).pinned().build();
      addAll(newest, answered, tieHigh, discussion, pinnedNew, oldest, announcement, tieLow);

      Page<DiscussionThread> page = threads.list(filter(ThreadOrder.UNANSWERED), PageRequest.first(20));

      assertThat(page.items()).containsExactly(pinnedNew, oldest, tieLow, tieHigh, newest);
      assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void listsOnlyThreadsForTheFilterAudiences() {
      DiscussionThread forEveryone = aThread().in(community).forAudience(Audience.COMMUNITY).createdAt(secondsAfterT0(1)).build();
      DiscussionThread forTheCore = aThread().in(community).forAudience(Audience.CORE).createdAt(secondsAfterT0(2)).build();
      addAll(forEveryone, forTheCore);

      assertThat(listed(filter(ThreadOrder.NEWEST, EnumSet.of(Audience.COMMUNITY), EnumSet.of(PostState.PUBLISHED), Optional.empty())))
          .containsExactly(forEveryone);
      assertThat(listed(filter(ThreadOrder.NEWEST, EnumSet.of(Audience.CORE), EnumSet.of(PostState.PUBLISHED), Optional.empty())))
          .containsExactly(forTheCore);
      assertThat(listed(filter(ThreadOrder.NEWEST))).containsExactly(forTheCore, forEveryone);
    }

    @Test
    void listsOnlyThreadsAboutTheFilterCompetenceWhenItNamesOne() {
      CompetenceRef browsing = CompetenceRef.of("digcomp@2.2#1.1");
      CompetenceRef underscored = CompetenceRef.of("host@1#a_b");
      DiscussionThread aboutBrowsing = aThread().in(community).about(Set.of(browsing, CompetenceRef.of("digcomp@2.2#2.1")))
          .createdAt(secondsAfterT0(1)).build();
      DiscussionThread aboutAnother = aThread().in(community).about(Set.of(CompetenceRef.of("digcomp@2.2#1.12")))
          .createdAt(secondsAfterT0(2)).build();
      DiscussionThread aboutNone = aThread().in(community).createdAt(secondsAfterT0(3)).build();
      DiscussionThread aboutUnderscored = aThread().in(community).about(Set.of(underscored)).createdAt(secondsAfterT0(4)).build();
      DiscussionThread aboutLookAlike = aThread().in(community).about(Set.of(CompetenceRef.of("host@1#aXb")))
          .createdAt(secondsAfterT0(5)).build();
      addAll(aboutBrowsing, aboutAnother, aboutNone, aboutUnderscored, aboutLookAlike);
      Set<Audience> everyone = EnumSet.allOf(Audience.class);

      assertThat(listed(new ThreadFilter(community, ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED),
          Optional.empty(), Optional.of(browsing)))).containsExactly(aboutBrowsing);
      assertThat(listed(new ThreadFilter(community, ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED),
          Optional.empty(), Optional.of(underscored)))).containsExactly(aboutUnderscored);
      assertThat(listed(new ThreadFilter(community, ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED),
          Optional.empty(), Optional.of(CompetenceRef.of("digcomp@2.2#5.4"))))).isEmpty();
      assertThat(threads.list(new ThreadFilter(community, ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED),
          Optional.empty(), Optional.of(browsing)), PageRequest.first(10)).total()).isEqualTo(1);
      assertThat(listed(filter(ThreadOrder.NEWEST)))
          .containsExactly(aboutLookAlike, aboutUnderscored, aboutNone, aboutAnother, aboutBrowsing);
    }

    @Test
    void listsOnlyThreadsInTheFilterStatesOrOpenedByTheGivenPerson() {
      MemberId ana = aPerson();
      DiscussionThread published = aThread().in(community).createdAt(secondsAfterT0(1)).build();
      DiscussionThread heldOfAna = aThread().in(community).by(ana).inState(PostState.HELD).createdAt(secondsAfterT0(2)).build();
      DiscussionThread hiddenOfAna = aThread().in(community).by(ana).inState(PostState.HIDDEN).createdAt(secondsAfterT0(3)).build();
      DiscussionThread heldOfAnother = aThread().in(community).inState(PostState.HELD).createdAt(secondsAfterT0(4)).build();
      addAll(published, heldOfAna, hiddenOfAna, heldOfAnother);
      Set<Audience> everyone = EnumSet.allOf(Audience.class);

      assertThat(listed(filter(ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED), Optional.empty())))
          .containsExactly(published);
      assertThat(listed(filter(ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.PUBLISHED), Optional.of(ana))))
          .containsExactly(hiddenOfAna, heldOfAna, published);
      assertThat(listed(filter(ThreadOrder.NEWEST, everyone, EnumSet.of(PostState.HELD), Optional.empty())))
          .containsExactly(heldOfAnother, heldOfAna);
    }

    @Test
    void listsOnlyTheCommunitysThreads() {
      DiscussionThread here = aThread().in(community).build();
      addAll(here, aThread().build(), aThread().build());

      Page<DiscussionThread> page = threads.list(filter(ThreadOrder.NEWEST), PageRequest.first(10));

      assertThat(page.items()).containsExactly(here);
      assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void listsAThreadInTheCommunityItMovedTo() {
      CommunityId target = CommunityId.random();
      DiscussionThread thread = aThread().in(community).build();
      threads.add(thread);

      DiscussionThread moved = threads.update(thread.movedTo(target));

      assertThat(listed(filter(ThreadOrder.NEWEST))).isEmpty();
      assertThat(listed(filter(target, ThreadOrder.NEWEST))).containsExactly(moved);
    }

    @Test
    void cutsTheListIntoPagesWithTheTotalOnEach() {
      List<DiscussionThread> newestFirst = new ArrayList<>();
      for (int i = 4; i >= 0; i--) {
        newestFirst.add(aThread().in(community).createdAt(secondsAfterT0(i)).build());
      }
      newestFirst.forEach(threads::add);

      Page<DiscussionThread> first = threads.list(filter(ThreadOrder.NEWEST), PageRequest.first(2));
      Page<DiscussionThread> second = threads.list(filter(ThreadOrder.NEWEST), first.request().next());
      Page<DiscussionThread> third = threads.list(filter(ThreadOrder.NEWEST), second.request().next());

      assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(newestFirst.subList(2, 4));
      assertThat(third.items()).containsExactlyElementsOf(newestFirst.subList(4, 5));
      assertThat(List.of(first, second, third)).extracting(Page::hasNext).containsExactly(true, true, false);
      assertThat(List.of(first, second, third)).extracting(Page::total).containsOnly(5L);
    }

    @Test
    void listsNothingForACommunityWithoutThreads() {
      threads.add(aThread().build());

      Page<DiscussionThread> page = threads.list(filter(ThreadOrder.ACTIVE), PageRequest.first(10));

      assertThat(page.items()).isEmpty();
      assertThat(page.total()).isZero();
      assertThat(page.hasNext()).isFalse();
    }

    private DiscussionFixtures.ThreadBuilder question() {
      return aThread().in(community).ofKind(ThreadKind.QUESTION);
    }
  }

  @Nested
  class ThreadsStartedSince {

    @Test
    void countsThePersonsThreadsInTheCommunityFromTheStartOfTheWindowOnInAnyState() {
      MemberId ana = aPerson();
      addAll(
          aThread().in(community).by(ana).createdAt(secondsAfterT0(9)).build(),
          aThread().in(community).by(ana).createdAt(secondsAfterT0(10)).build(),
          aThread().in(community).by(ana).createdAt(secondsAfterT0(20)).inState(PostState.HELD).build(),
          aThread().in(community).by(ana).createdAt(secondsAfterT0(30)).inState(PostState.HIDDEN).build(),
          aThread().by(ana).createdAt(secondsAfterT0(15)).build(),
          aThread().in(community).createdAt(secondsAfterT0(15)).build());

      assertThat(threads.countStartedSince(community, ana, secondsAfterT0(10))).isEqualTo(3);
      assertThat(threads.countStartedSince(community, ana, secondsAfterT0(31))).isZero();
    }

    @Test
    void countsAMovedThreadInTheCommunityItMovedTo() {
      CommunityId target = CommunityId.random();
      DiscussionThread thread = aThread().in(community).build();
      threads.add(thread);

      threads.update(thread.movedTo(target));

      assertThat(threads.countStartedSince(community, thread.author(), T0)).isZero();
      assertThat(threads.countStartedSince(target, thread.author(), T0)).isEqualTo(1);
    }

    @Test
    void countsNothingForSomeoneWhoNeverOpenedAThread() {
      threads.add(aThread().in(community).build());

      assertThat(threads.countStartedSince(community, aPerson(), T0)).isZero();
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      CommunityId target = CommunityId.random();
      DiscussionThread stored = aThread().in(community).build();
      threads.add(stored);
      DiscussionThread added = aThread().in(community).createdAt(secondsAfterT0(1)).build();
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.threads().add(added);
                        storage.threads().update(stored.withPinned(true).movedTo(target));
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(threads.find(added.id())).isEmpty();
      assertThat(threads.find(stored.id())).contains(stored);
      assertThat(listed(filter(ThreadOrder.NEWEST))).containsExactly(stored);
      assertThat(threads.countStartedSince(community, added.author(), T0)).isZero();
      assertThat(threads.countStartedSince(target, stored.author(), T0)).isZero();
    }
  }

  private void addAll(DiscussionThread... all) {
    List.of(all).forEach(threads::add);
  }

  private List<DiscussionThread> listed(ThreadFilter filter) {
    return threads.list(filter, PageRequest.first(PageRequest.MAX_SIZE)).items();
  }

  /** The community's published threads for every audience, in the given order. */
  private ThreadFilter filter(ThreadOrder order) {
    return filter(community, order);
  }

  private static ThreadFilter filter(CommunityId where, ThreadOrder order) {
    return new ThreadFilter(where, order, EnumSet.allOf(Audience.class), EnumSet.of(PostState.PUBLISHED), Optional.empty());
  }

  private ThreadFilter filter(ThreadOrder order, Set<Audience> audiences, Set<PostState> states, Optional<MemberId> orAuthoredBy) {
    return new ThreadFilter(community, order, audiences, states, orAuthoredBy);
  }

  private static DiscussionThread atVersion(DiscussionThread t, long version) {
    return t.withVersion(version);
  }
}
