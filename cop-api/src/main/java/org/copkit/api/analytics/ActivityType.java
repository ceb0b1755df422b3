package org.copkit.api.analytics;

import org.copkit.api.community.Audience;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.Validation;

/**
 * A type of contribution, fine enough for an {@link org.copkit.api.analytics.spi.ActivityClassifier}
 * to tell the CoP component it serves, coarse enough for storage to count contributions by type in
 * one aggregate query: the kind of thread, the post's role in it, and the thread's audience.
 *
 * @param threadKind discussion, question or announcement
 * @param role opening post, reply, or reply to a reply
 * @param audience every member, or the working group only
 */
public record ActivityType(ThreadKind threadKind, PostRole role, Audience audience) {

  /** Validates the fields. */
  public ActivityType {
    Validation.required("threadKind", threadKind);
    Validation.required("role", role);
    Validation.required("audience", audience);
  }
}
