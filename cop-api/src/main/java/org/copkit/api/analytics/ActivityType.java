package org.copkit.api.analytics;

import org.copkit.api.community.Audience;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.shared.Validation;

/**
 * A type of contribution: the kind of thread, the post's role in it, and the thread's audience.
 * An {@link org.copkit.api.analytics.spi.ActivityClassifier} is shown it, in a {@link
 * org.copkit.api.analytics.spi.ClassifiedItem}, to tell the CoP component a contribution serves.
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
