package org.copkit.core.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.copkit.api.shared.MemberId;

/**
 * Every member's {@link MemberProfile}. A change replaces the profile atomically ({@link
 * ConcurrentHashMap#compute}), so concurrent interactions of one member are never lost.
 */
final class MemberProfiles {

  private final Map<MemberId, MemberProfile> profiles = new ConcurrentHashMap<>();

  /** Forgets every profile, before they are derived afresh. */
  void clear() {
    profiles.clear();
  }

  MemberProfile of(MemberId member) {
    return profiles.getOrDefault(member, MemberProfile.EMPTY);
  }

  void update(MemberId member, UnaryOperator<MemberProfile> change) {
    profiles.compute(
        member, (id, current) -> change.apply(current == null ? MemberProfile.EMPTY : current));
  }

  /**
   * Moves the erased member's profile to their pseudonym.
   *
   * @param erased true for the member erased
   * @param pseudonym their pseudonym
   */
  void rename(java.util.function.Predicate<MemberId> erased, MemberId pseudonym) {
    for (MemberId member : java.util.List.copyOf(profiles.keySet())) {
      if (erased.test(member)) {
        MemberProfile profile = profiles.remove(member);
        if (profile != null) {
          profiles.put(pseudonym, profile);
        }
      }
    }
  }
}
