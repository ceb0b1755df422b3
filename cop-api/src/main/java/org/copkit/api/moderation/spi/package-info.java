/**
 * The moderation SPI: {@link org.copkit.api.moderation.spi.ModerationRule} looks at every post
 * before it is published and answers with a {@link org.copkit.api.moderation.spi.Verdict}.
 */
package org.copkit.api.moderation.spi;
