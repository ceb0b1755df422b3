/**
 * A community's participation report as HTML for people: {@link
 * org.copkit.report.html.ReportHtml#sections} gives its figures, tables and charts (inline SVG,
 * drawn without any library, no script and no inline style) for a host's own page.
 */
package org.copkit.report.html;
