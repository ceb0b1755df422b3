package org.copkit.api.community;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * An e-moderator's invitation to a person to join a community in a given tier. Works for every
 * visibility and is the only way into a SECRET community.
 *
 * @param id its ID
 * @param community the community
 * @param invitee who is invited
 * @param invitedBy who invited them
 * @param tier the tier they will join
 * @param message what the inviter says, possibly empty
 * @param invitedAt when
 * @param status pending, or how it ended
 * @param version the optimistic-locking version
 */
public record Invitation(
    InvitationId id,
    CommunityId community,
    MemberId invitee,
    MemberId invitedBy,
    Tier tier,
    String message,
    Instant invitedAt,
    InvitationStatus status,
    long version) {

  /** Validates the fields. */
  public Invitation {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("invitee", invitee);
    Validation.required("invitedBy", invitedBy);
    Validation.required("tier", tier);
    message = Validation.optionalText("message", message, JoinRequest.MAX_MESSAGE);
    Validation.required("invitedAt", invitedAt);
    Validation.required("status", status);
    Validation.notNegative("version", version);
  }

  /** @return whether it waits for the invitee */
  public boolean isPending() {
    return status instanceof InvitationStatus.Pending;
  }

  /**
   * @param next how it ended
   * @return a copy with that status
   */
  public Invitation withStatus(InvitationStatus next) {
    return new Invitation(id, community, invitee, invitedBy, tier, message, invitedAt, next, version);
  }

  /** Where an invitation stands. Sealed: pending, accepted, declined or revoked. */
  public sealed interface InvitationStatus {

    /** Waits for the invitee. */
    record Pending() implements InvitationStatus {}

    /**
     * The invitee joined.
     *
     * @param at when
     */
    record Accepted(Instant at) implements InvitationStatus {
      /** Validates the fields. */
      public Accepted {
        Validation.required("at", at);
      }
    }

    /**
     * The invitee said no.
     *
     * @param at when
     */
    record Declined(Instant at) implements InvitationStatus {
      /** Validates the fields. */
      public Declined {
        Validation.required("at", at);
      }
    }

    /**
     * An e-moderator took it back.
     *
     * @param by who revoked it
     * @param at when
     */
    record Revoked(MemberId by, Instant at) implements InvitationStatus {
      /** Validates the fields. */
      public Revoked {
        Validation.required("by", by);
        Validation.required("at", at);
      }
    }
  }
}
