package org.copkit.core.expertise;

import org.copkit.api.expertise.ExpertFinding;
import org.copkit.api.expertise.QuestionRouting;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.CommunityGate;
import java.time.Instant;
import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.RoutedQuestions;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.Wiring;

/**
 * Assembles expertise for {@code CopPlatform}, in two steps: the evidence index first (the feed's
 * reader of the change log hands it the {@code expertise} topic, so it is rebuilt and kept current
 * with the feed), then the use case once the community rules and the catch-up exist. Wiring, not API.
 */
public final class ExpertiseAssembly {

  /** How many questions are routed to one member per week unless the host says otherwise. */
  public static final int DEFAULT_ROUTING_BUDGET = 3;
  /** The largest weekly routing budget. */
  public static final int MAX_ROUTING_BUDGET = 100;

  private final Wiring wiring;
  private final EvidenceIndex index = new EvidenceIndex();
  private volatile Runnable catchUp = () -> {};

  private ExpertiseAssembly(Wiring wiring) {
    this.wiring = wiring;
  }

  /**
   * @param wiring the platform's ports and clock
   * @return the first step
   */
  public static ExpertiseAssembly create(Wiring wiring) {
    return new ExpertiseAssembly(wiring);
  }

  /** @return how this feature's topic of the change log reads and writes its bodies, for privacy */
  public static org.copkit.core.shared.LoggedChanges loggedChanges() {
    return org.copkit.core.shared.LoggedChanges.of(ExpertiseChange.TOPIC, ExpertiseChange::decode, ExpertiseChange::encode, ExpertiseChange.class);
  }

  /** @return the reader of the change log's expertise topic, for the feed's catch-up to feed */
  public ChangeFollower follower() {
    return index;
  }

  /**
   * @param nodeCatchUp applies what the change log holds that this node has not applied yet
   */
  public void catchUpWith(Runnable nodeCatchUp) {
    this.catchUp = nodeCatchUp;
  }

  /** @return where discussions and the knowledge base record evidence */
  public EvidenceChanges changes() {
    return new EvidenceWriter(wiring.storage().changeLog(), () -> catchUp.run());
  }

  /**
   * @param communities the community rules
   * @return the use case
   */
  public ExpertFinding expertFinding(CommunityGate communities) {
    return finding(communities);
  }

  private ExpertFindingService finding(CommunityGate communities) {
    return new ExpertFindingService(wiring.storage(), communities, index, wiring.clock(), () -> catchUp.run());
  }

  /**
   * @param communities the community rules
   * @param budgetPerWeek the most questions routed to one member per ISO week
   * @return the routing use case
   */
  public QuestionRouting questionRouting(CommunityGate communities, int budgetPerWeek) {
    return questionRouting(communities, budgetPerWeek, Attention.always(wiring.notifications()));
  }

  /**
   * @param communities the community rules
   * @param budgetPerWeek the most questions routed to one member per ISO week
   * @param attention whether a member routed to may be notified at once
   * @return the routing use case
   */
  public QuestionRouting questionRouting(CommunityGate communities, int budgetPerWeek, Attention attention) {
    return new QuestionRoutingService(wiring.storage(), communities, index, finding(communities), wiring.clock(),
        Validation.between("routingBudgetPerWeek", budgetPerWeek, 1, MAX_ROUTING_BUDGET), () -> catchUp.run(),
        attention, wiring.notifications());
  }

  /** @return the questions routed to each member, and who is away, for their digests */
  public RoutedQuestions routedQuestions() {
    return new RoutedQuestions() {
      @Override
      public List<Routed> routedTo(MemberId member, Instant from, Instant to) {
        return index.read(reader -> reader.routedTo(member, from, to));
      }

      @Override
      public boolean away(MemberId member, Instant now) {
        return index.read(reader -> reader.away(member, now));
      }
    };
  }
}
