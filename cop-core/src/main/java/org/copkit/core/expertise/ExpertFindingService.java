package org.copkit.core.expertise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.expertise.ExpertFinding;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.expertise.TacitExpert;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.expertise.EvidenceIndex.CommunityEvidence;
import org.copkit.core.expertise.EvidenceIndex.MemberEvidence;
import org.copkit.core.expertise.EvidenceScoring.Scored;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link ExpertFinding} on the node's {@link EvidenceIndex}. Who may be suggested is never cached:
 * memberships, tiers and the directory are read from storage on every request, for the members
 * the evidence ranks best.
 */
final class ExpertFindingService implements ExpertFinding {

  /** How many of the community's top answerers of a topic may be its tacit experts. */
  static final int TACIT_TOP = 3;

  private final CopStorage storage;
  private final CommunityGate gate;
  private final EvidenceIndex index;
  private final Clock clock;
  private final UnitOfWork unitOfWork;
  private final Runnable catchUp;

  ExpertFindingService(CopStorage storage, CommunityGate gate, EvidenceIndex index, Clock clock, Runnable catchUp) {
    this.storage = storage;
    this.gate = gate;
    this.index = index;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
    this.catchUp = catchUp;
  }

  @Override
  public List<Suggestion> suggest(MemberId askerId, QuestionDraft draft) {
    Validation.required("draft", draft);
    return unitOfWork.read(() -> {
      Actor actor = gate.actor(askerId);
      Standing standing = gate.standing(actor, draft.community());
      if (!standing.canWrite() || !standing.sees(draft.audience())) {
        throw new AccessDeniedException(askerId, "ask who can answer in community " + draft.community()
            + ": only its members who may write there for that audience do");
      }
      return ranked(askerId, draft, clock.instant());
    });
  }

  /**
   * The ranking, without asking whether the asker may ask: for use cases that have authorized
   * their actor. Runs inside the caller's unit of work.
   *
   * @param askerId who asks (never suggested)
   * @param draft the question
   * @param now when
   * @return the suggestions, best first
   */
  List<Suggestion> ranked(MemberId askerId, QuestionDraft draft, Instant now) {
      EvidenceScoring.Declared declared = new EvidenceScoring.Declared(withRole(draft.community(), Role.EXPERT),
          competences(draft.community()));
      int pool = draft.limit() * 2 + 20;
      while (true) {
        int wanted = pool;
        List<Suggestion> ranked = index.read(reader -> {
          CommunityEvidence community = Optional.ofNullable(reader.community(draft.community().value()))
              .orElseGet(CommunityEvidence::new);
          List<Scored> best = EvidenceScoring.best(community, draft.tags(), now, declared,
              member -> !member.equals(askerId) && !reader.hidden(member), wanted);
          List<Suggestion> explained = new ArrayList<>(best.size());
          for (Scored scored : best) {
            explained.add(EvidenceScoring.explain(scored, community, draft.tags(), now, declared));
          }
          return explained;
        });
        List<Suggestion> visible = new ArrayList<>(draft.limit());
        for (Suggestion suggestion : ranked) {
          if (mayBeSuggested(suggestion.member(), draft)) {
            visible.add(suggestion);
            if (visible.size() == draft.limit()) {
              return List.copyOf(visible);
            }
          }
        }
        if (ranked.size() < wanted) {
          return List.copyOf(visible);
        }
        pool = wanted * 4;
      }
  }

  /** @return whether the member is an active member whose tier sees the question's audience */
  private boolean mayBeSuggested(MemberId member, QuestionDraft draft) {
    if (gate.findActivePerson(member).isEmpty()) {
      return false;
    }
    Optional<Membership> membership = storage.memberships().find(draft.community(), member);
    return membership.isPresent() && (draft.audience() == org.copkit.api.community.Audience.COMMUNITY
        || membership.get().tier() == Tier.CORE);
  }

  private Set<MemberId> withRole(CommunityId community, Role role) {
    Set<MemberId> members = new HashSet<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Membership> found = storage.memberships().list(community, Optional.empty(), Optional.of(role), page);
      found.items().forEach(m -> members.add(m.member()));
      if (!found.hasNext()) {
        return members;
      }
      page = page.next();
    }
  }

  /** Per member, {validated competences, endorsements received} of their claims in the community. */
  private Map<MemberId, int[]> competences(CommunityId community) {
    Map<MemberId, int[]> found = new java.util.HashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<org.copkit.api.competence.CompetenceClaim> claims = storage.competenceClaims().inCommunity(community, page);
      for (org.copkit.api.competence.CompetenceClaim claim : claims.items()) {
        if (claim.validatedLevel() > 0 || claim.endorsements() > 0) {
          int[] mine = found.computeIfAbsent(claim.member(), key -> new int[2]);
          mine[0] += claim.validatedLevel() > 0 ? 1 : 0;
          mine[1] += claim.endorsements();
        }
      }
      if (!claims.hasNext()) {
        return found;
      }
      page = page.next();
    }
  }

  @Override
  public List<TacitExpert> tacitExperts(MemberId moderatorId, CommunityId community, int limit) {
    Validation.required("community", community);
    Validation.between("limit", limit, 1, QuestionDraft.MAX_LIMIT);
    return unitOfWork.read(() -> {
      gate.moderating(gate.actor(moderatorId), community, "list the tacit experts of community " + community);
      Set<MemberId> experts = withRole(community, Role.EXPERT);
      List<TacitExpert> candidates = index.read(reader -> {
        CommunityEvidence evidence = reader.community(community.value());
        if (evidence == null) {
          return List.<TacitExpert>of();
        }
        List<TacitExpert> found = new ArrayList<>();
        for (Map.Entry<String, Integer> topic : evidence.answersPerTag.entrySet()) {
          String tag = topic.getKey();
          List<Map.Entry<MemberId, MemberEvidence>> answerers = new ArrayList<>();
          for (Map.Entry<MemberId, MemberEvidence> member : evidence.members.entrySet()) {
            int[] mine = member.getValue().topics.get(tag);
            if (mine != null && mine[0] >= TacitExpert.MIN_ANSWERS && !experts.contains(member.getKey())
                && !reader.hidden(member.getKey())) {
              answerers.add(member);
            }
          }
          answerers.sort(Comparator.<Map.Entry<MemberId, MemberEvidence>>comparingInt(e -> -e.getValue().topics.get(tag)[0])
              .thenComparing(e -> e.getKey().value()));
          for (Map.Entry<MemberId, MemberEvidence> member : answerers.subList(0, Math.min(TACIT_TOP, answerers.size()))) {
            int[] mine = member.getValue().topics.get(tag);
            found.add(new TacitExpert(member.getKey(), tag, mine[0], mine[1],
                Math.min(1.0, mine[0] / (double) Math.max(1, topic.getValue()))));
          }
        }
        return found;
      });
      List<TacitExpert> visible = new ArrayList<>();
      candidates.stream()
          .sorted(Comparator.comparingInt(TacitExpert::answers).reversed().thenComparing(TacitExpert::topic)
              .thenComparing(t -> t.member().value()))
          .filter(t -> gate.findActivePerson(t.member()).isPresent()
              && storage.memberships().find(community, t.member()).isPresent())
          .limit(limit)
          .forEach(visible::add);
      return List.copyOf(visible);
    });
  }

  @Override
  public void hideFromSuggestions(MemberId member) {
    setHidden(member, true);
  }

  @Override
  public void showInSuggestions(MemberId member) {
    setHidden(member, false);
  }

  private void setHidden(MemberId member, boolean hidden) {
    unitOfWork.run(() -> {
      gate.actor(member);
      storage.changeLog().append(ExpertiseChange.TOPIC, new ExpertiseChange.Hidden(member, hidden).encode());
      UnitOfWork.afterCommit(catchUp);
      return null;
    });
  }

  @Override
  public boolean hiddenFromSuggestions(MemberId member) {
    return unitOfWork.read(() -> {
      gate.actor(member);
      return index.read(reader -> reader.hidden(member));
    });
  }
}
