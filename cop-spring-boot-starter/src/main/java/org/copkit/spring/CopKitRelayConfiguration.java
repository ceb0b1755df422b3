package org.copkit.spring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.copkit.jpa.JpaOutbox;
import org.copkit.jpa.JpaStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's outbox relay, when the storage is a JPA storage with its outbox. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(JpaStorage.class)
@ConditionalOnProperty(prefix = "copkit.outbox.relay", name = "enabled", havingValue = "true", matchIfMissing = true)
class CopKitRelayConfiguration {

  @Bean
  @ConditionalOnMissingBean
  OutboxDelivery copKitOutboxDelivery(ApplicationEventPublisher events) {
    return events::publishEvent;
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxRelayTask copKitOutboxRelay(JpaStorage storage, OutboxDelivery delivery, CopKitProperties properties) {
    CopKitProperties.Outbox.Relay settings = properties.getOutbox().getRelay();
    String name = settings.getName() != null ? settings.getName() : hostName();
    return new OutboxRelayTask(storage.outbox().relay(name).withLease(settings.getLease()), settings.getBatchSize(),
        delivery);
  }

  private static String hostName() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = "copkit";
    }
    if (name == null || name.isBlank()) {
      name = "copkit";
    }
    return name.length() > JpaOutbox.MAX_RELAY_NAME ? name.substring(0, JpaOutbox.MAX_RELAY_NAME) : name;
  }
}
