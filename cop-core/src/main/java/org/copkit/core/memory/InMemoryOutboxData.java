package org.copkit.core.memory;

import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * The domain events the storage's event log keeps: they copy what the other capabilities hold, so
 * they are not exported again; erasure makes them name the pseudonym.
 */
final class InMemoryOutboxData implements PersonalData {

  private final InMemoryEventLog events;

  InMemoryOutboxData(InMemoryEventLog events) {
    this.events = events;
  }

  @Override
  public String capability() {
    return "outbox";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    // copies of records exported by their own capabilities
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    return events.reassign(erasure.member(), erasure.pseudonym());
  }
}
