package org.copkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.feed.Interests;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bidirectional controls through the public API: names and titles refuse them, naming the field
 * and changing nothing; bodies keep their source and render without the explicit ones.
 */
class BidiControlsTest {

  private final ConversationScene scene = new ConversationScene(Visibility.OPEN);

  static List<String> controls() {
    return IntStream.concat(IntStream.of(0x200E, 0x200F, 0x061C),
            IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069)))
        .mapToObj(c -> String.valueOf((char) c)).toList();
  }

  @ParameterizedTest
  @MethodSource("controls")
  void namesAndTitlesRefuseThemAndNothingChanges(String control) {
    String spoofed = "Mediació " + control + "fdp.exe";
    int threads = threads().size();

    assertRefused("name", () -> scene.platform.lifecycle().create(JORDI,
        new CommunityDetails(spoofed, "Victim-offender mediation", "", Visibility.OPEN)));
    assertRefused("domain", () -> scene.platform.lifecycle().update(JORDI, new UpdateCommunity(scene.community.id(),
        scene.community.version(), new CommunityDetails("Mediació penal", spoofed, "", Visibility.OPEN))));
    assertRefused("title", () -> scene.platform.discussions().start(MARTA,
        StartThread.discussion(scene.community.id(), spoofed, "Cos")));
    assertRefused("tags", () -> scene.platform.discussions().start(MARTA,
        StartThread.question(scene.community.id(), "Títol", "Cos", Set.of("mediaci" + control + "ó"))));
    assertRefused("learningGoals", () -> new Interests(Set.of(), Set.of(control + "protocol")));
    assertRefused("displayName", () -> Person.active(MemberId.of("eva"), "Eva" + control, "Mediació"));

    assertThat(threads()).hasSize(threads);
    assertThat(scene.platform.communityQueries().community(JORDI, scene.community.id()).domain())
        .isEqualTo("Victim-offender mediation");
  }

  @ParameterizedTest
  @MethodSource("controls")
  void bodiesKeepTheirSourceAndRenderWithoutTheExplicitOnes(String control) {
    String body = "Obriu l'annex " + control + "fdp.exe";
    PostOutcome outcome = scene.platform.discussions().start(MARTA,
        StartThread.discussion(scene.community.id(), "Annex " + Integer.toHexString(control.charAt(0)), body));

    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    Post post = ((PostOutcome.Published) outcome).post();
    Post read = scene.platform.discussionQueries().thread(LAIA, post.thread(), PageRequest.first(10)).posts().items().get(0).post();
    assertThat(read.body()).isEqualTo(body);
    boolean explicit = control.charAt(0) >= 0x202A;
    assertThat(read.html().contains(control)).as("kept in the HTML").isEqualTo(!explicit);
    assertThat(read.html()).contains("fdp.exe");
  }

  private List<DiscussionThread> threads() {
    return scene.platform.discussionQueries()
        .threads(LAIA, new ThreadSearch(scene.community.id(), ThreadOrder.NEWEST, PageRequest.first(50))).items();
  }

  private static void assertRefused(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void everyControlIsTested() {
    assertThat(controls()).hasSize(12).doesNotHaveDuplicates();
  }
}
