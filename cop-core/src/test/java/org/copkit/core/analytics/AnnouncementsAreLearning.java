package org.copkit.core.analytics;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;

/**
 * A classifier listed in {@code META-INF/services}, after {@link ExplodingClassifier}: announcements
 * are LEARNING (the platform's announcements are course calls, say).
 */
public final class AnnouncementsAreLearning implements ActivityClassifier {

  @Override
  public String name() {
    return "announcements-are-learning";
  }

  @Override
  public Optional<CopComponent> classify(ActivityType type) {
    return type.threadKind() == ThreadKind.ANNOUNCEMENT ? Optional.of(CopComponent.LEARNING) : Optional.empty();
  }
}
