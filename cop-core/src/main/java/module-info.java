/**
 * CoPKit's core: {@link org.copkit.core.CopPlatform}, the one entry point that assembles every use
 * case, the built-in moderation rules ({@link org.copkit.core.BuiltInRules}), and the in-memory
 * adapter ({@code org.copkit.core.memory}). Only those two packages are exported: the feature
 * packages ({@code community}, {@code discussion}, {@code moderation}, {@code feed}, {@code
 * analytics}, {@code shared}) hold the domain logic and the wiring between features, whose few
 * public types Java forces public for that wiring alone.
 *
 * <p>Vendors' providers of the SPIs are found with {@link java.util.ServiceLoader} on the
 * module path ({@code provides ... with ...}) as on the class path ({@code META-INF/services}).
 */
module org.copkit.core {
  requires transitive org.copkit.api;
  requires org.slf4j;
  requires org.commonmark;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  // The OWASP sanitizer has no module name of its own: this is the name its jar file gives it.
  requires owasp.java.html.sanitizer;
  requires java.json.canonicalization;

  exports org.copkit.core;
  exports org.copkit.core.memory;
  // Privacy reads and rewrites the change log's decoded changes, records of these packages,
  // through their components (org.copkit.api.privacy.port.MemberRecords).
  opens org.copkit.core.feed to org.copkit.api;
  opens org.copkit.core.expertise to org.copkit.api;
  opens org.copkit.core.notification to org.copkit.api;

  uses org.copkit.api.moderation.spi.ModerationRule;
  uses org.copkit.api.feed.spi.RankingSignal;
  uses org.copkit.api.analytics.spi.ActivityClassifier;
  uses org.copkit.api.competence.spi.FrameworkProvider;
}
