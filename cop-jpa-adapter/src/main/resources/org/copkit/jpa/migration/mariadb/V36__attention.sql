-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- Members' attention, the store of record (an earlier version kept it in the change log, topic
-- attention, from which the platform moves it here once at start): each member's settings, the
-- digests sent to them (one per member and period: the primary key), the one-click unsubscribe
-- tokens those carried, and the interruptions spent of their daily budgets (one row per slot).
-- Times of day are seconds of the day; sets are comma-separated names in alphabetical order.

CREATE TABLE cop_attention (
  member_id          VARCHAR(128) NOT NULL PRIMARY KEY,
  frequency          VARCHAR(16) NOT NULL,
  zone               VARCHAR(64) NOT NULL,
  digest_at          INTEGER NOT NULL,
  digest_day         VARCHAR(16) NOT NULL,
  quiet_from         INTEGER,
  quiet_to           INTEGER,
  unsubscribed       VARCHAR(200) NOT NULL,
  channels           VARCHAR(300) NOT NULL,
  daily_budget       INTEGER,
  changed_at         DATETIME(6) NOT NULL,
  window_from        DATETIME(6),
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cop_digest_sent (
  member_id          VARCHAR(128) NOT NULL,
  period             VARCHAR(40) NOT NULL,
  from_at            DATETIME(6) NOT NULL,
  to_at              DATETIME(6) NOT NULL,
  sent_at            DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cop_unsubscribe_token (
  token              VARCHAR(64) NOT NULL PRIMARY KEY,
  member_id          VARCHAR(128) NOT NULL,
  section            VARCHAR(32) NOT NULL,
  issued_at          DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_unsubscribe_token_by_member ON cop_unsubscribe_token (member_id);

CREATE TABLE cop_interruption (
  member_id          VARCHAR(128) NOT NULL,
  on_day             DATE NOT NULL,
  slot               INTEGER NOT NULL,
  at_time            DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, on_day, slot)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
