package org.copkit.api.moderation.port;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Mute;
import org.copkit.api.shared.MemberId;

/** Outbound port: mutes. Contract: {@code org.copkit.tck.moderation.MutesContract}. */
public interface Mutes {

  /**
   * Stores a mute.
   *
   * @param mute the mute
   */
  void add(Mute mute);

  /**
   * @param community the community
   * @param member the member
   * @param now the time
   * @return the mute in force then that ends last, if any
   */
  Optional<Mute> inForce(CommunityId community, MemberId member, Instant now);
}
