package org.copkit.api.competence;

import java.util.List;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: reading the competence frameworks the platform knows, DigComp 2.2 and the
 * host's own. Any active person of the directory may read them; anyone else is refused.
 */
public interface CompetenceCatalogue {

  /**
   * @param actor who reads
   * @return every framework, DigComp 2.2 first, then the host's in the order given
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an active person
   */
  List<CompetenceFramework> frameworks(MemberId actor);

  /**
   * @param actor who reads
   * @param framework which framework and version
   * @return the framework
   * @throws org.copkit.api.shared.NotFoundException when the platform has no such framework
   */
  CompetenceFramework framework(MemberId actor, FrameworkRef framework);

  /**
   * @param actor who reads
   * @param competence which competence
   * @return the competence
   * @throws org.copkit.api.shared.NotFoundException when its framework or the code is unknown
   */
  Competence competence(MemberId actor, CompetenceRef competence);
}
