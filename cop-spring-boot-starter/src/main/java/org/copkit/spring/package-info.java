/**
 * CoPKit's Spring Boot starter: add {@code org.copkit:cop-spring-boot-starter}, declare a {@link
 * org.copkit.api.shared.Directory} bean, and the {@link org.copkit.spring.CopKitAutoConfiguration}
 * gives the {@link org.copkit.core.CopPlatform} and its use cases as beans, on the host's
 * DataSource with CoPKit's tables migrated, the outbox relayed to an {@link
 * org.copkit.spring.OutboxDelivery}, meters in the host's Micrometer registry and an actuator
 * health indicator. Settings: {@link org.copkit.spring.CopKitProperties} ({@code copkit.*});
 * anything else of the builder: {@link org.copkit.spring.CopPlatformCustomizer} beans.
 */
package org.copkit.spring;
