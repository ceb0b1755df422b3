package org.copkit.core.knowledge;

import java.util.Map;
import java.util.Optional;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.FeedbackSummary;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.ItemCommentId;
import org.copkit.api.knowledge.KnowledgeEvent;
import org.copkit.api.knowledge.KnowledgeFeedback;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.Rating;
import org.copkit.api.knowledge.RatingSummary;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.shared.UnitOfWork;

/** {@link KnowledgeFeedback}: ratings, helpful marks, comments and reach of knowledge items. */
final class KnowledgeFeedbackService implements KnowledgeFeedback {

  private final KnowledgeWork work;

  KnowledgeFeedbackService(KnowledgeWork work) {
    this.work = work;
  }

  @Override
  public Rating rate(MemberId actorId, RateItem command) {
    Validation.required("command", command);
    return work.command(() -> {
      KnowledgeWork.Seen seen = giving(actorId, command.item(), "rate");
      if (seen.item().revision() != command.revision()) {
        throw UnitOfWork.abort(ConflictException.staleVersion(
            "knowledge item " + command.item() + " (its latest revision is " + seen.item().revision() + ")",
            command.revision()));
      }
      Rating rating = new Rating(command.item(), command.revision(), actorId, command.stars(), work.now());
      work.storage.itemFeedback().rate(rating);
      return rating;
    });
  }

  @Override
  public boolean markHelpful(MemberId actorId, KnowledgeItemId item) {
    return work.command(() -> {
      giving(actorId, item, "mark as helpful");
      return work.storage.itemFeedback().markHelpful(item, actorId, work.now());
    });
  }

  @Override
  public boolean unmarkHelpful(MemberId actorId, KnowledgeItemId item) {
    return work.command(() -> {
      KnowledgeWork.Seen seen = work.item(work.communities.actor(actorId), item);
      work.communities.requireWritable(seen.standing().community());
      return work.storage.itemFeedback().unmarkHelpful(item, actorId);
    });
  }

  @Override
  public ItemComment comment(MemberId actorId, CommentOnItem command) {
    Validation.required("command", command);
    String html = work.renderer.render(command.body()).html();
    return work.command(() -> {
      KnowledgeWork.Seen seen = giving(actorId, command.item(), "comment on");
      command.inReplyTo().ifPresent(answered -> work.storage.itemFeedback().comment(answered)
          .filter(found -> found.item().equals(command.item()))
          .orElseThrow(() -> new InvalidInputException("inReplyTo", "must be a comment of item " + command.item())));
      ItemComment comment = new ItemComment(ItemCommentId.random(), command.item(), seen.item().revision(),
          command.inReplyTo(), actorId, command.body(), html, work.now());
      work.storage.itemFeedback().addComment(comment);
      work.feed.commented(actorId, seen.item());
      work.changed(new KnowledgeEvent.CommentWritten(seen.item().community(), command.item(), comment.id(),
          Optional.of(actorId), comment.at()));
      return comment;
    });
  }

  @Override
  public Page<ItemComment> comments(MemberId readerId, KnowledgeItemId item, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      work.item(work.communities.actor(readerId), item);
      return work.storage.itemFeedback().comments(item, page);
    });
  }

  @Override
  public FeedbackSummary summary(MemberId readerId, KnowledgeItemId id) {
    return work.query(() -> {
      KnowledgeItem item = work.readable(work.communities.actor(readerId), id);
      return summaryOf(work.storage, item, Optional.of(readerId));
    });
  }

  @Override
  public KnowledgeItem read(MemberId readerId, KnowledgeItemId id) {
    return work.command(() -> {
      KnowledgeItem item = work.readable(work.communities.actor(readerId), id);
      work.storage.itemReach().count(item.id(), item.revision(), Reach.Kind.READ);
      return item;
    });
  }

  /**
   * @param storage the platform's storage
   * @param item an item
   * @param reader whose own rating and mark to include, if anyone's
   * @return what members said of the item and how far it reached
   */
  static FeedbackSummary summaryOf(CopStorage storage, KnowledgeItem item, Optional<MemberId> reader) {
    Map<Integer, RatingSummary> ratings = storage.itemFeedback().ratings(item.id());
    RatingSummary all = ratings.values().stream().reduce(RatingSummary.NONE, RatingSummary::plus);
    Map<Integer, Reach> reach = storage.itemReach().of(item.id());
    long comments = storage.itemFeedback().comments(item.id(), PageRequest.first(1)).total();
    return new FeedbackSummary(item.id(), item.revision(), ratings.getOrDefault(item.revision(), RatingSummary.NONE), all,
        storage.itemFeedback().helpful(item.id()), comments,
        reach.values().stream().reduce(Reach.NONE, Reach::plus), reach.getOrDefault(item.revision(), Reach.NONE),
        reader.flatMap(r -> storage.itemFeedback().rating(item.id(), item.revision(), r)).map(Rating::stars),
        reader.filter(r -> storage.itemFeedback().markedHelpful(item.id(), r)).isPresent());
  }

  /**
   * The item an actor gives feedback on: one they may read, in a community they write in (not
   * archived) and are not muted in, and, for an output, published.
   */
  private KnowledgeWork.Seen giving(MemberId actorId, KnowledgeItemId id, String action) {
    KnowledgeWork.Seen seen = work.item(work.communities.actor(actorId), id);
    if (!seen.standing().canWrite()) {
      throw new AccessDeniedException(actorId, action + " knowledge item " + id
          + ": only the members who write in its community do");
    }
    work.communities.requireWritable(seen.standing().community());
    work.storage.mutes().inForce(seen.item().community(), actorId, work.now()).ifPresent(mute -> {
      throw new AccessDeniedException(actorId, action + " knowledge item " + id + " while muted until " + mute.until());
    });
    if (seen.item().kind() == KnowledgeKind.OUTPUT) {
      boolean published = work.storage.outputCycles().find(id).filter(OutputCycle::isPublished).isPresent();
      if (!published) {
        throw UnitOfWork.abort(ConflictException.rule("output " + id + " is not published: its working group"
            + " reviews it in its production cycle"));
      }
    }
    return seen;
  }
}
