-- H2 (tests and demos). The tables of PostgresSearchIndex, which runs on PostgreSQL only (its words
-- are a tsvector there); kept here with the same columns, unused, so that every dialect has the same
-- tables.

CREATE TABLE cop_search_document (
  doc_key            VARCHAR(80) NOT NULL PRIMARY KEY,
  kind               VARCHAR(16) NOT NULL,
  doc_id             VARCHAR(64) NOT NULL,
  community_id       VARCHAR(36) NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  published          BOOLEAN NOT NULL,
  author             VARCHAR(128) NOT NULL,
  language           VARCHAR(16) NOT NULL,
  tags               VARCHAR(4000) NOT NULL,
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  body               CLOB NOT NULL,
  words              CLOB NOT NULL
);

CREATE TABLE cop_search_checkpoint (
  id                 INTEGER NOT NULL PRIMARY KEY,
  sequence           BIGINT NOT NULL
);
