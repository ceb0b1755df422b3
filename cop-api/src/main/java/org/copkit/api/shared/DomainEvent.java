package org.copkit.api.shared;

import java.time.Instant;

/**
 * Something that happened in the domain. Events leave CoPKit through the {@link EventPublisher}
 * after the change they describe has been made.
 */
public interface DomainEvent {

  /** @return when it happened, on the platform's clock */
  Instant occurredAt();

  /** @return who caused it, or empty when the platform's own policy did */
  java.util.Optional<MemberId> actor();
}
