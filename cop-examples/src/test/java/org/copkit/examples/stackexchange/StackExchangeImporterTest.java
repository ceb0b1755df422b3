package org.copkit.examples.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copkit.api.community.Community;
import org.copkit.api.community.Membership;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.examples.stackexchange.ImportSummary.Kind;
import org.copkit.examples.stackexchange.ImportSummary.Skip;
import org.copkit.examples.stackexchange.ImportSummary.Tally;
import org.junit.jupiter.api.Test;

/**
 * The importer on a hand-made dump ({@code src/test/resources/stackexchange/tiny}): four members and
 * the Community account; a question with three answers (one accepted, one by a deleted user), a
 * question by a deleted user, a question with a title too long, a tag wiki, an answer whose question
 * is gone; comments on questions and answers; votes with and without voters.
 */
class StackExchangeImporterTest {

  private static final Path TINY = Dumps.tiny();

  private static final MemberId ANA = MemberId.of("tiny/1");
  private static final MemberId BEN = MemberId.of("tiny/2");
  private static final MemberId CAI = MemberId.of("tiny/3");
  private static final MemberId DEE = MemberId.of("tiny/4");
  private static final MemberId COMMUNITY = MemberId.of("tiny/-1");

  private final ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create()).importFrom(TINY);

  @Test
  void everyRowIsCountedByKindAndReason() {
    ImportSummary summary = imported.summary();

    assertThat(summary.tally(Kind.USER)).isEqualTo(new Tally(5, 4, 0, 0, Map.of(Skip.SYSTEM_ACCOUNT, 1L)));
    assertThat(summary.tally(Kind.QUESTION)).isEqualTo(new Tally(3, 3, 1, 1, Map.of()));
    assertThat(summary.tally(Kind.ANSWER)).isEqualTo(new Tally(5, 4, 1, 0, Map.of(Skip.TARGET_NOT_IMPORTED, 1L)));
    assertThat(summary.tally(Kind.OTHER_POST))
        .isEqualTo(new Tally(1, 0, 0, 0, Map.of(Skip.NOT_A_QUESTION_OR_ANSWER, 1L)));
    assertThat(summary.tally(Kind.COMMENT))
        .isEqualTo(new Tally(5, 3, 0, 0, Map.of(Skip.NOT_BY_A_MEMBER, 1L, Skip.TARGET_NOT_IMPORTED, 1L)));
    assertThat(summary.tally(Kind.VOTE)).isEqualTo(new Tally(7, 1, 0, 0, Map.of(
        Skip.SHOWN_AS_ACCEPTED_ANSWER, 1L, Skip.NO_VOTER, 1L, Skip.NO_COUNTERPART, 2L,
        Skip.TARGET_NOT_IMPORTED, 1L, Skip.NOT_BY_A_MEMBER, 1L)));
    assertThat(summary.acceptedAnswers()).isEqualTo(1);
    assertThat(summary.refusals()).isEmpty();
    assertThat(summary.lines()).contains(
        "questions: 3 read, 3 imported (1 by the stand-in), 1 truncated, 0 skipped",
        "comments: 5 read, 3 imported, 2 skipped; 1 not by a member; 1 on a post not imported");
  }

  @Test
  void usersBecomeMembersOnTheDayTheirAccountWasMadeAndTheOldestFoundsTheCommunity() {
    List<Membership> members = imported.platform().communityQueries()
        .members(COMMUNITY, MemberSearch.all(imported.community(), PageRequest.first(10))).items();

    assertThat(members).extracting(Membership::member).containsExactlyInAnyOrder(ANA, BEN, CAI, DEE);
    Membership ana = membership(members, ANA);
    assertThat(ana.tier()).isEqualTo(Tier.CORE);
    assertThat(ana.roles()).contains(Role.E_MODERATOR);
    assertThat(membership(members, BEN).tier()).isEqualTo(Tier.PARTICIPANT);
    assertThat(membership(members, DEE).joinedAt()).isEqualTo(Instant.parse("2020-01-04T08:15:00Z"));

    Community community = imported.platform().communityQueries().community(COMMUNITY, imported.community());
    assertThat(community.name()).isEqualTo("tiny (Stack Exchange)");
    assertThat(community.createdBy()).isEqualTo(ANA);
    assertThat(community.createdAt()).isEqualTo(Instant.parse("2020-01-01T10:00:00Z"));
    assertThat(imported.firstActivity()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(imported.lastActivity()).isEqualTo(Instant.parse("2020-03-05T10:00:00Z"));
    assertThat(imported.administrator()).isEqualTo(COMMUNITY);
  }

  @Test
  void aQuestionKeepsItsDateItsTagsAndItsTextAsMarkdown() {
    DiscussionThread wheel = thread("How do I true a wheel?");

    assertThat(wheel.kind()).isEqualTo(ThreadKind.QUESTION);
    assertThat(wheel.author()).isEqualTo(BEN);
    assertThat(wheel.createdAt()).isEqualTo(Instant.parse("2020-02-01T12:00:00Z"));
    assertThat(wheel.tags()).containsExactlyInAnyOrder("wheels", "truing");
    assertThat(posts(wheel).get(0).body()).isEqualTo("""
        My rear wheel *wobbles*. I tried `spoke key` tips from [this guide](https://example.org/truing):

        - loosen
        - tighten""");
    assertThat(thread("E-bikes on topic?").tags()).containsExactlyInAnyOrder("discussion", "scope");
  }

  @Test
  void answersAreTopLevelRepliesInDateOrderAndTheAskerAcceptedTheAcceptedOne() {
    DiscussionThread wheel = thread("How do I true a wheel?");
    List<Post> posts = posts(wheel);
    Post accepted = post(posts, "Quarter turns, **never more**.");

    assertThat(posts).filteredOn(post -> post.inReplyTo().isEmpty()).extracting(Post::body).containsExactly(
        "My rear wheel *wobbles*. I tried `spoke key` tips from [this guide](https://example.org/truing):\n\n"
            + "- loosen\n- tighten",
        "Quarter turns, **never more**.",
        "Take it to a shop.",
        "Use a truing stand.");
    assertThat(accepted.author()).isEqualTo(ANA);
    assertThat(accepted.createdAt()).isEqualTo(Instant.parse("2020-02-03T09:00:00Z"));
    assertThat(wheel.acceptedAnswer()).contains(accepted.id());
  }

  @Test
  void commentsNestUnderTheQuestionOrTheAnswerTheyCommentOn() {
    List<Post> posts = posts(thread("How do I true a wheel?"));

    assertThat(post(posts, "Which rim brand?").inReplyTo()).contains(posts.get(0).id());
    assertThat(post(posts, "Which rim brand?").author()).isEqualTo(CAI);
    assertThat(post(posts, "I have no stand, sadly.").inReplyTo()).contains(post(posts, "Use a truing stand.").id());
    assertThat(post(posts, "Shops cost money.").inReplyTo()).contains(post(posts, "Take it to a shop.").id());
    assertThat(posts).extracting(Post::body).doesNotContain("Spam from a deleted account.");
  }

  @Test
  void questionsAndAnswersOfDeletedUsersArePostedByTheCommunityAccountWhichIsNoMember() {
    DiscussionThread ebikes = thread("E-bikes on topic?");

    assertThat(ebikes.author()).isEqualTo(COMMUNITY);
    assertThat(posts(ebikes)).extracting(Post::author).containsExactly(COMMUNITY, BEN);
    assertThat(post(posts(thread("How do I true a wheel?")), "Take it to a shop.").author()).isEqualTo(COMMUNITY);
    assertThat(imported.platform().communityQueries().memberships(COMMUNITY, COMMUNITY)).isEmpty();
  }

  @Test
  void anUpVoteWithItsVoterBecomesAHelpfulReaction() {
    PostView stand = view(thread("How do I true a wheel?"), "Use a truing stand.");

    assertThat(stand.reactions()).containsExactly(Map.entry(Reaction.HELPFUL, 1L));
    assertThat(view(thread("How do I true a wheel?"), "Quarter turns, **never more**.").reactions())
        .doesNotContainKey(Reaction.HELPFUL);
  }

  @Test
  void aTitleLongerThanTheApiAcceptsIsCutWithAnEllipsis() {
    DiscussionThread longTitle = threads().stream().filter(thread -> thread.title().startsWith("Why is this title"))
        .findFirst().orElseThrow();

    assertThat(longTitle.title()).hasSize(DiscussionThread.MAX_TITLE - 1).endsWith("…");
    assertThat(longTitle.tags()).containsExactly("meta");
  }

  @Test
  void progressIsReportedForEveryPhaseAndEndsWithTheTotals() {
    List<String> reports = new ArrayList<>();
    StackExchangeImporter.into(InMemoryStorage.create())
        .reportingTo((phase, done, total) -> reports.add(phase + " " + done + "/" + total.orElse(-1)))
        .importFrom(TINY);

    assertThat(reports).containsExactly("USERS 5/5", "READING 14/14", "POSTS 14/14", "VOTES 7/7");
  }

  @Test
  void theSameDumpImportsOnAnyStorage() {
    CopStorage storage = InMemoryStorage.create();
    ImportedCommunity again = StackExchangeImporter.into(storage).importFrom(TINY);

    assertThat(again.summary()).isEqualTo(imported.summary());
    assertThat(storage.communities().find(again.community())).isPresent();
  }

  @Test
  void aFolderWithoutPostsIsRefusedBeforeAnythingIsImported() {
    assertThatThrownBy(() -> StackExchangeImporter.into(InMemoryStorage.create()).importFrom(TINY.resolve("missing")))
        .isInstanceOf(DumpException.class)
        .hasMessageContaining("no dump folder");
    assertThatThrownBy(() -> StackExchangeImporter.into(InMemoryStorage.create()).importFrom(TINY.getParent()))
        .isInstanceOf(DumpException.class)
        .hasMessageContaining("has no Posts.xml");
  }

  private List<DiscussionThread> threads() {
    return imported.platform().discussionQueries().threads(COMMUNITY,
        new ThreadSearch(imported.community(), ThreadOrder.NEWEST, PageRequest.first(50))).items();
  }

  private DiscussionThread thread(String title) {
    return threads().stream().filter(thread -> thread.title().equals(title)).findFirst().orElseThrow();
  }

  private List<PostView> views(DiscussionThread thread) {
    return imported.platform().discussionQueries().thread(COMMUNITY, thread.id(), PageRequest.first(50)).posts().items();
  }

  private List<Post> posts(DiscussionThread thread) {
    return views(thread).stream().map(PostView::post).toList();
  }

  private PostView view(DiscussionThread thread, String body) {
    return views(thread).stream().filter(view -> view.post().body().equals(body)).findFirst().orElseThrow();
  }

  private static Post post(List<Post> posts, String body) {
    return posts.stream().filter(post -> post.body().equals(body)).findFirst().orElseThrow();
  }

  private static Membership membership(List<Membership> members, MemberId member) {
    return members.stream().filter(m -> m.member().equals(member)).findFirst().orElseThrow();
  }
}
