/**
 * The analytics SPI: {@link org.copkit.api.analytics.spi.ActivityClassifier} tells which of the four
 * CoP components a type of activity serves.
 */
package org.copkit.api.analytics.spi;
