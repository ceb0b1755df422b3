package org.copkit.core.analytics;

import java.util.Optional;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CopComponent;

/**
 * The built-in classification, the last word when no vendor classifier answers. By the kind of
 * thread and, in questions, by the post's role:
 *
 * <ul>
 *   <li>announcements bring news from outside: ANTENNA;
 *   <li>a question, and the comments under its answers: LEARNING, a member finding out what the
 *       community knows;
 *   <li>an answer to a question (a top-level reply): KNOW_HOW, the tacit experts putting what they
 *       know into words;
 *   <li>discussions of the working group (CORE audience), its work in progress: PRODUCTION;
 *   <li>discussions of the whole community: KNOW_HOW, organising what members know.
 * </ul>
 *
 * <p>So a question-and-answer community shows the balance between asking and answering, not one
 * component for everything. The JPA storage's migration V17 gives the posts written before
 * components were stored the same classification, in SQL: the two must agree.
 */
final class DefaultActivityClassifier implements ActivityClassifier {

  static final String NAME = "built-in";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<CopComponent> classify(ClassifiedItem item) {
    return Optional.of(component(item.type()));
  }

  static CopComponent component(ActivityType type) {
    return switch (type.threadKind()) {
      case ANNOUNCEMENT -> CopComponent.ANTENNA;
      case QUESTION -> type.role() == PostRole.REPLY ? CopComponent.KNOW_HOW : CopComponent.LEARNING;
      case DISCUSSION -> type.audience() == Audience.CORE ? CopComponent.PRODUCTION : CopComponent.KNOW_HOW;
    };
  }
}
