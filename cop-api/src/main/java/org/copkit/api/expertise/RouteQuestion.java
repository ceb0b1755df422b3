package org.copkit.api.expertise;

import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.Validation;

/**
 * Command: route a question.
 *
 * @param question the QUESTION thread
 * @param experts to how many members, from 1 to {@value #MAX_EXPERTS}
 */
public record RouteQuestion(ThreadId question, int experts) {

  /** The most members one question is routed to at once. */
  public static final int MAX_EXPERTS = 10;

  /** Validates the fields. */
  public RouteQuestion {
    Validation.required("question", question);
    Validation.between("experts", experts, 1, MAX_EXPERTS);
  }
}
