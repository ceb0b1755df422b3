package org.copkit.core.memory;

import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/** What the audit trail holds about a member: entries where they acted or were acted upon. */
final class InMemoryAuditData implements PersonalData {

  private final InMemoryAuditTrail trail;

  InMemoryAuditData(InMemoryAuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public String capability() {
    return "audit";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    trail.naming(member).forEach(e -> out.record("audit-entry", MemberRecords.fields(e)));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    return trail.reassign(erasure.member(), erasure.pseudonym(), erasure::replacedIn);
  }
}
