-- The ledger of erasures: one row per member ever erased, keyed by the SHA-256 digest of their ID
-- (never the ID itself); done lists the capabilities that have erased what they held.
CREATE TABLE cop_erasure (
  member_key     VARCHAR(64) NOT NULL PRIMARY KEY,
  pseudonym      VARCHAR(128) NOT NULL,
  started_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  done           VARCHAR(4000) NOT NULL,
  completed_at   TIMESTAMP(6) WITH TIME ZONE,
  version        BIGINT NOT NULL
);
-- Communities' erasure policies, for those that set one.
CREATE TABLE cop_erasure_policy (
  community_id   VARCHAR(36) NOT NULL PRIMARY KEY,
  policy         VARCHAR(16) NOT NULL
);
