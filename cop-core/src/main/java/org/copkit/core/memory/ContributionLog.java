package org.copkit.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.shared.MemberId;

/**
 * One community's published posts and questions in a compact, time-ordered form, for the analytics
 * scans: what a database keeps as a covering index, here as parallel arrays that a scan reads
 * sequentially instead of following a post object, its author and its thread for every post.
 *
 * <p>Immutable, and derived from the posts and threads of the community at given versions; {@link
 * InMemoryContributions} builds a new one when either version has moved. Instants are held as
 * nanoseconds since the epoch (saturated outside the years 1678 to 2261, beyond any window).
 */
final class ContributionLog {

  /** Every component, at the index {@link #component} holds. */
  static final CopComponent[] COMPONENTS = CopComponent.values();

  /** Marks a time that does not exist, such as the first answer of a question without one. */
  static final long NEVER = Long.MAX_VALUE;

  final long postsVersion;
  final long threadsVersion;

  /** The published posts, ascending by creation: when, by whom (an index of {@link #authors}), in which component (its ordinal). */
  final long[] writtenAt;
  final int[] author;
  final byte[] component;
  final MemberId[] authors;

  /** The published questions, ascending by creation: when asked, first answered by someone else, answered acceptedly. */
  final long[] askedAt;
  final long[] firstAnsweredAt;
  final long[] acceptedAnswerWrittenAt;

  private ContributionLog(long postsVersion, long threadsVersion, long[] writtenAt, int[] author, byte[] component,
      MemberId[] authors, long[] askedAt, long[] firstAnsweredAt, long[] acceptedAnswerWrittenAt) {
    this.postsVersion = postsVersion;
    this.threadsVersion = threadsVersion;
    this.writtenAt = writtenAt;
    this.author = author;
    this.component = component;
    this.authors = authors;
    this.askedAt = askedAt;
    this.firstAnsweredAt = firstAnsweredAt;
    this.acceptedAnswerWrittenAt = acceptedAnswerWrittenAt;
  }

  /**
   * Reads a community's posts and threads once, in the order of their timelines.
   *
   * @param community the community
   * @param posts the posts store
   * @param threads the threads store
   * @return the log, at the stores' current versions of the community
   */
  static ContributionLog of(CommunityId community, InMemoryPosts posts, InMemoryThreads threads) {
    long postsVersion = posts.versionOf(community);
    long threadsVersion = threads.versionOf(community);
    Map<MemberId, Integer> authorIndex = new HashMap<>();
    List<MemberId> authors = new ArrayList<>();
    int size = 0;
    long[] writtenAt = new long[1024];
    int[] author = new int[1024];
    byte[] component = new byte[1024];
    for (Post post : posts.writtenIn(community)) {
      if (post.state() != PostState.PUBLISHED) {
        continue;
      }
      if (size == writtenAt.length) {
        writtenAt = Arrays.copyOf(writtenAt, size * 2);
        author = Arrays.copyOf(author, size * 2);
        component = Arrays.copyOf(component, size * 2);
      }
      Integer index = authorIndex.get(post.author());
      if (index == null) {
        index = authors.size();
        authorIndex.put(post.author(), index);
        authors.add(post.author());
      }
      writtenAt[size] = nanos(post.createdAt());
      author[size] = index;
      component[size] = (byte) post.component().ordinal();
      size++;
    }

    List<DiscussionThread> questions = new ArrayList<>();
    for (DiscussionThread thread : threads.openedIn(community)) {
      if (thread.kind() == ThreadKind.QUESTION && thread.state() == PostState.PUBLISHED) {
        questions.add(thread);
      }
    }
    long[] askedAt = new long[questions.size()];
    long[] firstAnsweredAt = new long[questions.size()];
    long[] acceptedAt = new long[questions.size()];
    for (int q = 0; q < questions.size(); q++) {
      DiscussionThread question = questions.get(q);
      askedAt[q] = nanos(question.createdAt());
      firstAnsweredAt[q] = posts.ofThread(question.id())
          .filter(post -> isAnswer(post, question))
          .mapToLong(post -> nanos(post.createdAt()))
          .min()
          .orElse(NEVER);
      acceptedAt[q] = question.acceptedAnswer().flatMap(posts::find).map(post -> nanos(post.createdAt())).orElse(NEVER);
    }
    return new ContributionLog(postsVersion, threadsVersion, Arrays.copyOf(writtenAt, size), Arrays.copyOf(author, size),
        Arrays.copyOf(component, size), authors.toArray(MemberId[]::new), askedAt, firstAnsweredAt, acceptedAt);
  }

  /** @return whether it still reflects the community's posts and threads */
  boolean isCurrent(InMemoryPosts posts, InMemoryThreads threads, CommunityId community) {
    return posts.versionOf(community) == postsVersion && threads.versionOf(community) == threadsVersion;
  }

  /**
   * @param ascending times, ascending
   * @param time a time
   * @return the index of the first time at or after it
   */
  static int firstAtOrAfter(long[] ascending, long time) {
    int low = 0;
    int high = ascending.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle] < time) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Nanoseconds since the epoch, saturated: instants outside what a long holds (before 1678, after
   * 2261) become its bounds, which every window (1970 to 2200) compares the same way.
   *
   * @param instant an instant
   * @return the nanoseconds
   */
  static long nanos(Instant instant) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException outOfRange) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** What the port calls an answer: a published top-level reply by someone but the asker. */
  private static boolean isAnswer(Post post, DiscussionThread question) {
    return post.isPublished()
        && post.inReplyTo().isEmpty()
        && !post.id().equals(question.openingPost())
        && !post.author().equals(question.author());
  }
}
