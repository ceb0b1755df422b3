package org.copkit.core.analytics;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.CopComponent;

/** A classifier listed in {@code META-INF/services} that fails on announcements' opening posts. */
public final class ExplodingClassifier implements ActivityClassifier {

  @Override
  public String name() {
    return "exploding";
  }

  @Override
  public Optional<CopComponent> classify(ActivityType type) {
    if (type.threadKind() == ThreadKind.ANNOUNCEMENT && type.role() == PostRole.OPENING) {
      throw new IllegalStateException("the vendor's taxonomy service is down");
    }
    return Optional.empty();
  }
}
