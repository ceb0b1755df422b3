package org.copkit.core.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.portfolio.LearningStatements;
import org.copkit.api.portfolio.Statement;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;

/** {@link LearningStatements}: a member's own completions and attendances as xAPI statements. */
final class StatementsService implements LearningStatements {

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

  private Statement statement(com.fasterxml.jackson.databind.node.ObjectNode node) {
    return new Statement(UUID.fromString(node.get("id").textValue()), work.write(node));
  }
}
