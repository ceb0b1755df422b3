package org.copkit.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@link CopKitHealth} as Spring Boot 3's actuator sees it. */
final class Boot3HealthIndicator implements HealthIndicator {

  private final CopKitHealth health;

  Boot3HealthIndicator(CopKitHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    CopKitHealth.Check check = health.check();
    return (check.up() ? Health.up() : Health.down()).withDetails(check.details()).build();
  }
}
