package org.copkit.core;

import java.util.List;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.spi.FrameworkProvider;

/**
 * A provider of competence frameworks listed in {@code failing-frameworks/META-INF/services} that
 * is created but fails to give its frameworks, as one whose files are missing would.
 */
public final class FailingFrameworks implements FrameworkProvider {

  @Override
  public List<CompetenceFramework> frameworks() {
    throw new IllegalStateException("the framework files are missing");
  }
}
