package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.ProductionQueries;
import org.copkit.api.knowledge.Review;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
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
 * Contract: no reviewer's vote is ever lost. Eight reviewers approve the same output at the same
 * moment, round after round: every approval is kept, each in its own version of the cycle and its
 * own audit record, and the output can then be published (and reaches the community's feed). When
 * one reviewer asks for changes while the others approve, the change request is kept, the output is
 * back in its draft, and every approval is either kept (given before it) or refused as a conflict
 * (after it), never silently dropped. Runs the real use cases on the storage under test.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)}.
 */
@ExtendWith(ReadableFailures.class)
public abstract class ProductionConcurrencyContract {

  /** How many reviewers review at once. */
  protected static final int REVIEWERS = 8;
  /** How many outputs are reviewed one after the other, each by all the reviewers at once. */
  protected static final int ROUNDS = 3;

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param administration promoting members to the working group
   * @param communityQueries reading the audit trail
   * @param production the production cycle
   * @param productionQueries reading outputs
   * @param feed the members' feeds
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, MemberAdministration administration,
      CommunityQueries communityQueries, Production production, ProductionQueries productionQueries, Feed feed) {}

  /**
   * Builds the use cases on a fresh, empty storage.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId moderator = MemberId.of("eva");
  private final MemberId author = MemberId.of("núria");
  private final MemberId reader = MemberId.of("pau");
  private final List<MemberId> reviewers = new ArrayList<>();
  private UseCases platform;
  private Community community;

  @BeforeEach
  void buildPlatform() {
    for (MemberId id : List.of(moderator, author, reader)) {
      people.put(id, Person.active(id, id.value(), "Mediació"));
    }
    for (int i = 0; i < REVIEWERS; i++) {
      MemberId id = MemberId.of("reviewer-" + i);
      reviewers.add(id);
      people.put(id, Person.active(id, "Reviewer " + i, "Mediació"));
    }
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
    community = platform.lifecycle().create(moderator,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));
    platform.joining().join(reader, community.id(), "");
    for (MemberId member : concat(List.of(author), reviewers)) {
      platform.joining().join(member, community.id(), "");
      platform.administration().changeTier(moderator, new ChangeTier(community.id(), member, Tier.CORE, "working group"));
    }
    platform.production().configure(moderator, new Production.ConfigureReview(community.id(), REVIEWERS));
  }

  private Output inReview(String title) {
    Output draft = platform.production().startDraft(author, new Production.StartDraft(community.id(),
        new KnowledgeContent(title, "Protocol de **primera entrevista**", "", Set.of("protocol"), Set.of()), ""));
    platform.production().requestReview(moderator,
        new Production.RequestReview(draft.item().id(), draft.cycle().version(), Set.copyOf(reviewers)));
    return draft;
  }

  @Test
  void eightReviewersApprovingAtOnceAreAllCounted() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Output output = inReview("Protocol " + round);
      OutputCycle before = platform.productionQueries().output(moderator, output.item().id()).cycle();

      Race.run(REVIEWERS, thread -> platform.production().review(reviewers.get(thread),
          new Production.ReviewOutput(output.item().id(), 1, Review.Verdict.APPROVE, "D'acord, " + thread)));

      OutputCycle after = platform.productionQueries().output(moderator, output.item().id()).cycle();
      assertThat(after.reviews()).as("Production.review: every approval given at once is kept (output " + round + ")")
          .extracting(Review::reviewer).containsExactlyInAnyOrderElementsOf(reviewers);
      assertThat(after.approvals()).isEqualTo(REVIEWERS);
      assertThat(after.version()).as("one version of the cycle per approval").isEqualTo(before.version() + REVIEWERS);
      assertThat(after.stage()).isInstanceOf(OutputStage.InReview.class);
      OutputCycle published = platform.production().publish(moderator,
          new Production.Publish(output.item().id(), after.version(), ""));
      assertThat(published.stage()).isInstanceOf(OutputStage.Published.class);
      assertThat(platform.productionQueries().output(reader, output.item().id()).item().audience())
          .as("a published output is the whole community's").isEqualTo(org.copkit.api.community.Audience.COMMUNITY);
    }
    long audited = platform.communityQueries()
        .auditTrail(moderator, community.id(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
        .filter(entry -> entry.action() == AuditAction.OUTPUT_REVIEWED)
        .count();
    assertThat(audited).as("one OUTPUT_REVIEWED audit record per approval").isEqualTo((long) REVIEWERS * ROUNDS);
    assertThat(platform.feed().feed(reader, FeedQuery.first(50)).items())
        .as("each published output reaches the community's feed once").hasSize(ROUNDS);
  }

  @Test
  void aChangeRequestAmongApprovalsIsKeptAndNoApprovalIsDroppedSilently() throws Exception {
    Output output = inReview("Guia de derivació");
    AtomicInteger refused = new AtomicInteger();

    Race.run(REVIEWERS, thread -> {
      Review.Verdict verdict = thread == 0 ? Review.Verdict.REQUEST_CHANGES : Review.Verdict.APPROVE;
      try {
        platform.production().review(reviewers.get(thread),
            new Production.ReviewOutput(output.item().id(), 1, verdict, "Cal l'annex " + thread));
      } catch (ConflictException late) {
        assertThat(late.kind()).as("only an approval after the change request fails, as not in review")
            .isEqualTo(ConflictException.Kind.RULE);
        assertThat(thread).isNotZero();
        refused.incrementAndGet();
      }
    });

    OutputCycle after = platform.productionQueries().output(moderator, output.item().id()).cycle();
    assertThat(after.stage()).isEqualTo(new OutputStage.Draft(1));
    assertThat(after.reviews()).extracting(Review::verdict).last().isEqualTo(Review.Verdict.REQUEST_CHANGES);
    assertThat(after.reviews()).filteredOn(r -> r.verdict() == Review.Verdict.REQUEST_CHANGES).hasSize(1);
    assertThat(after.reviews().size() + refused.get()).as("every verdict is kept or refused").isEqualTo(REVIEWERS);
  }

  private static List<MemberId> concat(List<MemberId> first, List<MemberId> second) {
    List<MemberId> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
