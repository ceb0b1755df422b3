-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The moderation feature: flags, review items, mutes and communities' moderation policies.
-- A subject is stored as its key: post:<id>, thread:<id> or member:<id>.

-- open_key is set while a flag is OPEN and NULL afterwards; the unique index keeps one open flag per
-- flagger and subject in a community, whatever the concurrency.
CREATE TABLE cop_flag (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  subject            VARCHAR(135) NOT NULL,
  flagger            VARCHAR(128) NOT NULL,
  reason             VARCHAR(16) NOT NULL,
  explanation        VARCHAR(1000) NOT NULL,
  weight             DOUBLE NOT NULL,
  raised_at          DATETIME(6) NOT NULL,
  outcome            VARCHAR(16) NOT NULL,
  open_key           VARCHAR(305),
  version            BIGINT NOT NULL,
  CONSTRAINT cop_flag_one_open UNIQUE (open_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Flags.open: oldest first, ties by ID.
CREATE INDEX cop_flag_by_subject ON cop_flag (community_id, subject, outcome, raised_at, id);
-- Flags.countRaisedSince.
CREATE INDEX cop_flag_by_flagger ON cop_flag (flagger, raised_at);
-- Flags.countWithOutcome.
CREATE INDEX cop_flag_by_outcome ON cop_flag (flagger, outcome);

-- The sealed status is a status name plus the fields of Escalated and Decided, NULL where a status
-- has no such field; a decision is its kind plus the fields of Reject and EditAndApprove. open_key
-- is set while the item is pending or escalated; the unique index keeps one open item per subject in
-- a community, whatever the concurrency. decision_body is MEDIUMTEXT, as a post's body is.
CREATE TABLE cop_review_item (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  subject            VARCHAR(135) NOT NULL,
  held_because       VARCHAR(2000),
  flag_weight        DOUBLE NOT NULL,
  flag_count         INTEGER NOT NULL,
  opened_at          DATETIME(6) NOT NULL,
  status             VARCHAR(16) NOT NULL,
  status_by          VARCHAR(128),
  status_at          DATETIME(6),
  escalation_note    VARCHAR(2000),
  decision           VARCHAR(16),
  decision_body      MEDIUMTEXT,
  decision_reasons   VARCHAR(2000),
  open_key           VARCHAR(172),
  version            BIGINT NOT NULL,
  CONSTRAINT cop_review_item_one_open UNIQUE (open_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- ReviewItems.pending: greatest flag weight first, then oldest first, ties by ID.
CREATE INDEX cop_review_item_pending ON cop_review_item (community_id, status, flag_weight DESC, opened_at, id);
-- ReviewItems.escalated: oldest first, ties by ID.
CREATE INDEX cop_review_item_escalated ON cop_review_item (status, opened_at, id);

CREATE TABLE cop_mute (
  seq                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  muted_until        DATETIME(6) NOT NULL,
  muted_by           VARCHAR(128) NOT NULL,
  muted_at           DATETIME(6) NOT NULL,
  reason             VARCHAR(1000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Mutes.inForce: the mute that ends last.
CREATE INDEX cop_mute_by_member ON cop_mute (community_id, member_id, muted_until);

-- A community's own settings; newcomer_period in whole seconds.
CREATE TABLE cop_moderation_policy (
  community_id             VARCHAR(36) NOT NULL PRIMARY KEY,
  pre_moderated_posts      INTEGER NOT NULL,
  auto_hide_weight         DOUBLE NOT NULL,
  newcomer_period_seconds  BIGINT NOT NULL,
  newcomer_threads         INTEGER NOT NULL,
  newcomer_replies         INTEGER NOT NULL,
  flags_per_day            INTEGER NOT NULL,
  newcomer_links           INTEGER NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
