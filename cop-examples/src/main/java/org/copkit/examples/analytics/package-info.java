/**
 * A community's participation report written for people: {@link
 * org.copkit.examples.analytics.ReportJson} as JSON for other tools, {@link
 * org.copkit.examples.analytics.ReportPage} as one self-contained HTML page with inline SVG charts.
 * The {@code analyze} command ({@link org.copkit.examples.Analyze}) writes both for a Stack Exchange
 * dump.
 */
package org.copkit.examples.analytics;
