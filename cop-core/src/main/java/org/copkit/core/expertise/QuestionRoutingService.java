package org.copkit.core.expertise;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.QuestionRouting;
import org.copkit.api.expertise.RouteQuestion;
import org.copkit.api.expertise.Routing;
import org.copkit.api.expertise.RoutingCredit;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.notification.Notification;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.Attention;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link QuestionRouting}. Both rules that must hold across nodes are claims in the change log,
 * decided by the storage: {@code route:<question>:<member>} (one question once per member) and
 * {@code route-budget:<member>:<ISO week>:<k>} for {@code k} from 1 to the budget (a member's
 * routed questions per week). The node's index only says early what the claims would refuse. A
 * member routed to is notified at once on each of their channels that hears of things as they
 * happen, when their attention allows it (outside quiet hours, within their daily budget of
 * interruptions, which it spends once); the routing records those channels, and the digests of
 * the others tell them.
 */
final class QuestionRoutingService implements QuestionRouting {

  private final CopStorage storage;
  private final CommunityGate gate;
  private final EvidenceIndex index;
  private final ExpertFindingService ranking;
  private final Clock clock;
  private final int budgetPerWeek;
  private final UnitOfWork unitOfWork;
  private final Runnable catchUp;
  private final Attention attention;
  private final Notifications notifications;

  QuestionRoutingService(CopStorage storage, CommunityGate gate, EvidenceIndex index, ExpertFindingService ranking,
      Clock clock, int budgetPerWeek, Runnable catchUp, Attention attention, Notifications notifications) {
    this.attention = attention;
    this.notifications = notifications;
    this.storage = storage;
    this.gate = gate;
    this.index = index;
    this.ranking = ranking;
    this.clock = clock;
    this.budgetPerWeek = budgetPerWeek;
    this.unitOfWork = new UnitOfWork(storage.transactions());
    this.catchUp = catchUp;
  }

  @Override
  public Routing route(MemberId actorId, RouteQuestion command) {
    Validation.required("command", command);
    return unitOfWork.run(() -> {
      Actor actor = gate.actor(actorId);
      NotFoundException missing = new NotFoundException("thread", command.question().toString());
      DiscussionThread thread = storage.threads().find(command.question()).orElseThrow(() -> missing);
      Standing standing = gate.standingAt(actor, thread.community(), missing.kind(), missing.id());
      if (!standing.sees(thread.audience()) || thread.state() != org.copkit.api.discussion.PostState.PUBLISHED) {
        throw missing;
      }
      if (thread.kind() != ThreadKind.QUESTION) {
        throw new InvalidInputException("question", "must be a QUESTION thread, was " + thread.kind());
      }
      if (!thread.author().equals(actorId) && !standing.canModerate()) {
        throw new AccessDeniedException(actorId, "route question " + thread.id() + ": only its asker and the community's e-moderators do");
      }
      Instant now = clock.instant();
      QuestionDraft draft = new QuestionDraft(thread.community(), thread.title(), "", thread.tags(), thread.audience(),
          QuestionDraft.MAX_LIMIT);
      List<MemberId> routed = new ArrayList<>();
      List<Routing.PassedOver> passed = new ArrayList<>();
      List<Notification> told = new ArrayList<>();
      ChangeLog log = storage.changeLog();
      for (Suggestion suggestion : ranking.ranked(thread.author(), draft, now)) {
        if (routed.size() == command.experts() || suggestion.score() == 0) {
          break; // routed enough, or the rest have no evidence that they answer
        }
        MemberId expert = suggestion.member();
        Optional<Routing.Reason> refused = index.read(reader -> reader.routed(thread.id().value(), expert)
            ? Optional.of(Routing.Reason.ALREADY_ROUTED)
            : reader.away(expert, now) ? Optional.of(Routing.Reason.AWAY) : Optional.<Routing.Reason>empty());
        if (refused.isEmpty() && storage.mutes().inForce(thread.community(), expert, now).isPresent()) {
          refused = Optional.of(Routing.Reason.MUTED);
        }
        String routeKey = "route:" + thread.id() + ":" + expert.value();
        if (refused.isEmpty() && log.claimed(routeKey).isPresent()) {
          refused = Optional.of(Routing.Reason.ALREADY_ROUTED);
        }
        if (refused.isEmpty() && !spendBudget(log, expert, now)) {
          refused = Optional.of(Routing.Reason.BUDGET_SPENT);
        }
        java.util.Set<String> channels = refused.isEmpty() ? attention.interrupt(expert, now) : java.util.Set.of();
        boolean notify = !channels.isEmpty();
        if (refused.isEmpty() && !log.appendClaiming(ExpertiseChange.TOPIC, routeKey, new ExpertiseChange.Routed(
            thread.community().value(), thread.id().value(), actorId, expert, now, notify, channels).encode())) {
          // another node routed it to them since the claim was read, and this unit of work spent a
          // slot of their budget: run again, to find the claim before spending anything
          throw ConflictException.staleVersion("routing of " + thread.id() + " to " + expert, -1);
        }
        if (refused.isEmpty() && notify) {
          Notification question = new Notification(expert, Notification.Topic.ROUTED_QUESTION,
              "A question you may answer: «" + thread.title() + "»", "", "thread:" + thread.id(), now);
          channels.forEach(channel -> told.add(question.on(channel)));
        }
        if (refused.isPresent()) {
          passed.add(new Routing.PassedOver(expert, refused.get()));
        } else {
          routed.add(expert);
        }
      }
      told.forEach(notifications::send); // once every claim held: a unit of work run again tells nobody twice
      UnitOfWork.afterCommit(catchUp);
      return new Routing(thread.id(), routed, passed);
    });
  }

  /** Claims the first free slot of the member's budget for the week of {@code now}. */
  private boolean spendBudget(ChangeLog log, MemberId expert, Instant now) {
    ZonedDateTime at = now.atZone(ZoneOffset.UTC);
    String week = at.get(IsoFields.WEEK_BASED_YEAR) + "-W" + at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    for (int slot = 1; slot <= budgetPerWeek; slot++) {
      String key = "route-budget:" + expert.value() + ":" + week + ":" + slot;
      if (log.appendClaiming(ExpertiseChange.TOPIC, key, new ExpertiseChange.Spent(expert).encode())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void setAway(MemberId member, Optional<Instant> until) {
    Validation.required("until", until);
    unitOfWork.run(() -> {
      gate.actor(member);
      storage.changeLog().append(ExpertiseChange.TOPIC, new ExpertiseChange.Away(member, until).encode());
      UnitOfWork.afterCommit(catchUp);
      return null;
    });
  }

  @Override
  public List<RoutingCredit> credits(MemberId moderatorId, CommunityId community) {
    Validation.required("community", community);
    return unitOfWork.read(() -> {
      gate.moderating(gate.actor(moderatorId), community, "read the routing credits of community " + community);
      Map<MemberId, int[]> credits = index.read(reader -> reader.credits(community.value()));
      List<RoutingCredit> list = new ArrayList<>();
      credits.forEach((router, counts) -> list.add(new RoutingCredit(router, counts[0], counts[1])));
      list.sort(Comparator.comparingInt(RoutingCredit::answered).reversed()
          .thenComparing(Comparator.comparingInt(RoutingCredit::routed).reversed())
          .thenComparing(c -> c.router().value()));
      return List.copyOf(list);
    });
  }
}
