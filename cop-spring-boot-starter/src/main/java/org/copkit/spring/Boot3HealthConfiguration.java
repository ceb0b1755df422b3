package org.copkit.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health indicator {@code copkit} on Spring Boot 3's actuator. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnProperty(prefix = "copkit.health", name = "enabled", havingValue = "true", matchIfMissing = true)
class Boot3HealthConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "copkitHealthIndicator")
  Boot3HealthIndicator copkitHealthIndicator(CopKitMonitor monitor, CopKitProperties properties) {
    return new Boot3HealthIndicator(new CopKitHealth(monitor, properties.getHealth()));
  }
}
