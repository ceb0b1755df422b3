package org.copkit.core.feed;

import org.copkit.api.feed.spi.RankingSignal;

/** A provider registered in {@code META-INF/services} that cannot even be created. */
public final class UnloadableSignal implements RankingSignal {

  /** Fails, as a provider with a missing dependency would. */
  public UnloadableSignal() {
    throw new IllegalStateException("missing configuration");
  }

  @Override
  public String name() {
    return "unloadable";
  }
}
