package org.copkit.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.copkit.api.feed.Feed;
import org.copkit.api.search.Search;
import org.copkit.core.CopPlatform;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Micrometer meters, when the host has a registry; the {@code Feed} and {@code Search} beans are timed. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
class CopKitMetricsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CopKitMeters copKitMeters(MeterRegistry registry, CopKitMonitor monitor, ObjectProvider<OutboxRelayTask> relay) {
    return new CopKitMeters(registry, monitor, Optional.ofNullable(relay.getIfAvailable()));
  }

  @Bean
  @ConditionalOnMissingBean
  Feed copKitTimedFeed(CopPlatform platform, CopKitMeters meters) {
    return new TimedFeed(platform.feed(), meters);
  }

  @Bean
  @ConditionalOnMissingBean
  Search copKitTimedSearch(CopPlatform platform, CopKitMeters meters) {
    return new TimedSearch(platform.search(), meters);
  }
}
