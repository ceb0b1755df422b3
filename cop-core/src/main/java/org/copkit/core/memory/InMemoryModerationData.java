package org.copkit.core.memory;

import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/** What moderation holds about a member: flags they raised, mutes, decisions they took. */
final class InMemoryModerationData implements PersonalData {

  private final InMemoryFlags flags;
  private final InMemoryMutes mutes;
  private final InMemoryReviewItems reviewItems;

  InMemoryModerationData(InMemoryFlags flags, InMemoryMutes mutes, InMemoryReviewItems reviewItems) {
    this.flags = flags;
    this.mutes = mutes;
    this.reviewItems = reviewItems;
  }

  @Override
  public String capability() {
    return "moderation";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    flags.all().filter(f -> f.flagger().equals(member)).forEach(f -> out.record("flag", MemberRecords.fields(f)));
    mutes.naming(member).forEach(m -> out.record("mute", MemberRecords.fields(m)));
    reviewItems.all().filter(r -> MemberRecords.names(r.status(), member))
        .forEach(r -> out.record("review-item", MemberRecords.fields(r)));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    long changed = 0;
    for (Flag flag : flags.all().filter(f -> MemberRecords.names(f, member)).toList()) {
      flags.update(MemberRecords.replaced(flag, member, erasure.pseudonym()));
      changed++;
    }
    for (ReviewItem item : reviewItems.all().filter(r -> MemberRecords.names(r, member)).toList()) {
      reviewItems.update(MemberRecords.replaced(item, member, erasure.pseudonym()));
      changed++;
    }
    return changed + mutes.reassign(member, erasure.pseudonym());
  }
}
