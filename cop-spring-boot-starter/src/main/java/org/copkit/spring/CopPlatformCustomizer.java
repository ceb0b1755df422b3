package org.copkit.spring;

import org.copkit.core.CopPlatform;

/**
 * Adjusts the {@link CopPlatform.Builder} before the starter builds the platform: a clock,
 * moderation rules, ranking signals, feed settings, anything the builder takes. Declare as many as
 * needed as beans; they run in their {@code @Order}.
 */
@FunctionalInterface
public interface CopPlatformCustomizer {

  /**
   * @param builder the builder, with the directory, the storage and the {@code copkit.*} settings
   *     already set
   */
  void customize(CopPlatform.Builder builder);
}
