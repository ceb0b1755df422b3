package org.copkit.core.analytics;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.feed.CopComponent;

/** A classifier listed in {@code META-INF/services} that cannot even be created. */
public final class UnloadableClassifier implements ActivityClassifier {

  /** Fails, as a provider with a missing dependency would. */
  public UnloadableClassifier() {
    throw new IllegalStateException("missing configuration");
  }

  @Override
  public String name() {
    return "unloadable";
  }

  @Override
  public Optional<CopComponent> classify(ActivityType type) {
    return Optional.of(CopComponent.ANTENNA);
  }
}
