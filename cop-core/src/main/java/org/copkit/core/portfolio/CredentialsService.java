package org.copkit.core.portfolio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.portfolio.Credential;
import org.copkit.api.portfolio.Credentials;
import org.copkit.api.shared.MemberId;

/**
 * {@link Credentials}: a member's own completions, attendances and validated competence levels as
 * signed OpenBadgeCredentials.
 */
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

  @Override
  public Credential forValidatedLevel(MemberId actor, ClaimId claimId) {
    return work.query(() -> {
      PortfolioWork.Validated validated = work.validated(actor, claimId);
      work.issuer();
      CompetenceClaim claim = validated.claim();
      ClaimEntry validation = validated.validation();
      CompetenceLevel level = new CompetenceLevel(claim.competence(), validation.level());
      Competence competence = work.competence(level);
      CompetenceFramework framework = work.framework(level);
      String name = competence.ref().code() + " " + competence.name() + ": proficiency level " + level.level() + " ("
          + work.levelName(level) + ")";
      String description = framework.name() + ", competence " + competence.ref().code() + " «" + competence.name()
          + "» at proficiency level " + level.level() + " of " + framework.levels().size() + ".";
      long endorsements = validated.history().stream().filter(e -> e.kind() == ClaimEntryKind.ENDORSED).count();
      String criteria = "Assessed by the member at level " + claim.level() + ", endorsed " + endorsements
          + (endorsements == 1 ? " time" : " times") + " by peers, and validated at level " + level.level()
          + " by an e-moderator or expert of the community «" + validated.community() + "».";
      List<PortfolioWork.EvidenceLink> evidence = new ArrayList<>();
      for (ClaimEntry entry : validated.history()) {
        if (entry.kind() != ClaimEntryKind.SELF_ASSESSED && !entry.evidence().isEmpty()) {
          evidence.add(new PortfolioWork.EvidenceLink(entry.evidence(),
              (entry.kind() == ClaimEntryKind.ENDORSED ? "Endorsement" : "Validation") + " at level " + entry.level(),
              entry.comment()));
        }
      }
      ObjectNode credential = work.credential("validation:" + claim.id() + ":" + validation.number(),
          work.validationIri(claim, level.level()), actor, name, description, criteria, "Competency", Set.of(level),
          validation.recordedAt(), evidence);
      return new Credential(credential.get("id").textValue(), work.write(credential));
    });
  }
}
