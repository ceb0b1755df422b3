-- H2 (tests and demos). The ordered change log that the in-memory structures of every node (the
-- feed) are derived from; see ChangeLog and JpaChangeLog.

-- One row: the last sequence drawn. A transaction that writes changes raises it as its last
-- statement, and so holds its lock until it commits: sequence order is commit order.
CREATE TABLE cop_change_counter (
  id               INTEGER PRIMARY KEY,
  last_seq         BIGINT NOT NULL
);
INSERT INTO cop_change_counter (id, last_seq) VALUES (1, 0);

-- The changes, in the order of their commits.
CREATE TABLE cop_change (
  seq              BIGINT PRIMARY KEY,
  topic            VARCHAR(64) NOT NULL,
  change_key       VARCHAR(200),
  body             CHARACTER VARYING(1048576) NOT NULL
);
-- ChangeLog.claimed: the change that holds a key.
CREATE UNIQUE INDEX cop_change_by_key ON cop_change (change_key);

-- Keys claimed by changes, inserted as soon as claimed so that concurrent claimants wait.
CREATE TABLE cop_change_key (
  change_key       VARCHAR(200) PRIMARY KEY
);
