/**
 * The analytics SPI: {@link org.copkit.api.analytics.spi.ActivityClassifier} tells which of the four
 * CoP components a contribution serves, from the {@link org.copkit.api.analytics.spi.ClassifiedItem}
 * the platform shows it when the contribution is written (its type, community, thread title and
 * tags).
 */
package org.copkit.api.analytics.spi;
