-- H2 (tests and demos). Identifiers and member IDs compare as Java strings do.
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
  attached_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (item_id, revision_number)
);
