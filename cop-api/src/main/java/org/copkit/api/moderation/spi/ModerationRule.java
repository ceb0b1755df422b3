package org.copkit.api.moderation.spi;

/**
 * Extension point: looks at a post before it is published and says publish, hold for review, or
 * reject. Rules are found with {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/org.copkit.api.moderation.spi.ModerationRule}) and can be registered on the
 * platform's builder. The strictest verdict of all rules wins (reject, then hold, then publish).
 * A rule that throws is reported in the log and skipped; it never blocks posting.
 *
 * <p>Implementations must be thread-safe and fast: they run on every post.
 */
public interface ModerationRule {

  /** @return a short name, shown to moderators with the verdict's reason */
  String name();

  /**
   * Reviews a post about to be published.
   *
   * @param draft the post and what is known of its author
   * @return the verdict
   */
  Verdict review(Draft draft);
}
