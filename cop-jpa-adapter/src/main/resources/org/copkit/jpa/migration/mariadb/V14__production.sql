-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The production cycle of outputs: one row per cycle (its stage's fields and its optimistic
-- version), its co-authors and the reviewers of the round under review, every review and every
-- diffusion (appended, never changed), and each community's review policy.

CREATE TABLE cop_output_cycle (
  output_id          VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  stage              VARCHAR(16) NOT NULL,
  stage_round        INTEGER NOT NULL,
  stage_revision     INTEGER NOT NULL,
  approvals_needed   INTEGER NOT NULL,
  requested_by       VARCHAR(128),
  requested_at       DATETIME(6),
  published_by       VARCHAR(128),
  published_at       DATETIME(6),
  achieved           VARCHAR(4000),
  reach              VARCHAR(4000),
  lessons            VARCHAR(4000),
  assessed_by        VARCHAR(128),
  assessed_at        DATETIME(6),
  started_by         VARCHAR(128) NOT NULL,
  started_at         DATETIME(6) NOT NULL,
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- OutputCycles.inCommunity: newest started first, ties by ID.
CREATE INDEX cop_output_cycle_by_community ON cop_output_cycle (community_id, started_at, output_id);

-- The key (output ID, role, member ID, separated by spaces) keeps each member once per role.
CREATE TABLE cop_output_member (
  member_key         VARCHAR(175) NOT NULL PRIMARY KEY,
  output_id          VARCHAR(36) NOT NULL,
  member_role        VARCHAR(16) NOT NULL,
  member_id          VARCHAR(128) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_output_member_by_output ON cop_output_member (output_id);
-- OutputCycles.coAuthoredBy.
CREATE INDEX cop_output_member_by_member ON cop_output_member (member_id, member_role);

-- The key (output ID, a space, the review's place in the cycle) keeps each review once.
CREATE TABLE cop_output_review (
  review_key         VARCHAR(48) NOT NULL PRIMARY KEY,
  output_id          VARCHAR(36) NOT NULL,
  seq_number         INTEGER NOT NULL,
  reviewer           VARCHAR(128) NOT NULL,
  review_round       INTEGER NOT NULL,
  revision_number    INTEGER NOT NULL,
  verdict            VARCHAR(16) NOT NULL,
  review_comment     VARCHAR(4000) NOT NULL,
  reviewed_at        DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_output_review_by_output ON cop_output_review (output_id, seq_number);

-- The key (output ID, a space, the diffusion's place in the cycle) keeps each diffusion once.
CREATE TABLE cop_output_diffusion (
  diffusion_key      VARCHAR(48) NOT NULL PRIMARY KEY,
  output_id          VARCHAR(36) NOT NULL,
  seq_number         INTEGER NOT NULL,
  target_kind        VARCHAR(16) NOT NULL,
  target_community   VARCHAR(36),
  channel            VARCHAR(200),
  diffused_by        VARCHAR(128) NOT NULL,
  diffused_at        DATETIME(6) NOT NULL,
  note               VARCHAR(500) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_output_diffusion_by_output ON cop_output_diffusion (output_id, seq_number);
-- OutputCycles.diffusedTo.
CREATE INDEX cop_output_diffusion_by_target ON cop_output_diffusion (target_community);
CREATE INDEX cop_output_diffusion_by_kind ON cop_output_diffusion (target_kind);

CREATE TABLE cop_review_policy (
  community_id       VARCHAR(36) NOT NULL PRIMARY KEY,
  approvals_needed   INTEGER NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
