/**
 * SPI for vendors' ranking signals: {@link org.copkit.api.feed.spi.RankingSignal}, found by
 * {@link java.util.ServiceLoader} or registered on the platform builder. A broken provider is
 * reported and skipped.
 */
package org.copkit.api.feed.spi;
