package org.copkit.core.shared;

import java.time.Clock;
import org.copkit.api.notification.Notifications;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;

/**
 * What every feature is assembled from: the platform's storage, the host's directory of people,
 * where events and notifications go, and the clock. Each feature's assembly takes one {@code
 * Wiring}, then its own settings, then what it needs from the features assembled before it, in
 * the same order everywhere: {@code XxxAssembly.create(wiring, settings…, neighbours…)}.
 *
 * <p>Wiring for {@code CopPlatform}; hosts configure these on its builder.
 *
 * @param storage the storage adapter, every feature's ports
 * @param directory who people are, who is active, who is an administrator
 * @param events where domain events go
 * @param notifications where notifications for people go: features other than notification and
 *     expertise are given one that passes each recipient's attention settings
 * @param clock the platform's clock
 */
public record Wiring(
    CopStorage storage, Directory directory, EventPublisher events, Notifications notifications, Clock clock) {

  /** Checks that every part is given. */
  public Wiring {
    Validation.required("storage", storage);
    Validation.required("directory", directory);
    Validation.required("events", events);
    Validation.required("notifications", notifications);
    Validation.required("clock", clock);
  }
}
