package org.copkit.api.analytics.port;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/** What a count covers. Sealed: the whole platform, or one community. */
public sealed interface Scope {

  /** @return the whole platform */
  static Scope platform() {
    return new Platform();
  }

  /**
   * @param community a community
   * @return that community only
   */
  static Scope of(CommunityId community) {
    return new OfCommunity(community);
  }

  /**
   * Every community. Its unit is the person: a person with memberships in several communities is
   * one member, in the closest tier to the work among them (CORE, then PARTICIPANT, then OBSERVER).
   */
  record Platform() implements Scope {}

  /**
   * One community.
   *
   * @param community the community
   */
  record OfCommunity(CommunityId community) implements Scope {
    /** Validates the community. */
    public OfCommunity {
      Validation.required("community", community);
    }
  }
}
