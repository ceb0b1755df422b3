package org.copkit.core.feed;

import java.util.Optional;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;

/**
 * Who may read a published activity: a member of its community, of the CORE tier when the
 * activity is for the CORE audience, as long as it is not retracted. Everyone else is told it does
 * not exist.
 */
final class ActivityAccess {

  private final ActivityIndex index;
  private final Memberships memberships;

  ActivityAccess(ActivityIndex index, Memberships memberships) {
    this.index = index;
    this.memberships = memberships;
  }

  /** @return the activity's ref; not found when it was never published */
  long locate(ActivityId activity) {
    return index.locate(activity).orElseThrow(() -> notFound(activity));
  }

  /** @return the actor's membership in the activity's community, if it lets them read it */
  Optional<Membership> readerMembership(MemberId actor, long ref) {
    if (index.isRetracted(ref)) {
      return Optional.empty();
    }
    int flags = index.columns(ref).flags[ActivityIndex.slot(ref)];
    return memberships
        .find(index.segment(ref).community, actor)
        .filter(m -> (flags & Block.CORE_ONLY) == 0 || m.tier() == Tier.CORE);
  }

  static NotFoundException notFound(ActivityId activity) {
    return new NotFoundException("activity", activity.toString());
  }
}
