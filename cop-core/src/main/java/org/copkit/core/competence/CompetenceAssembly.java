package org.copkit.core.competence;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.competence.CompetenceCatalogue;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.spi.FrameworkProvider;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Wiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the competence use cases for {@code CopPlatform}. Wiring, not API. */
public final class CompetenceAssembly {

  private static final Logger LOG = LoggerFactory.getLogger(CompetenceAssembly.class);

  private final Frameworks frameworks;
  private final CompetenceCatalogue catalogue;
  private final CompetenceAssessment assessment;

  private CompetenceAssembly(Wiring wiring, Frameworks frameworks, CommunityGate communities) {
    this.frameworks = frameworks;
    this.catalogue = new CatalogueService(frameworks, communities);
    this.assessment = new AssessmentService(
        new AssessmentWork(wiring.storage(), communities, frameworks, wiring.events(), wiring.clock()));
  }

  /**
   * @param wiring the platform's ports and clock
   * @param registered the frameworks the host registered on the builder, in order
   * @param providers the framework providers, registered then discovered; one that throws is
   *     reported and skipped
   * @param communities the community rules (who is an active person)
   * @return the assembly
   */
  public static CompetenceAssembly create(
      Wiring wiring, List<CompetenceFramework> registered, List<FrameworkProvider> providers, CommunityGate communities) {
    List<CompetenceFramework> hosts = new ArrayList<>(registered);
    for (FrameworkProvider provider : providers) {
      try {
        List<CompetenceFramework> provided = provider.frameworks();
        if (provided == null || provided.stream().anyMatch(java.util.Objects::isNull)) {
          LOG.warn("Skipped competence framework provider {}: it gave no list or a null framework", provider.getClass().getName());
          continue;
        }
        hosts.addAll(provided);
      } catch (RuntimeException e) {
        LOG.warn("Skipped competence framework provider {}: {}", provider.getClass().getName(), e.toString());
      }
    }
    return new CompetenceAssembly(wiring, Frameworks.of(hosts), communities);
  }

  /** @return the frameworks, for the features that align to competences */
  public Frameworks frameworks() {
    return frameworks;
  }

  /** @return the reading use case */
  public CompetenceCatalogue catalogue() {
    return catalogue;
  }

  /** @return self-assessment, endorsement and validation of competence claims */
  public CompetenceAssessment assessment() {
    return assessment;
  }
}
