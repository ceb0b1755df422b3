package org.copkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;

import java.util.Set;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.Interests;
import org.copkit.api.shared.MemberId;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Threads, feed activities and members' interests share one normal form of a tag: whatever case
 * or Unicode composition each side was typed in, an interest matches the thread's tag.
 */
class TagVocabularyTest {

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN);

  @ParameterizedTest(name = "interest {0}, thread tagged {1}")
  @CsvSource({
      "Mediació, mediació",
      "mediació, Mediació",
      "MEDIACIÓ, Mediació",
      // the same word with the accent typed as a combining character
      "Mediacio\u0301, mediació",
      "mediació, MEDIACIO\u0301"})
  void anInterestMatchesTheThreadTaggedWithTheSameWord(String interest, String tag) {
    DiscussionThread tagged = start("Casos de mediació", tag);
    DiscussionThread untagged = start("Un altre tema", "presons");

    scene.platform.activities().declareInterests(LAIA, new Interests(Set.of(interest), Set.of()));

    assertThat(tagged.tags()).containsExactly("mediació");
    assertThat(relevance(LAIA, tagged)).as("the interest term of the tagged thread").isPositive();
    assertThat(relevance(LAIA, untagged)).as("the interest term of another thread").isZero();

    scene.platform.activities().declareInterests(LAIA, new Interests(Set.of(), Set.of(interest)));
    assertThat(relevance(LAIA, tagged)).as("as a learning goal").isPositive();
  }

  private DiscussionThread start(String title, String tag) {
    PostOutcome outcome = scene.platform.discussions()
        .start(MARTA, StartThread.question(scene.community.id(), title, "Dubte sobre " + title, Set.of(tag)));
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).thread();
  }

  private double relevance(MemberId member, DiscussionThread thread) {
    Explanation explanation = scene.platform.feed().explain(member, new ActivityId(thread.id().value()));
    return explanation.contributions().stream()
        .filter(c -> c.signal().equals(BuiltInSignal.RELEVANCE.signalName()))
        .mapToDouble(Explanation.Contribution::value)
        .sum();
  }
}
