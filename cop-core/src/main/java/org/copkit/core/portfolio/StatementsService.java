package org.copkit.core.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.portfolio.LearningStatements;
import org.copkit.api.portfolio.Statement;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;

/**
 * {@link LearningStatements}: a member's own completions, attendances, replies and shared knowledge
 * items as xAPI statements.
 */
final class StatementsService implements LearningStatements {

  private static final String ADL_QUESTION = "http://adlnet.gov/expapi/activities/question";
  private static final String DISCUSSION = "http://id.tincanapi.com/activitytype/discussion";
  private static final String DOCUMENT = "http://id.tincanapi.com/activitytype/document";

  private final PortfolioWork work;

  StatementsService(PortfolioWork work) {
    this.work = work;
  }

  @Override
  public List<Statement> completions(MemberId actorId, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      Actor actor = work.actor(actorId);
      work.issuer();
      List<Statement> statements = new ArrayList<>();
      for (Completion completion : work.completionsOf(actorId, page).items()) {
        work.completed(actor, completion).ifPresent(done -> statements.add(statement(work.statement("completed",
            work.unitIri(done.unit().id()), "lesson", done.unit().title(), actorId, completion.completedAt(),
            done.unit().community()))));
      }
      return statements;
    });
  }

  @Override
  public Statement attendance(MemberId actorId, CalendarEventId eventId) {
    return work.query(() -> {
      CalendarEvent event = work.attended(actorId, eventId).event();
      work.issuer();
      return statement(work.statement("attended", work.eventIri(event.id()), "meeting", event.title(), actorId,
          event.endsAt(), event.community()));
    });
  }

  @Override
  public Statement reply(MemberId actorId, PostId postId) {
    return work.query(() -> {
      PortfolioWork.Replied replied = work.replied(actorId, postId);
      work.issuer();
      DiscussionThread thread = replied.thread();
      boolean question = thread.kind() == ThreadKind.QUESTION;
      return statement(work.statement(question ? "answered" : "commented", work.threadIri(thread.id()) + "/posts/" + postId,
          work.threadIri(thread.id()), question ? ADL_QUESTION : DISCUSSION, thread.title(), actorId,
          replied.post().createdAt(), thread.community()));
    });
  }

  @Override
  public Statement sharing(MemberId actorId, KnowledgeItemId itemId) {
    return work.query(() -> {
      KnowledgeItem item = work.created(actorId, itemId);
      work.issuer();
      String iri = work.itemIri(item.id());
      return statement(work.statement("shared", iri, iri, DOCUMENT, item.current().content().title(), actorId,
          item.createdAt(), item.community()));
    });
  }

  private Statement statement(com.fasterxml.jackson.databind.node.ObjectNode node) {
    return new Statement(UUID.fromString(node.get("id").textValue()), work.write(node));
  }
}
