package org.copkit.api.portfolio;

import java.util.Set;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: a member adds a reflection or a reference to uploaded evidence to their portfolio.
 *
 * @param kind {@link EvidenceKind#REFLECTION} or {@link EvidenceKind#UPLOADED}
 * @param title its title, 1 to 200 characters
 * @param text the reflection, or a description of the upload: required for a reflection, at most
 *     {@value Evidence#MAX_TEXT} characters
 * @param link where the upload is: required for uploaded evidence, an absolute http(s) URL
 * @param competences at most 20 competences it shows, checked against the frameworks
 */
public record AddEvidence(EvidenceKind kind, String title, String text, String link, Set<CompetenceRef> competences) {

  /** Validates the fields. */
  public AddEvidence {
    Validation.required("kind", kind);
    if (!kind.own()) {
      throw new InvalidInputException("kind", "must be REFLECTION or UPLOADED: the rest is gathered from what the member did");
    }
    title = Validation.name("title", title, 200);
    text = kind == EvidenceKind.REFLECTION
        ? Validation.text("text", text, Evidence.MAX_TEXT)
        : Validation.optionalText("text", text, Evidence.MAX_TEXT);
    link = PortfolioLinks.optional("link", link);
    if (kind == EvidenceKind.UPLOADED && link.isEmpty()) {
      throw new InvalidInputException("link", "must be given for uploaded evidence");
    }
    competences = Set.copyOf(Validation.noNulls("competences", Validation.required("competences", competences)));
    if (competences.size() > 20) {
      throw new InvalidInputException("competences", "must hold at most 20 competences");
    }
  }
}
