-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The files attached to library documents: one per item revision (the primary key holds it under
-- any concurrency), describing the bytes the host's Documents store keeps under document_key.

CREATE TABLE cop_item_file (
  item_id            VARCHAR(36) NOT NULL,
  revision_number    INTEGER NOT NULL,
  file_name          VARCHAR(255) NOT NULL,
  document_key       VARCHAR(120) NOT NULL,
  content_type       VARCHAR(100) NOT NULL,
  size_bytes         BIGINT NOT NULL,
  sha256             VARCHAR(64) NOT NULL,
  attached_by        VARCHAR(128) NOT NULL,
  attached_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (item_id, revision_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
