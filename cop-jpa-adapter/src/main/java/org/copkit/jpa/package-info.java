/**
 * CoPKit storage on JPA: {@link org.copkit.jpa.JpaStorage} implements every storage port on
 * package-private entities with optimistic locking, {@link org.copkit.jpa.CopSchema} creates the
 * tables with Flyway under its own history table, and {@link org.copkit.jpa.shared.JpaOutbox}
 * hands domain events to the host's relay. Compiles against jakarta.persistence-api 3.1 only; tested
 * with Hibernate 6.6 on H2, PostgreSQL and MariaDB.
 */
package org.copkit.jpa;
