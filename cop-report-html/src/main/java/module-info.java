/**
 * A community's participation report as HTML: {@link org.copkit.report.html.ReportHtml}, its
 * figures, tables and inline SVG charts, every text escaped.
 */
module org.copkit.report.html {
  requires transitive org.copkit.api;

  exports org.copkit.report.html;
}
