package org.copkit.tck.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.discussion.DiscussionFixtures.aPost;
import static org.copkit.tck.discussion.DiscussionFixtures.aRevision;
import static org.copkit.tck.discussion.DiscussionFixtures.aThread;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.discussion.port.PostCount;
import org.copkit.api.discussion.port.Posts;
import org.copkit.api.discussion.port.ThreadPosts;
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
 * The contract of {@link Posts}: every state and optional field round-trips, updates are
 * optimistically locked, a thread's posts come in the order written and a person's newest first,
 * the counts and recent bodies respect their windows, moving a thread moves every post of it, and
 * revisions are kept once each, oldest first.
 *
 * <p>Where the port says "ties broken by ID", IDs compare as their canonical text ({@code
 * UUID.toString()}), in ascending order whichever way the times run. A post does not say whether
 * it opened its thread, its thread does ({@link DiscussionThread#openingPost()}): the tests of
 * {@link Posts#count} of {@linkplain PostCount#repliesOnly() replies only} store the thread too.
 */
public abstract class PostsContract extends DiscussionStorageContract {

  /** An ID that sorts first as text (and last in signed {@code UUID} order). */
  static final PostId LOW_ID = PostId.of("00000000-0000-4000-8000-000000000002");

  /** An ID that sorts last as text (and first in signed {@code UUID} order). */
  static final PostId HIGH_ID = PostId.of("f0000000-0000-4000-8000-000000000002");

  private static final Set<PostState> PUBLISHED = EnumSet.of(PostState.PUBLISHED);
  private static final Set<PostState> ANY_STATE = EnumSet.allOf(PostState.class);
  private static final Set<Audience> ANY_AUDIENCE = EnumSet.allOf(Audience.class);

  private final CommunityId community = CommunityId.random();
  private final DiscussionThread thread = aThread().in(community).build();
  private Posts posts;
  private Threads threads;

  /** For subclasses. */
  protected PostsContract() {}

  @BeforeEach
  final void openPorts() {
    posts = eachCallInATransaction(Posts.class, DiscussionStorage::posts);
    threads = eachCallInATransaction(Threads.class, DiscussionStorage::threads);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsAnEditedOpeningPostWithEveryFieldAsAdded() {
      assertRoundTrip(
          aPost()
              .opening(thread)
              .saying(CATALAN, "<p>" + CATALAN + "</p>")
              .mentioning(Set.of(aPerson(), aPerson()))
              .editedAt(secondsAfterT0(60), 3)
              .build());
    }

    @Test
    void findsAReplyToAReplyInAWorkingGroupThread() {
      DiscussionThread ofTheCore = aThread().forAudience(Audience.CORE).build();

      assertRoundTrip(aPost().in(ofTheCore).replyingTo(PostId.random()).writtenAt(secondsAfterT0(5)).build());
    }

    @Test
    void keepsEveryStateWithItsStatementOfReasons() {
      List<Post> all = new ArrayList<>();
      for (PostState state : PostState.values()) {
        all.add(aPost().in(thread).inState(state).withStatementOfReasons(state == PostState.PUBLISHED ? "" : SPANISH).build());
      }

      all.forEach(posts::add);

      all.forEach(post -> assertThat(posts.find(post.id())).contains(post));
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      String body = textOfLength(Post.MAX_BODY);

      assertRoundTrip(
          aPost()
              .saying(body, "<p>" + body + "</p>")
              .inState(PostState.HIDDEN)
              .withStatementOfReasons(textOfLength(2000))
              .build());
    }

    @Test
    void keepsAPostNeverEditedThatMentionsNobodyAndAnswersNoOne() {
      Post post = aPost().build();

      assertRoundTrip(post);
      assertThat(post.editedAt()).isEmpty();
      assertThat(post.inReplyTo()).isEmpty();
      assertThat(post.mentions()).isEmpty();
    }

    @Test
    void keepsTheVersionThePostCarries() {
      assertRoundTrip(aPost().atVersion(7).build());
    }

    @Test
    void findsNothingForAnUnknownId() {
      posts.add(aPost().build());

      assertThat(posts.find(PostId.random())).isEmpty();
    }

    @Test
    void rejectsATakenIdAndKeepsTheFirst() {
      Post first = aPost().build();
      posts.add(first);

      assertConflict(Kind.DUPLICATE, () -> posts.add(aPost().withId(first.id()).saying(SPANISH, SPANISH).build()));

      assertThat(posts.find(first.id())).contains(first);
    }

    private void assertRoundTrip(Post post) {
      posts.add(post);

      assertThat(posts.find(post.id())).contains(post);
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheEditAndReturnsThePostAtTheNextVersion() {
      Post stored = aPost().in(thread).build();
      posts.add(stored);
      Post changed =
          stored
              .edited(SPANISH, "<p>" + SPANISH + "</p>", Set.of(aPerson()), secondsAfterT0(90))
              .withState(PostState.HIDDEN, CATALAN);

      Post updated = posts.update(changed);

      assertThat(updated).isEqualTo(atVersion(changed, 1));
      assertThat(posts.find(stored.id())).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      Post stored = aPost().build();
      posts.add(stored);

      Post once = posts.update(stored.withState(PostState.HELD, ""));
      Post twice = posts.update(once);

      assertThat(once.version()).isEqualTo(1);
      assertThat(twice.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      Post read = aPost().build();
      posts.add(read);
      Post current = posts.update(read.withState(PostState.HIDDEN, SPANISH));

      assertConflict(Kind.STALE_VERSION, () -> posts.update(read.edited(CATALAN, CATALAN, Set.of(), secondsAfterT0(1))));

      assertThat(posts.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      Post stored = aPost().build();
      posts.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> posts.update(atVersion(stored.withState(PostState.HELD, ""), 2)));

      assertThat(posts.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownPost() {
      Post unknown = aPost().build();

      assertThatThrownBy(() -> posts.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(posts.find(unknown.id())).isEmpty();
    }
  }

  @Nested
  class PostsOfAThread {

    @Test
    void listsThemInTheOrderWrittenWithTiesBrokenById() {
      Post opening = aPost().opening(thread).build();
      Post reply = aPost().in(thread).writtenAt(secondsAfterT0(3)).build();
      Post tieHigh = aPost().withId(HIGH_ID).in(thread).writtenAt(secondsAfterT0(5)).build();
      Post tieLow = aPost().withId(LOW_ID).in(thread).writtenAt(secondsAfterT0(5)).build();
      Post replyToReply = aPost().in(thread).replyingTo(reply.id()).writtenAt(secondsAfterT0(7)).build();
      addAll(replyToReply, tieHigh, opening, reply, tieLow, aPost().in(aThread().in(community).build()).build());

      Page<Post> page = posts.inThread(ThreadPosts.published(thread.id()), PageRequest.first(10));

      assertThat(page.items()).containsExactly(opening, reply, tieLow, tieHigh, replyToReply);
      assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void listsOnlyTheGivenStatesOrEveryPostOfTheGivenAuthor() {
      MemberId ana = aPerson();
      Post published = aPost().in(thread).writtenAt(secondsAfterT0(1)).build();
      Post heldOfAna = aPost().in(thread).by(ana).inState(PostState.HELD).writtenAt(secondsAfterT0(2)).build();
      Post hiddenOfAnother = aPost().in(thread).inState(PostState.HIDDEN).writtenAt(secondsAfterT0(3)).build();
      Post hiddenOfAna = aPost().in(thread).by(ana).inState(PostState.HIDDEN).writtenAt(secondsAfterT0(4)).build();
      addAll(published, heldOfAna, hiddenOfAnother, hiddenOfAna);

      assertThat(inThread(ThreadPosts.published(thread.id()))).containsExactly(published);
      assertThat(inThread(ThreadPosts.published(thread.id()).orAuthoredBy(ana)))
          .containsExactly(published, heldOfAna, hiddenOfAna);
      assertThat(inThread(ThreadPosts.inStates(thread.id(), EnumSet.of(PostState.HELD, PostState.HIDDEN))))
          .containsExactly(heldOfAna, hiddenOfAnother, hiddenOfAna);
      assertThat(inThread(ThreadPosts.inStates(thread.id(), Set.of()).orAuthoredBy(ana)))
          .containsExactly(heldOfAna, hiddenOfAna);
      assertThat(inThread(ThreadPosts.inStates(thread.id(), Set.of()))).isEmpty();
    }

    @Test
    void cutsTheListIntoPagesWithTheTotalOnEach() {
      List<Post> asWritten = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        asWritten.add(aPost().in(thread).writtenAt(secondsAfterT0(i)).build());
      }
      asWritten.forEach(posts::add);

      Page<Post> first = posts.inThread(ThreadPosts.published(thread.id()), PageRequest.first(2));
      Page<Post> second = posts.inThread(ThreadPosts.published(thread.id()), first.request().next());

      assertThat(first.items()).containsExactlyElementsOf(asWritten.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(asWritten.subList(2, 3));
      assertThat(List.of(first, second)).extracting(Page::hasNext).containsExactly(true, false);
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    private List<Post> inThread(ThreadPosts query) {
      return posts.inThread(query, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
  }

  @Nested
  class PostsOfAPerson {

    private final MemberId ana = aPerson();

    @Test
    void listsThemNewestFirstWithTiesBrokenById() {
      Post oldest = aPost().in(thread).by(ana).writtenAt(secondsAfterT0(1)).build();
      Post tieHigh = aPost().withId(HIGH_ID).in(thread).by(ana).writtenAt(secondsAfterT0(5)).build();
      Post tieLow = aPost().withId(LOW_ID).in(aThread().in(community).build()).by(ana).writtenAt(secondsAfterT0(5)).build();
      Post newest = aPost().in(thread).by(ana).writtenAt(secondsAfterT0(9)).build();
      addAll(tieHigh, oldest, newest, tieLow, aPost().in(thread).writtenAt(secondsAfterT0(6)).build());

      Page<Post> page = posts.byAuthor(ana, Set.of(community), ANY_AUDIENCE, PUBLISHED, PageRequest.first(10));

      assertThat(page.items()).containsExactly(newest, tieLow, tieHigh, oldest);
      assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void listsOnlyTheGivenCommunitiesAudiencesAndStates() {
      CommunityId elsewhere = CommunityId.random();
      Post here = aPost().in(thread).by(ana).writtenAt(secondsAfterT0(1)).build();
      Post heldHere = aPost().in(thread).by(ana).inState(PostState.HELD).writtenAt(secondsAfterT0(2)).build();
      Post inTheWorkingGroup =
          aPost().in(aThread().in(community).forAudience(Audience.CORE).build()).by(ana).writtenAt(secondsAfterT0(3)).build();
      Post inAnotherCommunity = aPost().inCommunity(elsewhere).by(ana).writtenAt(secondsAfterT0(4)).build();
      Post inAThirdCommunity = aPost().by(ana).writtenAt(secondsAfterT0(5)).build();
      addAll(here, heldHere, inTheWorkingGroup, inAnotherCommunity, inAThirdCommunity);
      Set<CommunityId> both = Set.of(community, elsewhere);

      assertThat(byAna(both, ANY_AUDIENCE, PUBLISHED)).containsExactly(inAnotherCommunity, inTheWorkingGroup, here);
      assertThat(byAna(both, EnumSet.of(Audience.COMMUNITY), PUBLISHED)).containsExactly(inAnotherCommunity, here);
      assertThat(byAna(Set.of(community), EnumSet.of(Audience.CORE), PUBLISHED)).containsExactly(inTheWorkingGroup);
      assertThat(byAna(Set.of(community), ANY_AUDIENCE, EnumSet.of(PostState.HELD))).containsExactly(heldHere);
    }

    @Test
    void listsNothingInNoCommunity() {
      posts.add(aPost().in(thread).by(ana).build());

      Page<Post> page = posts.byAuthor(ana, Set.of(), ANY_AUDIENCE, ANY_STATE, PageRequest.first(10));

      assertThat(page.items()).isEmpty();
      assertThat(page.total()).isZero();
    }

    @Test
    void cutsTheListIntoPagesWithTheTotalOnEach() {
      List<Post> newestFirst = new ArrayList<>();
      for (int i = 2; i >= 0; i--) {
        newestFirst.add(aPost().in(thread).by(ana).writtenAt(secondsAfterT0(i)).build());
      }
      newestFirst.forEach(posts::add);

      Page<Post> first = posts.byAuthor(ana, Set.of(community), ANY_AUDIENCE, PUBLISHED, PageRequest.first(2));
      Page<Post> second = posts.byAuthor(ana, Set.of(community), ANY_AUDIENCE, PUBLISHED, first.request().next());

      assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(newestFirst.subList(2, 3));
      assertThat(List.of(first, second)).extracting(Page::hasNext).containsExactly(true, false);
      assertThat(List.of(first, second)).extracting(Page::total).containsOnly(3L);
    }

    @Test
    void namesEveryCommunityThePersonPostedInWhateverTheState() {
      CommunityId elsewhere = CommunityId.random();
      addAll(
          aPost().in(thread).by(ana).build(),
          aPost().in(thread).by(ana).writtenAt(secondsAfterT0(1)).build(),
          aPost().inCommunity(elsewhere).by(ana).inState(PostState.HIDDEN).build(),
          aPost().build());

      assertThat(posts.communitiesOf(ana)).containsExactlyInAnyOrder(community, elsewhere);
      assertThat(posts.communitiesOf(aPerson())).isEmpty();
    }

    private List<Post> byAna(Set<CommunityId> communities, Set<Audience> audiences, Set<PostState> states) {
      return posts.byAuthor(ana, communities, audiences, states, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
  }

  @Nested
  class Counts {

    private final MemberId ana = aPerson();
    private final DiscussionThread anasQuestion = aThread().in(community).by(ana).createdAt(secondsAfterT0(10)).build();

    @BeforeEach
    void anaOpensAThreadAndReplies() {
      threads.add(anasQuestion);
      addAll(
          aPost().opening(anasQuestion).build(),
          aPost().in(anasQuestion).by(ana).writtenAt(secondsAfterT0(9)).build(),
          aPost().in(anasQuestion).by(ana).writtenAt(secondsAfterT0(10)).build(),
          aPost().in(anasQuestion).by(ana).replyingTo(PostId.random()).writtenAt(secondsAfterT0(11)).build(),
          aPost().in(anasQuestion).by(ana).inState(PostState.HELD).writtenAt(secondsAfterT0(20)).build(),
          aPost().by(ana).writtenAt(secondsAfterT0(15)).build(),
          aPost().in(anasQuestion).writtenAt(secondsAfterT0(15)).build());
    }

    @Test
    void countsThePersonsPostsInTheCommunityAndStatesFromTheStartOfTheWindowOn() {
      PostCount anas = PostCount.of(community, ana);
      assertThat(posts.count(anas.inStates(PUBLISHED).from(secondsAfterT0(10)))).isEqualTo(3);
      assertThat(posts.count(anas.from(secondsAfterT0(10)))).isEqualTo(4);
      assertThat(posts.count(anas.from(T0))).isEqualTo(5);
      assertThat(posts.count(anas.from(secondsAfterT0(21)))).isZero();
      assertThat(posts.count(anas.inStates(Set.of()))).isZero();
    }

    @Test
    void countsEveryPostEverWrittenWhenNoStartIsGiven() {
      assertThat(posts.count(PostCount.of(community, ana))).isEqualTo(5);
      assertThat(posts.count(PostCount.published(community, ana))).isEqualTo(4);
    }

    @Test
    void countsOnlyRepliesWhenAskedLeavingOutTheOpeningPost() {
      assertThat(posts.count(PostCount.of(community, ana).inStates(PUBLISHED).from(secondsAfterT0(10)).repliesOnly()))
          .isEqualTo(2);
      assertThat(posts.count(PostCount.repliesSince(community, ana, T0))).isEqualTo(4);
      assertThat(posts.count(PostCount.repliesSince(community, ana, secondsAfterT0(11)))).isEqualTo(2);
    }

    @Test
    void countsNothingForSomeoneWhoNeverPostedThere() {
      assertThat(posts.count(PostCount.of(community, aPerson()))).isZero();
      assertThat(posts.count(PostCount.of(CommunityId.random(), ana))).isZero();
    }
  }

  @Nested
  class RecentBodies {

    private final MemberId ana = aPerson();

    @BeforeEach
    void anaWritesFourPosts() {
      addAll(
          aPost().in(thread).by(ana).saying("u", "u").writtenAt(secondsAfterT0(1)).build(),
          aPost().in(thread).by(ana).saying("dos", "dos").writtenAt(secondsAfterT0(2)).build(),
          aPost().in(thread).by(ana).saying("tres", "tres").inState(PostState.HELD).writtenAt(secondsAfterT0(3)).build(),
          aPost().in(thread).by(ana).saying(CATALAN, CATALAN).writtenAt(secondsAfterT0(4)).build(),
          aPost().by(ana).saying("en una altra comunitat", "x").writtenAt(secondsAfterT0(5)).build(),
          aPost().in(thread).saying("d'una altra persona", "x").writtenAt(secondsAfterT0(5)).build());
    }

    @Test
    void givesTheNewestFirstFromTheStartOfTheWindowOnWhateverTheirState() {
      assertThat(posts.recentBodies(community, ana, secondsAfterT0(2), 10)).containsExactly(CATALAN, "tres", "dos");
    }

    @Test
    void givesNoMoreThanTheLimitKeepingTheNewest() {
      assertThat(posts.recentBodies(community, ana, T0, 2)).containsExactly(CATALAN, "tres");
    }

    @Test
    void givesNothingWhenThePersonWroteNothingInTheWindow() {
      assertThat(posts.recentBodies(community, ana, secondsAfterT0(5), 10)).isEmpty();
      assertThat(posts.recentBodies(community, aPerson(), T0, 10)).isEmpty();
    }
  }

  @Nested
  class MoveThread {

    private final CommunityId target = CommunityId.random();
    private final MemberId ana = aPerson();
    private final Post opening = aPost().opening(thread).build();
    private final Post reply = aPost().in(thread).by(ana).writtenAt(secondsAfterT0(1)).build();
    private final Post heldReply = aPost().in(thread).by(ana).inState(PostState.HELD).writtenAt(secondsAfterT0(2)).build();
    private final Post inAnotherThread = aPost().in(aThread().in(community).build()).by(ana).build();

    @BeforeEach
    void storePosts() {
      addAll(opening, reply, heldReply, inAnotherThread);
    }

    @Test
    void movesEveryPostOfTheThreadAndChangesNothingElse() {
      posts.moveThread(thread.id(), target);

      for (Post moved : List.of(opening, reply, heldReply)) {
        assertThat(posts.find(moved.id()))
            .hasValueSatisfying(
                found -> assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(moved.movedTo(target)));
      }
      assertThat(posts.find(inAnotherThread.id())).contains(inAnotherThread);
    }

    @Test
    void showsTheMovedPostsUnderTheirNewCommunity() {
      posts.moveThread(thread.id(), target);

      assertThat(posts.byAuthor(ana, Set.of(target), ANY_AUDIENCE, ANY_STATE, PageRequest.first(10)).items())
          .extracting(Post::id)
          .containsExactly(heldReply.id(), reply.id());
      assertThat(posts.communitiesOf(ana)).containsExactlyInAnyOrder(community, target);
      assertThat(posts.count(PostCount.of(target, ana))).isEqualTo(2);
      assertThat(posts.count(PostCount.of(community, ana))).isEqualTo(1);
      assertThat(posts.recentBodies(community, opening.author(), T0, 10)).isEmpty();
      assertThat(posts.inThread(ThreadPosts.every(thread.id()), PageRequest.first(10)).items())
          .extracting(Post::community)
          .containsOnly(target);
    }

    /**
     * Moving changes the posts, so an edit of a copy read before the move must not write the old
     * community back: each moved post goes to its next version.
     */
    @Test
    void makesACopyReadBeforeTheMoveStale() {
      posts.moveThread(thread.id(), target);

      assertConflict(Kind.STALE_VERSION, () -> posts.update(reply.edited(SPANISH, SPANISH, Set.of(), secondsAfterT0(9))));

      assertThat(posts.find(reply.id())).hasValueSatisfying(found -> assertThat(found.community()).isEqualTo(target));
    }
  }

  @Nested
  class Revisions {

    private final PostId post = PostId.random();

    @Test
    void keepsThemOldestFirstWithEveryField() {
      PostRevision first = aRevision().of(post).number(1).saying(CATALAN).at(secondsAfterT0(1)).build();
      PostRevision byAModerator =
          aRevision().of(post).number(2).saying(textOfLength(Post.MAX_BODY)).by(aPerson()).at(secondsAfterT0(2)).because(SPANISH).build();
      PostRevision third = aRevision().of(post).number(3).at(secondsAfterT0(3)).because(textOfLength(1000)).build();

      List.of(third, first, byAModerator).forEach(posts::addRevision);

      assertThat(posts.revisions(post)).containsExactly(first, byAModerator, third);
    }

    @Test
    void rejectsARevisionAlreadyKeptAndKeepsTheFirst() {
      PostRevision kept = aRevision().of(post).number(1).build();
      posts.addRevision(kept);

      assertConflict(Kind.DUPLICATE, () -> posts.addRevision(aRevision().of(post).number(1).saying(SPANISH).build()));

      assertThat(posts.revisions(post)).containsExactly(kept);
    }

    @Test
    void keepsTheSameNumberForDifferentPosts() {
      PostRevision mine = aRevision().of(post).number(1).build();
      PostRevision another = aRevision().number(1).build();

      posts.addRevision(mine);
      posts.addRevision(another);

      assertThat(posts.revisions(post)).containsExactly(mine);
      assertThat(posts.revisions(another.post())).containsExactly(another);
    }

    @Test
    void listsNoneForAPostNeverRevised() {
      posts.addRevision(aRevision().build());

      assertThat(posts.revisions(post)).isEmpty();
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      Post stored = aPost().in(thread).build();
      PostRevision firstText = aRevision().of(stored.id()).number(1).build();
      posts.add(stored);
      posts.addRevision(firstText);
      Post added = aPost().in(thread).writtenAt(secondsAfterT0(1)).build();
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.posts().add(added);
                        storage.posts().update(stored.edited(SPANISH, SPANISH, Set.of(), secondsAfterT0(2)));
                        storage.posts().addRevision(aRevision().of(stored.id()).number(2).build());
                        storage.posts().moveThread(thread.id(), CommunityId.random());
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(posts.find(added.id())).isEmpty();
      assertThat(posts.find(stored.id())).contains(stored);
      assertThat(posts.revisions(stored.id())).containsExactly(firstText);
      assertThat(posts.inThread(ThreadPosts.every(thread.id()), PageRequest.first(10)).items()).containsExactly(stored);
      assertThat(posts.communitiesOf(added.author())).isEmpty();
      assertThat(posts.communitiesOf(stored.author())).containsExactly(community);
    }
  }

  private void addAll(Post... all) {
    List.of(all).forEach(posts::add);
  }

  private static Post atVersion(Post p, long version) {
    return p.withVersion(version);
  }
}
