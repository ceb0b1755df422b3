package org.copkit.tck.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.aPerson;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Reactions}: one of each reaction per member and post, so adding twice and
 * taking back twice are told apart from the first time; counts are of members per reaction, and
 * both summaries leave out the posts with nothing to report (never a zero count, never an empty
 * set).
 */
public abstract class ReactionsContract extends DiscussionStorageContract {

  private final PostId post = PostId.random();
  private final PostId otherPost = PostId.random();
  private final MemberId ana = aPerson();
  private final MemberId bea = aPerson();
  private Reactions reactions;

  /** For subclasses. */
  protected ReactionsContract() {}

  @BeforeEach
  final void openPorts() {
    reactions = eachCallInATransaction(Reactions.class, DiscussionStorage::reactions);
  }

  @Nested
  class Adding {

    @Test
    void tellsANewReactionFromARepeatedOneAndCountsItOnce() {
      assertThat(reactions.add(post, ana, Reaction.LIKE)).isTrue();
      assertThat(reactions.add(post, ana, Reaction.LIKE)).isFalse();

      assertThat(reactions.counts(List.of(post))).isEqualTo(Map.of(post, Map.of(Reaction.LIKE, 1L)));
    }

    @Test
    void tellsApartMembersWhoseIdsDifferInCaseOrAccents() {
      for (String id : List.of("Núria", "Nuria", "nuria")) {
        assertThat(reactions.add(post, MemberId.of(id), Reaction.LIKE)).as("member IDs compare with their case and accents").isTrue();
      }

      assertThat(reactions.counts(List.of(post))).isEqualTo(Map.of(post, Map.of(Reaction.LIKE, 3L)));
      assertThat(reactions.of(List.of(post), MemberId.of("Nuria"))).isEqualTo(Map.of(post, Set.of(Reaction.LIKE)));
    }

    @Test
    void keepsEachKindOfReactionOfOneMember() {
      for (Reaction reaction : Reaction.values()) {
        assertThat(reactions.add(post, ana, reaction)).isTrue();
      }

      assertThat(reactions.of(List.of(post), ana)).isEqualTo(Map.of(post, Set.of(Reaction.values())));
    }
  }

  @Nested
  class TakingBack {

    @Test
    void takesBackOnlyTheGivenReaction() {
      reactions.add(post, ana, Reaction.LIKE);
      reactions.add(post, ana, Reaction.HELPFUL);
      reactions.add(post, bea, Reaction.LIKE);

      assertThat(reactions.remove(post, ana, Reaction.LIKE)).isTrue();

      assertThat(reactions.of(List.of(post), ana)).isEqualTo(Map.of(post, Set.of(Reaction.HELPFUL)));
      assertThat(reactions.of(List.of(post), bea)).isEqualTo(Map.of(post, Set.of(Reaction.LIKE)));
    }

    @Test
    void tellsWhetherThereWasOneToTakeBack() {
      assertThat(reactions.remove(post, ana, Reaction.THANKS)).isFalse();
      reactions.add(post, ana, Reaction.THANKS);

      assertThat(reactions.remove(post, ana, Reaction.THANKS)).isTrue();
      assertThat(reactions.remove(post, ana, Reaction.THANKS)).isFalse();
    }

    @Test
    void forgetsAPostOnceItsLastReactionIsTakenBack() {
      reactions.add(post, ana, Reaction.LIKE);

      reactions.remove(post, ana, Reaction.LIKE);

      assertThat(reactions.counts(List.of(post))).isEmpty();
      assertThat(reactions.of(List.of(post), ana)).isEmpty();
    }

    @Test
    void letsTheMemberReactAgainAfterTakingBack() {
      reactions.add(post, ana, Reaction.LIKE);
      reactions.remove(post, ana, Reaction.LIKE);

      assertThat(reactions.add(post, ana, Reaction.LIKE)).isTrue();
      assertThat(reactions.counts(List.of(post))).isEqualTo(Map.of(post, Map.of(Reaction.LIKE, 1L)));
    }
  }

  @Nested
  class Counts {

    @Test
    void countsTheMembersPerReactionOfEachPostAskedThatHasAny() {
      PostId quiet = PostId.random();
      PostId notAsked = PostId.random();
      reactions.add(post, ana, Reaction.LIKE);
      reactions.add(post, bea, Reaction.LIKE);
      reactions.add(post, bea, Reaction.THANKS);
      reactions.add(otherPost, aPerson(), Reaction.HELPFUL);
      reactions.add(notAsked, ana, Reaction.LIKE);

      assertThat(reactions.counts(List.of(post, otherPost, quiet)))
          .isEqualTo(
              Map.of(
                  post, Map.of(Reaction.LIKE, 2L, Reaction.THANKS, 1L),
                  otherPost, Map.of(Reaction.HELPFUL, 1L)));
    }

    @Test
    void countsNothingForNoPosts() {
      reactions.add(post, ana, Reaction.LIKE);

      assertThat(reactions.counts(List.of())).isEmpty();
    }
  }

  @Nested
  class AMembersReactions {

    @Test
    void givesTheMembersOwnReactionsForEachPostAskedThatTheyReactedTo() {
      PostId onlyBeaReacted = PostId.random();
      reactions.add(post, ana, Reaction.LIKE);
      reactions.add(post, ana, Reaction.THANKS);
      reactions.add(post, bea, Reaction.HELPFUL);
      reactions.add(otherPost, ana, Reaction.HELPFUL);
      reactions.add(onlyBeaReacted, bea, Reaction.LIKE);

      assertThat(reactions.of(List.of(post, otherPost, onlyBeaReacted), ana))
          .isEqualTo(Map.of(post, Set.of(Reaction.LIKE, Reaction.THANKS), otherPost, Set.of(Reaction.HELPFUL)));
    }

    @Test
    void givesNothingToSomeoneWhoNeverReacted() {
      reactions.add(post, ana, Reaction.LIKE);

      assertThat(reactions.of(List.of(post), bea)).isEmpty();
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      reactions.add(post, ana, Reaction.LIKE);
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.reactions().add(post, bea, Reaction.LIKE);
                        storage.reactions().remove(post, ana, Reaction.LIKE);
                        storage.reactions().add(otherPost, ana, Reaction.THANKS);
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(reactions.counts(List.of(post, otherPost))).isEqualTo(Map.of(post, Map.of(Reaction.LIKE, 1L)));
      assertThat(reactions.of(List.of(post, otherPost), ana)).isEqualTo(Map.of(post, Set.of(Reaction.LIKE)));
      assertThat(reactions.add(post, bea, Reaction.LIKE)).isTrue();
    }
  }
}
