/**
 * The contract suites every storage adapter extends: one abstract JUnit 5 class per outbound port
 * of {@code org.copkit.api}, the concurrency suites that run the real use cases on an adapter, and
 * the fixtures they share. Open, so that JUnit may create the suites' nested classes.
 */
open module org.copkit.tck {
  requires transitive org.copkit.api;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports org.copkit.tck.addon;
  exports org.copkit.tck.analytics;
  exports org.copkit.tck.community;
  exports org.copkit.tck.competence;
  exports org.copkit.tck.discussion;
  exports org.copkit.tck.knowledge;
  exports org.copkit.tck.learning;
  exports org.copkit.tck.moderation;
  exports org.copkit.tck.notification;
  exports org.copkit.tck.portfolio;
  exports org.copkit.tck.privacy;
  exports org.copkit.tck.search;
  exports org.copkit.tck.shared;
  exports org.copkit.tck.storage;
}
