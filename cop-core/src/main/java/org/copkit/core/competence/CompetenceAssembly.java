package org.copkit.core.competence;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.competence.CompetenceCatalogue;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.spi.FrameworkProvider;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.AddOns;
import org.copkit.core.shared.Wiring;

/** Assembles the competence use cases for {@code CopPlatform}. Wiring, not API. */
public final class CompetenceAssembly {

  /** The extension point's name in errors and in the log. */
  private static final String KIND = "competence-framework";

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
   * @param providers the framework providers, registered then discovered
   * @param communities the community rules (who is an active person)
   * @return the assembly; a provider that throws, or gives no list or a null framework, is skipped
   *     and reported
   */
  public static CompetenceAssembly create(
      Wiring wiring, List<CompetenceFramework> registered, List<FrameworkProvider> providers, CommunityGate communities) {
    return create(wiring, registered, providers, new AddOns(BrokenAddOns.SKIP), communities);
  }

  /**
   * @param wiring the platform's ports and clock
   * @param registered the frameworks the host registered on the builder, in order
   * @param providers the framework providers, registered then discovered
   * @param addOns what the host does with an add-on that cannot be used: a provider that throws, or
   *     gives no list or a null framework, is refused or reported and skipped, as it chose
   * @param communities the community rules (who is an active person)
   * @return the assembly
   * @throws org.copkit.api.shared.InvalidInputException naming the provider's class and the cause,
   *     when the host refuses broken add-ons
   */
  public static CompetenceAssembly create(Wiring wiring, List<CompetenceFramework> registered,
      List<FrameworkProvider> providers, AddOns addOns, CommunityGate communities) {
    List<CompetenceFramework> hosts = new ArrayList<>(registered);
    for (FrameworkProvider provider : providers) {
      String problem = provider.getClass().getName() + ": its frameworks() ";
      try {
        List<CompetenceFramework> provided = provider.frameworks();
        if (provided == null || provided.stream().anyMatch(java.util.Objects::isNull)) {
          addOns.refuse(KIND, problem + "gave no list or a null framework", null);
          continue;
        }
        hosts.addAll(provided);
      } catch (RuntimeException | LinkageError e) {
        addOns.refuse(KIND, problem + "failed: " + e, e);
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
