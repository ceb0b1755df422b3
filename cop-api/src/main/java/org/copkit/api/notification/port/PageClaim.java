package org.copkit.api.notification.port;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * One node's claim on one page of the members a sending of digests goes through, so that nodes
 * sending at the same time share the work instead of each reading every member: the first claim of
 * a page in a slot holds, and the other nodes go on to the next page. A page names no member (it is
 * the members' position in the order of their IDs), so a claim holds nothing personal.
 *
 * @param slot the minute the sending started in, as {@code 2026-11-03T08:00:00Z}: printable ASCII of
 *     at most {@value #MAX_SLOT_LENGTH} characters, in an order that sorts as time does
 * @param page which page of the members, from 0
 * @param node the node that claims it: printable ASCII of at most {@value #MAX_NODE_LENGTH} characters
 * @param claimedAt when
 */
public record PageClaim(String slot, int page, String node, Instant claimedAt) {

  /** The longest slot. */
  public static final int MAX_SLOT_LENGTH = 32;
  /** The longest node name. */
  public static final int MAX_NODE_LENGTH = 64;

  /** Validates the fields. */
  public PageClaim {
    printable("slot", slot, MAX_SLOT_LENGTH);
    Validation.between("page", page, 0, Integer.MAX_VALUE);
    printable("node", node, MAX_NODE_LENGTH);
    Validation.required("claimedAt", claimedAt);
  }

  private static void printable(String field, String value, int max) {
    Validation.required(field, value);
    if (value.isEmpty() || value.length() > max || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException(field, "must be 1 to " + max + " printable ASCII characters");
    }
  }
}
