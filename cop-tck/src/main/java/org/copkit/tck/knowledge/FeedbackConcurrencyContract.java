package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.FeedbackSummary;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeFeedback;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: feedback and reach hold under real concurrency, on two nodes of one storage with the
 * real use cases. One member rating the same revision from many threads at once keeps one rating
 * (the last to commit); many members marking an item helpful at once are all counted, and one member
 * marking it from many threads is counted once (exactly one call says the mark is new); reads counted
 * at once on both nodes are all kept, whichever node reads the figures.
 *
 * <p>Extend it and build two nodes' use cases on one fresh, empty storage in {@link
 * #nodes(Directory)}.
 */
@ExtendWith(ReadableFailures.class)
public abstract class FeedbackConcurrencyContract {

  /** How many threads act at once. */
  protected static final int THREADS = 8;

  /**
   * The use cases of one node.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param base writing items
   * @param feedback feedback and reach
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, KnowledgeBase base, KnowledgeFeedback feedback) {}

  /**
   * Builds two nodes on one fresh, empty storage (for a database, two platforms on two connection
   * pools of the same database; in memory, two platforms on the same storage).
   *
   * @param directory the people of the test
   * @return the two nodes' use cases
   */
  protected abstract List<UseCases> nodes(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId moderator = MemberId.of("eva");
  private final List<MemberId> members = new ArrayList<>();
  private List<UseCases> nodes;
  private KnowledgeItem pill;

  /** For subclasses. */
  protected FeedbackConcurrencyContract() {}

  @BeforeEach
  void buildPlatform() {
    people.put(moderator, Person.active(moderator, "Eva", "Mediació"));
    for (int i = 0; i < THREADS; i++) {
      MemberId id = MemberId.of("member-" + i);
      members.add(id);
      people.put(id, Person.active(id, "Member " + i, "Mediació"));
    }
    nodes = nodes(id -> Optional.ofNullable(people.get(id)));
    assertThat(nodes).hasSize(2);
    Community community = node(0).lifecycle().create(moderator,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    for (MemberId member : members) {
      node(0).joining().join(member, community.id(), "");
    }
    pill = node(0).base().create(moderator, new CreateItem(community.id(), KnowledgeKind.PILL, Audience.COMMUNITY,
        new KnowledgeContent("Primer contacte", "Escoltar **primer**", "", Set.of(), Set.of()), ""));
  }

  private UseCases node(int number) {
    return nodes.get(number % 2);
  }

  @Test
  void oneMemberRatingFromManyThreadsAtOnceKeepsOneRating() throws Exception {
    MemberId member = members.get(0);
    Race.run(THREADS, thread -> node(thread).feedback().rate(member, new RateItem(pill.id(), 1, 1 + thread % 5)));

    FeedbackSummary summary = node(1).feedback().summary(member, pill.id());
    assertThat(summary.latest().count()).as("one rating per member and revision").isEqualTo(1);
    assertThat(summary.myRating()).isPresent();
  }

  @Test
  void helpfulMarksGivenAtOnceAreEachCountedOnce() throws Exception {
    AtomicInteger newMarks = new AtomicInteger();
    Race.run(THREADS, thread -> {
      if (node(thread).feedback().markHelpful(members.get(0), pill.id())) {
        newMarks.incrementAndGet();
      }
    });
    Race.run(THREADS, thread -> node(thread).feedback().markHelpful(members.get(thread), pill.id()));

    assertThat(newMarks).as("exactly one call stored the member's mark").hasValue(1);
    assertThat(node(0).feedback().summary(moderator, pill.id()).helpful()).isEqualTo(THREADS);
  }

  @Test
  void readsAndCommentsOnTwoNodesAtOnceAreAllKept() throws Exception {
    int each = 5;
    Race.run(THREADS, thread -> {
      for (int i = 0; i < each; i++) {
        node(thread).feedback().read(members.get(thread), pill.id());
      }
      node(thread).feedback().comment(members.get(thread), CommentOnItem.on(pill.id(), "Comentari " + thread));
    });

    for (int node = 0; node < 2; node++) {
      FeedbackSummary summary = node(node).feedback().summary(moderator, pill.id());
      assertThat(summary.reach()).as("every node reads the database's figures").isEqualTo(new Reach(THREADS * each, 0));
      assertThat(summary.comments()).isEqualTo(THREADS);
    }
    assertThat(node(1).feedback().comments(moderator, pill.id(), PageRequest.first(THREADS)).items()).hasSize(THREADS);
  }
}
