package org.copkit.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@link CopKitHealth} as Spring Boot 4's actuator sees it. */
final class Boot4HealthIndicator implements HealthIndicator {

  private final CopKitHealth health;

  Boot4HealthIndicator(CopKitHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    CopKitHealth.Check check = health.check();
    return (check.up() ? Health.up() : Health.down()).withDetails(check.details()).build();
  }
}
