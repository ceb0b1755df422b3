-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- Shared tables: the audit trail and the transactional outbox.

CREATE TABLE cop_audit_entry (
  seq              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at      DATETIME(6) NOT NULL,
  actor            VARCHAR(128),
  as_administrator BOOLEAN NOT NULL,
  scope            VARCHAR(64) NOT NULL,
  action           VARCHAR(64) NOT NULL,
  subject          VARCHAR(128),
  detail           VARCHAR(500) NOT NULL,
  reason           VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- AuditTrail.list: per scope, oldest first, ties in the order appended.
CREATE INDEX cop_audit_entry_by_scope ON cop_audit_entry (scope, occurred_at, seq);

-- One row per domain event, written in the transaction of the change; published_at is set by the
-- host's relay. id increases in the order of writing.
CREATE TABLE cop_outbox (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at      DATETIME(6) NOT NULL,
  event_type       VARCHAR(100) NOT NULL,
  scope            VARCHAR(64),
  payload          MEDIUMTEXT NOT NULL,
  published_at     DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- JpaOutbox.fetchUnpublished: unpublished first, in the order written.
CREATE INDEX cop_outbox_unpublished ON cop_outbox (published_at, id);
