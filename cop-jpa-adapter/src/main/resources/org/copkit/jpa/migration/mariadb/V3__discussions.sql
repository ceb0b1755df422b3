-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The discussion feature: threads, posts with their mentions and revisions, reactions.

-- The sealed status is a status name plus the fields of Locked and Closed, NULL while Open. tags
-- holds the thread's tags in ascending order, separated by a space, which no tag may contain.
CREATE TABLE cop_thread (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  kind               VARCHAR(16) NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  author             VARCHAR(128) NOT NULL,
  opening_post_id    VARCHAR(36) NOT NULL,
  tags               VARCHAR(409) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  last_activity_at   DATETIME(6) NOT NULL,
  status             VARCHAR(16) NOT NULL,
  status_by          VARCHAR(128),
  status_at          DATETIME(6),
  status_reason      VARCHAR(1000),
  state              VARCHAR(16) NOT NULL,
  is_pinned          BOOLEAN NOT NULL,
  accepted_answer_id VARCHAR(36),
  replies            INTEGER NOT NULL,
  version            BIGINT NOT NULL,
  -- Posts.count of replies only: a post is a reply unless a thread opens with it.
  CONSTRAINT cop_thread_one_per_opening_post UNIQUE (opening_post_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Threads.list, NEWEST: pinned first, newest first, ties by ID.
CREATE INDEX cop_thread_newest ON cop_thread (community_id, is_pinned DESC, created_at DESC, id);
-- Threads.list, ACTIVE: pinned first, most recently active first, ties by ID.
CREATE INDEX cop_thread_active ON cop_thread (community_id, is_pinned DESC, last_activity_at DESC, id);
-- Threads.list, UNANSWERED: questions without an accepted answer, pinned first, oldest first, ties by ID.
CREATE INDEX cop_thread_unanswered ON cop_thread (community_id, kind, accepted_answer_id, is_pinned DESC, created_at, id);
-- Threads.countStartedSince.
CREATE INDEX cop_thread_by_author ON cop_thread (community_id, author, created_at);

-- body and html are MEDIUMTEXT: 20,000 characters of utf8mb4 may take 80,000 bytes, more than a
-- VARCHAR row holds.
CREATE TABLE cop_post (
  id                   VARCHAR(36) NOT NULL PRIMARY KEY,
  thread_id            VARCHAR(36) NOT NULL,
  community_id         VARCHAR(36) NOT NULL,
  audience             VARCHAR(16) NOT NULL,
  in_reply_to          VARCHAR(36),
  author               VARCHAR(128) NOT NULL,
  body                 MEDIUMTEXT NOT NULL,
  html                 MEDIUMTEXT NOT NULL,
  created_at           DATETIME(6) NOT NULL,
  edited_at            DATETIME(6),
  revision             INTEGER NOT NULL,
  state                VARCHAR(16) NOT NULL,
  statement_of_reasons VARCHAR(2000) NOT NULL,
  version              BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Posts.inThread: in the order written, ties by ID; Posts.moveThread.
CREATE INDEX cop_post_by_thread ON cop_post (thread_id, created_at, id);
-- Posts.byAuthor: newest first, ties by ID.
CREATE INDEX cop_post_by_author ON cop_post (author, created_at DESC, id);
-- Posts.count, Posts.recentBodies (newest first) and Posts.communitiesOf.
CREATE INDEX cop_post_by_author_in_community ON cop_post (author, community_id, created_at);

-- The members a post mentions, one row each.
CREATE TABLE cop_post_mention (
  post_id            VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  PRIMARY KEY (post_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every text a post had; the primary key keeps each revision once. body: MEDIUMTEXT, as in cop_post.
CREATE TABLE cop_post_revision (
  post_id            VARCHAR(36) NOT NULL,
  revision           INTEGER NOT NULL,
  body               MEDIUMTEXT NOT NULL,
  edited_by          VARCHAR(128) NOT NULL,
  edited_at          DATETIME(6) NOT NULL,
  reason             VARCHAR(1000) NOT NULL,
  PRIMARY KEY (post_id, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per member, post and reaction; the primary key keeps each reaction once, in the order that
-- Reactions.counts groups by.
CREATE TABLE cop_reaction (
  post_id            VARCHAR(36) NOT NULL,
  reaction           VARCHAR(16) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  PRIMARY KEY (post_id, reaction, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
