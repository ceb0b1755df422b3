package org.copkit.api.community;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A person's request to join a CLOSED community.
 *
 * @param id its ID
 * @param community the community
 * @param requester who asks
 * @param message what they say, possibly empty
 * @param requestedAt when
 * @param status pending, or how it ended
 * @param version the optimistic-locking version
 */
public record JoinRequest(
    JoinRequestId id,
    CommunityId community,
    MemberId requester,
    String message,
    Instant requestedAt,
    RequestStatus status,
    long version) {

  /** The longest message accepted. */
  public static final int MAX_MESSAGE = 1000;

  /** Validates the fields. */
  public JoinRequest {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("requester", requester);
    message = Validation.optionalText("message", message, MAX_MESSAGE);
    Validation.required("requestedAt", requestedAt);
    Validation.required("status", status);
    Validation.notNegative("version", version);
  }

  /** @return whether it waits for a decision */
  public boolean isPending() {
    return status instanceof RequestStatus.Pending;
  }

  /**
   * @param next how it ended
   * @return a copy with that status
   */
  public JoinRequest withStatus(RequestStatus next) {
    return new JoinRequest(id, community, requester, message, requestedAt, next, version);
  }

  /**
   * Where a join request stands. Sealed: pending, approved, declined or withdrawn.
   */
  public sealed interface RequestStatus {

    /** @return who decided, when it was decided by someone */
    default Optional<MemberId> decidedBy() {
      return Optional.empty();
    }

    /** Waits for an e-moderator. */
    record Pending() implements RequestStatus {}

    /**
     * An e-moderator (or administrator) let the person in.
     *
     * @param by who approved
     * @param at when
     */
    record Approved(MemberId by, Instant at) implements RequestStatus {
      /** Validates the fields. */
      public Approved {
        Validation.required("by", by);
        Validation.required("at", at);
      }

      @Override
      public Optional<MemberId> decidedBy() {
        return Optional.of(by);
      }
    }

    /**
     * An e-moderator (or administrator) turned it down, saying why.
     *
     * @param by who declined
     * @param at when
     * @param reason why, shown to the requester
     */
    record Declined(MemberId by, Instant at, String reason) implements RequestStatus {
      /** Validates the fields. */
      public Declined {
        Validation.required("by", by);
        Validation.required("at", at);
        reason = Validation.text("reason", reason, 1000);
      }

      @Override
      public Optional<MemberId> decidedBy() {
        return Optional.of(by);
      }
    }

    /**
     * The requester took it back.
     *
     * @param at when
     */
    record Withdrawn(Instant at) implements RequestStatus {
      /** Validates the fields. */
      public Withdrawn {
        Validation.required("at", at);
      }
    }
  }
}
