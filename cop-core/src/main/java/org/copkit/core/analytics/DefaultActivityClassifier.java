package org.copkit.core.analytics;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;

/**
 * The built-in classification, the last word when no vendor classifier answers. By the kind of
 * thread, whatever the post's role in it:
 *
 * <ul>
 *   <li>announcements bring news from outside: ANTENNA;
 *   <li>questions and their answers and comments: LEARNING, from the community's tacit experts;
 *   <li>discussions of the working group (CORE audience), its work in progress: PRODUCTION;
 *   <li>discussions of the whole community: KNOW_HOW, organising what members know.
 * </ul>
 */
final class DefaultActivityClassifier implements ActivityClassifier {

  static final String NAME = "built-in";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<CopComponent> classify(ActivityType type) {
    return Optional.of(
        switch (type.threadKind()) {
          case ANNOUNCEMENT -> CopComponent.ANTENNA;
          case QUESTION -> CopComponent.LEARNING;
          case DISCUSSION -> type.audience() == Audience.CORE ? CopComponent.PRODUCTION : CopComponent.KNOW_HOW;
        });
  }
}
