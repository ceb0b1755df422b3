package org.copkit.core;

import java.util.List;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.spi.FrameworkProvider;

/** A provider of competence frameworks listed in {@code broken-add-ons/META-INF/services} that cannot be created. */
public final class UnloadableFrameworks implements FrameworkProvider {

  /** Fails, as a provider with a missing dependency would. */
  public UnloadableFrameworks() {
    throw new IllegalStateException("missing framework files");
  }

  @Override
  public List<CompetenceFramework> frameworks() {
    return List.of();
  }
}
