package org.copkit.api.competence.spi;

import java.util.List;
import org.copkit.api.competence.CompetenceFramework;

/**
 * Extension point: a provider of competence frameworks beyond DigComp 2.2, such as a department's
 * professional competences. Found with {@link java.util.ServiceLoader} (unless the host turns
 * discovery off) or registered on the platform's builder. A provider that throws, or a framework
 * whose reference is already taken, is reported and skipped; the others stay.
 */
public interface FrameworkProvider {

  /** @return the provider's frameworks; each version is a framework of its own */
  List<CompetenceFramework> frameworks();
}
