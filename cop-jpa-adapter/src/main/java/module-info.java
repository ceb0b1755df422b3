/**
 * CoPKit storage on JPA 3.1. Exported: {@code org.copkit.jpa}, the entry points ({@link
 * org.copkit.jpa.JpaStorage}, {@link org.copkit.jpa.CopSchema}) and the transactional outbox the
 * host's relay reads ({@link org.copkit.jpa.JpaOutbox}, {@link org.copkit.jpa.OutboxMessage}). The
 * feature packages hold the package-private entities and the port implementations; they are opened
 * to the JPA provider for its reflection, never exported.
 *
 * <p>Flyway is optional ({@code requires static}): {@link org.copkit.jpa.CopSchema#migrate} needs
 * it at run time.
 */
module org.copkit.jpa {
  requires transitive org.copkit.api;
  requires transitive jakarta.persistence;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Flyway has no module name of its own: this is the name its jar file gives it.
  requires static flyway.core;

  exports org.copkit.jpa;

  opens org.copkit.jpa;
  opens org.copkit.jpa.analytics;
  opens org.copkit.jpa.community;
  opens org.copkit.jpa.competence;
  opens org.copkit.jpa.discussion;
  opens org.copkit.jpa.knowledge;
  opens org.copkit.jpa.learning;
  opens org.copkit.jpa.moderation;
  opens org.copkit.jpa.notification;
  opens org.copkit.jpa.portfolio;
  opens org.copkit.jpa.privacy;
  opens org.copkit.jpa.shared;
}
