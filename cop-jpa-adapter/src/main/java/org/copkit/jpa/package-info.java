/**
 * CoPKit storage on JPA, the adapter's one exported package: {@link org.copkit.jpa.JpaStorage}
 * implements every storage port on package-private entities with optimistic locking, {@link
 * org.copkit.jpa.CopSchema} creates the tables with Flyway under its own history table, and {@link
 * org.copkit.jpa.JpaOutbox} hands domain events ({@link org.copkit.jpa.OutboxMessage}) to the
 * host's relay. The feature packages below are the adapter's insides, not exported. Compiles against jakarta.persistence-api 3.1 only; tested
 * with Hibernate 6.6 on H2, PostgreSQL and MariaDB.
 */
package org.copkit.jpa;
