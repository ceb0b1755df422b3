package org.copkit.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.Assessment;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.ProductionEvent;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.ReviewPolicy;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.SearchChanges;
import org.copkit.core.shared.UnitOfWork;

/** {@link Production}: the production cycle of outputs, from draft to assessment. */
final class ProductionService implements Production {

  private final ProductionWork work;

  ProductionService(ProductionWork work) {
    this.work = work;
  }

  @Override
  public Output startDraft(MemberId actorId, StartDraft command) {
    Validation.required("command", command);
    String html = work.renderer.render(command.content().body()).html();
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, command.community());
      if (!KnowledgeWork.writes(standing, KnowledgeKind.OUTPUT) || !standing.sees(Audience.CORE)) {
        throw new AccessDeniedException(actorId,
            "start an output in community " + command.community() + ": only its working group does");
      }
      work.communities.requireWritable(standing.community());
      KnowledgeItemId id = KnowledgeItemId.random();
      KnowledgeRevision first = new KnowledgeRevision(id, 1, command.content(), html, actorId, work.now(), command.note(), 0);
      KnowledgeItem item = new KnowledgeItem(id, command.community(), KnowledgeKind.OUTPUT, Audience.CORE, actorId,
          first.at(), first);
      work.storage.knowledgeItems().add(item);
      OutputCycle cycle = OutputCycle.started(id, command.community(), actorId, first.at());
      work.storage.outputCycles().add(cycle);
      work.audit(standing, AuditAction.OUTPUT_DRAFT_STARTED, Optional.empty(), id, "", command.note());
      work.publish(new ProductionEvent.DraftStarted(command.community(), id, Optional.of(actorId), first.at()));
      work.feed.draftStarted(item, cycle);
      new SearchChanges(work.storage.changeLog()).item(id); // the working group finds its draft
      return new Output(item, cycle);
    });
  }

  @Override
  public OutputCycle requestReview(MemberId actorId, RequestReview command) {
    Validation.required("command", command);
    return work.command(() -> {
      ProductionWork.Seen seen = leading(actorId, command.output(), "send output " + command.output() + " to review");
      work.communities.requireWritable(seen.standing().community());
      OutputCycle cycle = atVersion(seen, command.version());
      if (!(cycle.stage() instanceof OutputStage.Draft draft)) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " is not a draft: it is "
            + cycle.stage().kind()));
      }
      Set<MemberId> authors = work.authorsOf(cycle.output());
      for (MemberId reviewer : command.reviewers()) {
        work.communities.person("reviewers", reviewer);
        if (!work.communities.mayRead(reviewer, cycle.community(), Audience.CORE)) {
          throw new InvalidInputException("reviewers", "must name members of the working group: " + reviewer + " is not");
        }
        if (authors.contains(reviewer)) {
          throw new InvalidInputException("reviewers", "must not name a co-author of the output: " + reviewer + " wrote it");
        }
      }
      ReviewPolicy policy = policyOf(cycle);
      if (command.reviewers().size() < policy.approvalsNeeded()) {
        throw new InvalidInputException("reviewers",
            "must name at least " + policy.approvalsNeeded() + " reviewers, the approvals the community needs");
      }
      int round = draft.rounds() + 1;
      int revision = seen.item().revision();
      OutputStage.InReview review = new OutputStage.InReview(round, revision, command.reviewers(),
          policy.approvalsNeeded(), actorId, work.now());
      OutputCycle stored = work.storage.outputCycles().update(cycle.writtenBy(authors).moved(review));
      work.audit(seen.standing(), AuditAction.OUTPUT_REVIEW_REQUESTED, Optional.empty(), cycle.output(),
          "round " + round + " of revision " + revision + " by " + command.reviewers().stream().map(MemberId::value).sorted().toList(), "");
      work.publish(new ProductionEvent.ReviewRequested(cycle.community(), cycle.output(), round, revision,
          Optional.of(actorId), review.requestedAt()));
      return stored;
    });
  }

  @Override
  public OutputCycle review(MemberId actorId, ReviewOutput command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      ProductionWork.Seen seen = work.output(actor, command.output());
      OutputCycle cycle = seen.cycle();
      if (!(cycle.stage() instanceof OutputStage.InReview review)) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " is not in review: it is "
            + cycle.stage().kind()));
      }
      if (!review.reviewers().contains(actorId)) {
        throw new AccessDeniedException(actorId, "review output " + command.output() + ": only its named reviewers do");
      }
      work.communities.requireWritable(seen.standing().community());
      if (cycle.reviewsOf(review.round()).stream().anyMatch(r -> r.reviewer().equals(actorId))) {
        throw UnitOfWork.abort(ConflictException.duplicate("review of output " + command.output() + " by " + actorId
            + " in round " + review.round()));
      }
      if (command.revision() != review.revision()) {
        throw UnitOfWork.abort(ConflictException.staleVersion(
            "output " + command.output() + " (revision " + review.revision() + " is under review)", command.revision()));
      }
      Review given = new Review(actorId, review.round(), review.revision(), command.verdict(), command.comment(), work.now());
      OutputCycle next = cycle.reviewed(given);
      if (command.verdict() == Review.Verdict.REQUEST_CHANGES) {
        next = next.moved(new OutputStage.Draft(review.round()));
      }
      OutputCycle stored = work.storage.outputCycles().update(next);
      int approvals = next.reviewsOf(review.round()).stream().filter(r -> r.verdict() == Review.Verdict.APPROVE).toList().size();
      work.audit(seen.standing(), AuditAction.OUTPUT_REVIEWED, Optional.empty(), cycle.output(),
          command.verdict() + " revision " + review.revision() + " in round " + review.round(), command.comment());
      work.publish(new ProductionEvent.Reviewed(cycle.community(), cycle.output(), review.round(), command.verdict(),
          approvals, Optional.of(actorId), given.at()));
      return stored;
    });
  }

  @Override
  public OutputCycle publish(MemberId actorId, Publish command) {
    Validation.required("command", command);
    return work.command(() -> {
      ProductionWork.Seen seen = leading(actorId, command.output(), "publish output " + command.output());
      OutputCycle cycle = atVersion(seen, command.version());
      if (!(cycle.stage() instanceof OutputStage.InReview review)) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " is not in review: it is "
            + cycle.stage().kind()));
      }
      if (cycle.approvals() < review.approvalsNeeded()) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " has " + cycle.approvals()
            + " of the " + review.approvalsNeeded() + " approvals it needs"));
      }
      work.communities.requireWritable(seen.standing().community());
      OutputStage.Publication publication =
          new OutputStage.Publication(review.round(), review.revision(), actorId, work.now());
      Diffusion toCommunity =
          new Diffusion(new Diffusion.ToCommunity(cycle.community()), actorId, publication.at(), command.note());
      OutputCycle stored = work.storage.outputCycles().update(
          cycle.writtenBy(work.authorsOf(cycle.output())).moved(new OutputStage.Published(publication)).diffused(toCommunity));
      work.storage.knowledgeItems().changeAudience(cycle.output(), Audience.COMMUNITY);
      work.evidence.published(seen.item(), stored); // readable by the whole community now: evidence of its authors
      new SearchChanges(work.storage.changeLog()).item(cycle.output()); // now the whole community finds it
      work.audit(seen.standing(), AuditAction.OUTPUT_PUBLISHED, Optional.empty(), cycle.output(),
          "revision " + review.revision() + " to community " + cycle.community(), command.note());
      work.publish(new ProductionEvent.Published(cycle.community(), cycle.output(), review.revision(), Optional.of(actorId),
          publication.at()));
      work.publish(new ProductionEvent.Diffused(cycle.community(), cycle.output(), toCommunity.target(),
          Optional.of(actorId), publication.at()));
      work.feed.published(seen.item(), stored, publication.at());
      return stored;
    });
  }

  @Override
  public OutputCycle diffuse(MemberId actorId, Diffuse command) {
    Validation.required("command", command);
    return work.command(() -> {
      ProductionWork.Seen seen = leading(actorId, command.output(), "diffuse output " + command.output());
      work.communities.requireWritable(seen.standing().community());
      OutputCycle cycle = seen.cycle();
      if (!cycle.isPublished()) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " is not published: it is "
            + cycle.stage().kind()));
      }
      boolean secret = seen.standing().community().visibility() == Visibility.SECRET;
      List<Diffusion> diffusions = new ArrayList<>();
      OutputCycle next = cycle;
      for (Diffusion.Target target : command.targets()) {
        if (!(target instanceof Diffusion.Outside)) {
          if (secret) {
            throw UnitOfWork.abort(ConflictException.rule("the outputs of a SECRET community are diffused only to its"
                + " own members or outside the platform"));
          }
          if (cycle.diffusedTo(target)) {
            throw UnitOfWork.abort(ConflictException.duplicate("diffusion of output " + command.output() + " to " + describe(target)));
          }
        }
        if (target instanceof Diffusion.ToCommunity to) {
          Standing there = work.communities.standing(work.communities.actor(actorId), to.community());
          if (!there.canSee()) {
            throw new org.copkit.api.shared.NotFoundException("community", to.community().toString());
          }
          work.communities.requireWritable(there.community());
        }
        Diffusion diffusion = new Diffusion(target, actorId, work.now(), command.note());
        diffusions.add(diffusion);
        next = next.diffused(diffusion);
      }
      OutputCycle stored = work.storage.outputCycles().update(next);
      if (diffusions.stream().anyMatch(d -> !(d.target() instanceof Diffusion.Outside))) {
        new SearchChanges(work.storage.changeLog()).item(cycle.output()); // its new readers find it
      }
      for (Diffusion diffusion : diffusions) {
        work.audit(seen.standing(), AuditAction.OUTPUT_DIFFUSED, Optional.empty(), cycle.output(),
            "to " + describe(diffusion.target()), command.note());
        work.publish(new ProductionEvent.Diffused(cycle.community(), cycle.output(), diffusion.target(),
            Optional.of(actorId), diffusion.at()));
        if (diffusion.target() instanceof Diffusion.ToCommunity to) {
          work.feed.diffused(seen.item(), stored, to.community(), diffusion.at());
        }
      }
      return stored;
    });
  }

  @Override
  public OutputCycle assess(MemberId actorId, Assess command) {
    Validation.required("command", command);
    return work.command(() -> {
      ProductionWork.Seen seen = leading(actorId, command.output(), "assess output " + command.output());
      work.communities.requireWritable(seen.standing().community());
      OutputCycle cycle = atVersion(seen, command.version());
      if (!(cycle.stage() instanceof OutputStage.Published published)) {
        throw UnitOfWork.abort(ConflictException.rule("output " + command.output() + " is not published and unassessed:"
            + " it is " + cycle.stage().kind()));
      }
      Assessment assessment =
          new Assessment(command.achieved(), command.reach(), command.lessons(), actorId, work.now());
      OutputCycle stored = work.storage.outputCycles().update(
          cycle.moved(new OutputStage.Assessed(published.publication(), assessment)));
      org.copkit.api.knowledge.FeedbackSummary feedback =
          KnowledgeFeedbackService.summaryOf(work.storage, seen.item(), Optional.empty());
      work.audit(seen.standing(), AuditAction.OUTPUT_ASSESSED, Optional.empty(), cycle.output(), String.format(
          java.util.Locale.ROOT, "rated %.2f by %d members, %d helpful marks, %d comments, %d reads, %d downloads",
          feedback.allRevisions().average(), feedback.allRevisions().count(), feedback.helpful(), feedback.comments(),
          feedback.reach().reads(), feedback.reach().downloads()), "");
      work.publish(new ProductionEvent.Assessed(cycle.community(), cycle.output(), Optional.of(actorId), assessment.at()));
      return stored;
    });
  }

  @Override
  public ReviewPolicy configure(MemberId actorId, ConfigureReview command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.moderating(actor, command.community(), "configure the review of outputs");
      work.communities.requireWritable(standing.community());
      ReviewPolicy policy = new ReviewPolicy(command.community(), command.approvalsNeeded());
      work.storage.reviewPolicies().put(policy);
      work.communities.audit(standing, AuditAction.REVIEW_POLICY_CONFIGURED, Optional.empty(),
          "outputs need " + policy.approvalsNeeded() + " approvals", "");
      return policy;
    });
  }

  /** The output, read by an e-moderator of its community or an administrator (who may read its drafts). */
  private ProductionWork.Seen leading(MemberId actorId, KnowledgeItemId id, String action) {
    Actor actor = work.communities.actor(actorId);
    ProductionWork.Seen seen = work.output(actor, id);
    if (!seen.standing().canModerate() || !seen.standing().sees(Audience.CORE)) {
      throw new AccessDeniedException(actorId, action + ": only the e-moderators of its community do");
    }
    return seen;
  }

  private static OutputCycle atVersion(ProductionWork.Seen seen, long version) {
    if (seen.cycle().version() != version) {
      throw UnitOfWork.abort(ConflictException.staleVersion("output " + seen.cycle().output(), version));
    }
    return seen.cycle();
  }

  private ReviewPolicy policyOf(OutputCycle cycle) {
    return work.storage.reviewPolicies().find(cycle.community()).orElseGet(() -> ReviewPolicy.defaultFor(cycle.community()));
  }

  private static String describe(Diffusion.Target target) {
    if (target instanceof Diffusion.ToCommunity to) {
      return "community " + to.community();
    }
    if (target instanceof Diffusion.Outside outside) {
      return "outside the platform: " + outside.channel();
    }
    return "the whole platform";
  }
}
