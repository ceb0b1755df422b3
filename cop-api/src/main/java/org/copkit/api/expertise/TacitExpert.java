package org.copkit.api.expertise;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member whose evidence says "expert" on a topic, without the EXPERT role.
 *
 * @param member who
 * @param topic the tag
 * @param answers their answers on questions with that tag
 * @param accepted how many of those were accepted
 * @param share their share of all the answers on that tag, from 0 to 1
 */
public record TacitExpert(MemberId member, String topic, int answers, int accepted, double share) {

  /** The fewest answers on a topic that make an expert of it. */
  public static final int MIN_ANSWERS = 3;

  /** Validates the fields. */
  public TacitExpert {
    Validation.required("member", member);
    Validation.required("topic", topic);
    Validation.notNegative("answers", answers);
    Validation.notNegative("accepted", accepted);
    if (!(share >= 0 && share <= 1)) {
      throw new InvalidInputException("share", "must be from 0 to 1, was " + share);
    }
  }
}
