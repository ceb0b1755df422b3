package org.copkit.tck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.expertise.ExpertFinding;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An erasure reaches what every node derives from the change log: Laia asks, answers and reacts
 * in a community, and Jordi mentions her; two nodes share one storage. After node A erases her,
 * node B's feeds, search and expert suggestions name only her pseudonym once it has caught up, and
 * so do those of a node started afterwards from the storage.
 *
 * <p>Extend it and build, in {@link #node}, a platform on one storage, empty on the first call of
 * a test and shared by the later ones.
 */
@ExtendWith(ReadableFailures.class)
public abstract class ErasureAcrossNodesContract {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId MARTA = MemberId.of("marta");
  private static final MemberId NURIA = MemberId.of("nuria");
  private static final String TAG = "circles";

  /**
   * One node's use cases.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param discussions posting
   * @param moderation setting the community's policy
   * @param feed members' feeds
   * @param search search
   * @param experts expert suggestions
   * @param privacy erasure
   * @param catchUp applies at once what the change log holds that the node has not applied
   */
  public record Node(CommunityLifecycle lifecycle, Joining joining, Discussions discussions, Moderation moderation,
      Feed feed, Search search, ExpertFinding experts, Privacy privacy, Runnable catchUp) {}

  /** For subclasses. */
  protected ErasureAcrossNodesContract() {}

  /**
   * @param directory who the people are
   * @return a node on the test's storage: empty on the first call of a test, the same storage later
   */
  protected abstract Node node(Directory directory);

  private static Directory directory() {
    Map<MemberId, Person> people = Stream.of(
            Person.active(JORDI, "Jordi Casals", "Mediació"),
            Person.active(LAIA, "Laia Pons", "Víctimes"),
            Person.active(MARTA, "Marta Roca", "Mediació"),
            new Person(NURIA, "Núria Ferrer", "CEJFE", true, true))
        .collect(Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(people.get(id));
  }

  private static Post published(PostOutcome outcome) {
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).post();
  }

  private static List<MemberId> authorsInFeed(Node node, MemberId reader) {
    return node.feed().feed(reader, FeedQuery.first(50)).items().stream().map(FeedItem::author).toList();
  }

  private static List<MemberId> authorsFound(Node node, MemberId reader, String words) {
    return node.search().search(reader, SearchQuery.of(words)).hits().items().stream().map(SearchHit::author).toList();
  }

  private static List<MemberId> suggested(Node node, CommunityId community) {
    return node.experts().suggest(MARTA, QuestionDraft.of(community, "Circles in schools", "", Set.of(TAG))).stream()
        .map(Suggestion::member).toList();
  }

  @Test
  void everyNodeNamesOnlyThePseudonymAndSoDoesANodeStartedLater() {
    Directory directory = directory();
    Node a = node(directory);
    CommunityId community = a.lifecycle().create(JORDI,
        new CommunityDetails("Mediation", "Restorative practice", "", Visibility.OPEN)).id();
    a.moderation().configure(JORDI, community, new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100));
    a.joining().join(LAIA, community, "hello");
    a.joining().join(MARTA, community, "hello");
    Post laiasQuestion = published(a.discussions().start(LAIA,
        StartThread.question(community, "Restorative circles", "How do you prepare a restorative circle?", Set.of(TAG))));
    Post jordisQuestion = published(a.discussions().start(JORDI,
        StartThread.question(community, "Circles with teenagers", "Who has run restorative circles with teenagers?",
            Set.of(TAG))));
    published(a.discussions().reply(LAIA, Reply.to(jordisQuestion.thread(), "We run restorative circles weekly")));
    published(a.discussions().reply(JORDI, Reply.to(laiasQuestion.thread(), "Thanks @laia, restorative indeed")));
    a.discussions().react(LAIA, jordisQuestion.id(), Reaction.LIKE);
    Node b = node(directory);
    b.catchUp().run();
    assertThat(authorsInFeed(b, MARTA)).as("B's feed before").contains(LAIA);
    assertThat(authorsFound(b, MARTA, "restorative")).as("B's search before").contains(LAIA);
    assertThat(authorsFound(b, MARTA, "laia")).as("the mention before").isNotEmpty();
    assertThat(suggested(b, community)).as("B's suggestions before").contains(LAIA);

    Erasure erasure = a.privacy().erase(LAIA, LAIA);
    b.catchUp().run();

    MemberId pseudonym = erasure.pseudonym();
    for (Node node : List.of(a, b, node(directory))) {
      node.catchUp().run();
      assertThat(authorsInFeed(node, MARTA)).doesNotContain(LAIA).contains(pseudonym, JORDI);
      assertThat(authorsFound(node, MARTA, "restorative")).doesNotContain(LAIA).contains(pseudonym, JORDI);
      assertThat(authorsFound(node, MARTA, "laia")).as("the mention").isEmpty();
      assertThat(suggested(node, community)).doesNotContain(LAIA);
    }
  }
}
