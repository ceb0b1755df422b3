package org.copkit.core.competence;

import java.util.List;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceCatalogue;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.FrameworkRef;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.CommunityGate;

/** {@link CompetenceCatalogue}: any active person reads the frameworks; nobody else. */
final class CatalogueService implements CompetenceCatalogue {

  private final Frameworks frameworks;
  private final CommunityGate communities;

  CatalogueService(Frameworks frameworks, CommunityGate communities) {
    this.frameworks = frameworks;
    this.communities = communities;
  }

  @Override
  public List<CompetenceFramework> frameworks(MemberId actor) {
    communities.actor(actor);
    return List.copyOf(frameworks.all());
  }

  @Override
  public CompetenceFramework framework(MemberId actor, FrameworkRef framework) {
    communities.actor(actor);
    Validation.required("framework", framework);
    return frameworks.find(framework).orElseThrow(() -> new NotFoundException("competence framework", framework.toString()));
  }

  @Override
  public Competence competence(MemberId actor, CompetenceRef competence) {
    communities.actor(actor);
    Validation.required("competence", competence);
    return frameworks.find(competence).orElseThrow(() -> new NotFoundException("competence", competence.toString()));
  }
}
