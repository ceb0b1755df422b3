package org.copkit.tck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PendingItems;
import org.copkit.api.storage.CopStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PendingItems} port shares (join requests, invitations, review items):
 * IDs are unique, at most one item per subject is open at a time (a second one is a DUPLICATE, a
 * closed one frees the subject), updates are optimistically locked and raise the version by one,
 * and a unit of work that throws keeps none of its writes. Each port's own contract extends it with
 * what is particular to it: every status round-tripped, its lists and their orders.
 *
 * @param <I> the items' ID
 * @param <T> the item
 * @param <S> what at most one open item is about (a person in a community, a subject of moderation
 *     in a community)
 */
public abstract class PendingItemsContract<I, T, S> extends StorageContract {

  private PendingItems<I, T> items;

  /** For subclasses. */
  protected PendingItemsContract() {}

  /**
   * @param storage a storage
   * @return its port under test
   */
  protected abstract PendingItems<I, T> port(CopStorage storage);

  /** @return a new subject, distinct from every other one */
  protected abstract S aSubject();

  /**
   * @param subject the subject
   * @param at when the item was opened
   * @return a new open item on it, at version 0
   */
  protected abstract T anOpenItem(S subject, Instant at);

  /**
   * @param item an item
   * @param second when it was closed, in seconds after {@link SharedFixtures#T0}
   * @return a copy that is no longer open (decided, withdrawn, …)
   */
  protected abstract T closed(T item, long second);

  /**
   * @param item an item
   * @param id another ID
   * @return a copy with that ID
   */
  protected abstract T withId(T item, I id);

  /**
   * @param item an item
   * @param version a version
   * @return a copy at that version
   */
  protected abstract T atVersion(T item, long version);

  /**
   * @param item an item
   * @return its ID
   */
  protected abstract I idOf(T item);

  /**
   * @param item an item
   * @return its version
   */
  protected abstract long versionOf(T item);

  /** @return an ID no stored item has */
  protected abstract I anUnknownId();

  /**
   * @param storage a storage
   * @param subject a subject
   * @return its open item, read through the port's own finder
   */
  protected abstract Optional<T> findOpen(CopStorage storage, S subject);

  @BeforeEach
  final void openThePort() {
    @SuppressWarnings("unchecked")
    Class<PendingItems<I, T>> type = (Class<PendingItems<I, T>>) (Class<?>) PendingItems.class;
    items = eachCallInATransaction(type, this::port);
  }

  private Optional<T> open(S subject) {
    return inTransaction(() -> findOpen(store(), subject));
  }

  private T anOpenItem(S subject) {
    return anOpenItem(subject, SharedFixtures.T0);
  }

  @Nested
  class Ids {

    @Test
    void findsNothingForAnUnknownId() {
      items.add(anOpenItem(aSubject()));

      assertThat(items.find(anUnknownId())).as("find of an ID never stored").isEmpty();
    }

    @Test
    void rejectsATakenIdAndKeepsTheFirst() {
      T first = closed(anOpenItem(aSubject()), 1);
      items.add(first);
      T second = withId(closed(anOpenItem(aSubject()), 2), idOf(first));

      assertConflict(Kind.DUPLICATE, () -> items.add(second));

      assertThat(items.find(idOf(first))).as("the first item under a taken ID is kept").contains(first);
    }
  }

  @Nested
  class OneOpenItemPerSubject {

    @Test
    void rejectsASecondOpenItemAndKeepsTheFirst() {
      S subject = aSubject();
      T first = anOpenItem(subject);
      items.add(first);
      T second = anOpenItem(subject, SharedFixtures.secondsAfterT0(1));

      assertConflict(Kind.DUPLICATE, () -> items.add(second));

      assertThat(items.find(idOf(second))).as("a refused item is not stored").isEmpty();
      assertThat(open(subject)).as("the first open item stays the open one").contains(first);
    }

    @Test
    void acceptsANewOpenItemOnceTheFirstIsClosed() {
      S subject = aSubject();
      T first = anOpenItem(subject);
      items.add(first);
      items.update(closed(first, 1));
      T second = anOpenItem(subject, SharedFixtures.secondsAfterT0(2));

      items.add(second);

      assertThat(open(subject)).as("a closed item frees its subject").contains(second);
    }

    @Test
    void acceptsClosedItemsBesideTheOpenOne() {
      S subject = aSubject();
      T open = anOpenItem(subject);
      T closedBefore = closed(anOpenItem(subject), 1);
      T closedAfter = closed(anOpenItem(subject), 2);

      List.of(closedBefore, open, closedAfter).forEach(items::add);

      List.of(closedBefore, open, closedAfter).forEach(item -> assertThat(items.find(idOf(item))).contains(item));
      assertThat(open(subject)).contains(open);
    }

    @Test
    void acceptsOpenItemsOnOtherSubjects() {
      S one = aSubject();
      S another = aSubject();
      T first = anOpenItem(one);
      T second = anOpenItem(another);

      items.add(first);
      items.add(second);

      assertThat(open(one)).contains(first);
      assertThat(open(another)).contains(second);
    }

    @Test
    void findsNoOpenItemOnceClosedNorOnASubjectNeverUsed() {
      S subject = aSubject();
      T item = anOpenItem(subject);
      items.add(item);

      items.update(closed(item, 1));

      assertThat(open(subject)).as("no open item once the only one is closed").isEmpty();
      assertThat(open(aSubject())).as("no open item on a subject never used").isEmpty();
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheChangeAndReturnsTheItemAtTheNextVersion() {
      T stored = anOpenItem(aSubject());
      items.add(stored);
      T changed = closed(stored, 5);

      T updated = items.update(changed);

      assertThat(updated).as("update returns the item at the next version").isEqualTo(atVersion(changed, 1));
      assertThat(items.find(idOf(stored))).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      T stored = anOpenItem(aSubject());
      items.add(stored);

      T once = items.update(closed(stored, 1));
      T twice = items.update(closed(once, 2));

      assertThat(List.of(versionOf(once), versionOf(twice))).as("versions after two updates").containsExactly(1L, 2L);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      T read = anOpenItem(aSubject());
      items.add(read);
      T current = items.update(closed(read, 1));

      assertConflict(Kind.STALE_VERSION, () -> items.update(closed(read, 2)));

      assertThat(items.find(idOf(read))).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      T stored = anOpenItem(aSubject());
      items.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> items.update(atVersion(closed(stored, 1), 2)));

      assertThat(items.find(idOf(stored))).contains(stored);
    }

    @Test
    void rejectsAnUnknownItem() {
      T unknown = anOpenItem(aSubject());

      assertThatThrownBy(() -> items.update(unknown)).as("update of an item never stored").isInstanceOf(NotFoundException.class);
      assertThat(items.find(idOf(unknown))).isEmpty();
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      S subject = aSubject();
      S elsewhere = aSubject();
      T stored = anOpenItem(subject);
      items.add(stored);
      T added = anOpenItem(elsewhere);
      T reopened = anOpenItem(subject, SharedFixtures.secondsAfterT0(2));
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(() -> inTransaction(() -> {
        PendingItems<I, T> port = port(store());
        port.add(added);
        port.update(closed(stored, 1));
        port.add(reopened);
        throw failure;
      })).isSameAs(failure);

      assertThat(items.find(idOf(added))).as("an item added by a unit of work that rolled back").isEmpty();
      assertThat(items.find(idOf(reopened))).isEmpty();
      assertThat(items.find(idOf(stored))).as("an item updated by a unit of work that rolled back").contains(stored);
      assertThat(open(subject)).contains(stored);
      assertConflict(Kind.DUPLICATE, () -> items.add(anOpenItem(subject)));
      T elsewhereAgain = anOpenItem(elsewhere);
      items.add(elsewhereAgain);
      assertThat(open(elsewhere)).as("a subject claimed by a unit of work that rolled back is free").contains(elsewhereAgain);
    }
  }
}
