-- H2 (tests and demos).
-- Claims on the pages of the members a sending of digests goes through, so that nodes sending in
-- the same minute share the work: the first claim of a page in a slot holds. A page is a position
-- in the order of member IDs, so nothing here names a member. Sendings forget claims older than an hour.
CREATE TABLE cop_digest_claim (
  slot               VARCHAR(32) NOT NULL,
  page               INTEGER NOT NULL,
  node               VARCHAR(64) NOT NULL,
  claimed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (slot, page)
);
