-- H2 (tests and demos). Identifiers and member IDs compare as Java strings do.
-- Competence assessment: a member's claim of a competence in a community, one per member,
-- community and competence, and its history of entries (self-assessed, endorsed, validated), which
-- are inserted and never changed. A competence is kept as its text form, id@version#code.

CREATE TABLE cop_competence_claim (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  member_id          VARCHAR(128) NOT NULL,
  community_id       VARCHAR(36) NOT NULL,
  competence         VARCHAR(200) NOT NULL,
  claimed_level      INTEGER NOT NULL,
  endorsed_level     INTEGER NOT NULL,
  endorsements       INTEGER NOT NULL,
  validated_level    INTEGER NOT NULL,
  entries            INTEGER NOT NULL,
  claimed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version            BIGINT NOT NULL,
  CONSTRAINT cop_competence_claim_once UNIQUE (member_id, community_id, competence)
);
-- CompetenceClaims.ofMember uses the unique key; inCommunity: oldest claimed first, ties by ID.
CREATE INDEX cop_competence_claim_by_community ON cop_competence_claim (community_id, claimed_at, id);

-- The key (claim ID, a space, the entry's number) keeps one entry per number.
CREATE TABLE cop_competence_claim_entry (
  entry_key          VARCHAR(48) NOT NULL PRIMARY KEY,
  claim_id           VARCHAR(36) NOT NULL,
  seq_number         INTEGER NOT NULL,
  kind               VARCHAR(16) NOT NULL,
  actor              VARCHAR(128) NOT NULL,
  entry_level        INTEGER NOT NULL,
  comment_text       VARCHAR(2000) NOT NULL,
  evidence           VARCHAR(2000) NOT NULL,
  recorded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX cop_competence_claim_entry_by_claim ON cop_competence_claim_entry (claim_id, seq_number);
