-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it. summary is MEDIUMTEXT:
-- 20,000 characters of utf8mb4 may take 80,000 bytes, more than a row holds.
-- The learning feature: learning units, paths, completions, the calendar of learning events and
-- registrations. Competences are kept as text, ref=level separated by ';'; a path's units as their
-- IDs in order, separated by ','.

CREATE TABLE cop_learning_unit (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  summary            MEDIUMTEXT NOT NULL,
  unit_format        VARCHAR(16) NOT NULL,
  link               VARCHAR(2000) NOT NULL,
  estimated_minutes  INTEGER NOT NULL,
  competences        VARCHAR(2000) NOT NULL,
  author             VARCHAR(128) NOT NULL,
  published_at       DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- LearningUnits.inCommunity: newest first, ties by ID.
CREATE INDEX cop_learning_unit_by_community ON cop_learning_unit (community_id, published_at, id);

CREATE TABLE cop_learning_path (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  description        VARCHAR(5000) NOT NULL,
  unit_ids           VARCHAR(3700) NOT NULL,
  author             VARCHAR(128) NOT NULL,
  created_at         DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The key (unit ID, a space, member ID) keeps one completion per unit and member.
CREATE TABLE cop_completion (
  completion_key     VARCHAR(165) NOT NULL PRIMARY KEY,
  unit_id            VARCHAR(36) NOT NULL,
  community_id       VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  completed_at       DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Completions.ofMember (newest first) and Completions.completedOf.
CREATE INDEX cop_completion_by_member ON cop_completion (member_id, completed_at, unit_id);

CREATE TABLE cop_calendar_event (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  kind               VARCHAR(32) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  description        VARCHAR(5000) NOT NULL,
  event_format       VARCHAR(16) NOT NULL,
  location           VARCHAR(2000) NOT NULL,
  starts_at          DATETIME(6) NOT NULL,
  ends_at            DATETIME(6) NOT NULL,
  time_zone          VARCHAR(64) NOT NULL,
  capacity           INTEGER NOT NULL,
  competences        VARCHAR(2000) NOT NULL,
  organiser          VARCHAR(128) NOT NULL,
  registrations      BIGINT NOT NULL,
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- CalendarEvents.inCommunity: soonest first, ties by ID.
CREATE INDEX cop_calendar_event_by_community ON cop_calendar_event (community_id, starts_at, id);

-- The key (event ID, a space, member ID) keeps one registration per event and member.
CREATE TABLE cop_registration (
  registration_key   VARCHAR(165) NOT NULL PRIMARY KEY,
  event_id           VARCHAR(36) NOT NULL,
  community_id       VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  seq_number         BIGINT NOT NULL,
  status             VARCHAR(16) NOT NULL,
  attendance         VARCHAR(16) NOT NULL,
  registered_at      DATETIME(6) NOT NULL,
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Registrations.ofEvent: in order of registration.
CREATE INDEX cop_registration_by_event ON cop_registration (event_id, status, seq_number);
