-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- Members' attention, the store of record (an earlier version kept it in the change log, topic
-- attention, from which the platform moves it here once at start): each member's settings, the
-- digests sent to them (one per member and period: the primary key), the one-click unsubscribe
-- tokens those carried, and the interruptions spent of their daily budgets (one row per slot).
-- Times of day are seconds of the day; sets are comma-separated names in alphabetical order.

CREATE TABLE cop_attention (
  member_id          VARCHAR(128) COLLATE "C" NOT NULL PRIMARY KEY,
  frequency          VARCHAR(16) COLLATE "C" NOT NULL,
  zone               VARCHAR(64) COLLATE "C" NOT NULL,
  digest_at          INTEGER NOT NULL,
  digest_day         VARCHAR(16) COLLATE "C" NOT NULL,
  quiet_from         INTEGER,
  quiet_to           INTEGER,
  unsubscribed       VARCHAR(200) COLLATE "C" NOT NULL,
  channels           VARCHAR(300) COLLATE "C" NOT NULL,
  daily_budget       INTEGER,
  changed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  window_from        TIMESTAMP(6) WITH TIME ZONE,
  version            BIGINT NOT NULL
);

CREATE TABLE cop_digest_sent (
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  period             VARCHAR(40) COLLATE "C" NOT NULL,
  from_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  to_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  sent_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (member_id, period)
);

CREATE TABLE cop_unsubscribe_token (
  token              VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  section            VARCHAR(32) COLLATE "C" NOT NULL,
  issued_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX cop_unsubscribe_token_by_member ON cop_unsubscribe_token (member_id);

CREATE TABLE cop_interruption (
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  on_day             DATE NOT NULL,
  slot               INTEGER NOT NULL,
  at_time            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (member_id, on_day, slot)
);
