package org.copkit.core.portfolio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.portfolio.Credential;
import org.copkit.api.portfolio.Credentials;
import org.copkit.api.shared.MemberId;

/** {@link Credentials}: a member's own completions and attendances as signed OpenBadgeCredentials. */
final class CredentialsService implements Credentials {

  private final PortfolioWork work;

  CredentialsService(PortfolioWork work) {
    this.work = work;
  }

  @Override
  public Credential forCompletion(MemberId actor, LearningUnitId unitId) {
    return work.query(() -> {
      PortfolioWork.Completed completed = work.completed(actor, unitId);
      work.issuer();
      LearningUnit unit = completed.unit();
      ObjectNode credential = work.credential("completion", work.unitIri(unit.id()), actor, unit.title(), unit.summary(),
          "Completed the learning unit «" + unit.title() + "» (" + unit.format().name().toLowerCase(java.util.Locale.ROOT)
              + ", about " + unit.estimatedMinutes() + " minutes).",
          "CertificateOfCompletion", unit.competences(), completed.completion().completedAt());
      return new Credential(credential.get("id").textValue(), work.write(credential));
    });
  }

  @Override
  public Credential forAttendance(MemberId actor, CalendarEventId eventId) {
    return work.query(() -> {
      PortfolioWork.Attended attended = work.attended(actor, eventId);
      work.issuer();
      CalendarEvent event = attended.event();
      String description = event.description().isEmpty() ? event.title() : event.description();
      ObjectNode credential = work.credential("attendance", work.eventIri(event.id()), actor, event.title(), description,
          "Attended the " + event.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " «" + event.title()
              + "», as recorded by its organisers.",
          "ext:EventAttendance", event.competences(), event.endsAt());
      return new Credential(credential.get("id").textValue(), work.write(credential));
    });
  }
}
