-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- The discussion feature: threads, posts with their mentions and revisions, reactions.

-- The sealed status is a status name plus the fields of Locked and Closed, NULL while Open. tags
-- holds the thread's tags in ascending order, separated by a space, which no tag may contain.
CREATE TABLE cop_thread (
  id                 VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) COLLATE "C" NOT NULL,
  kind               VARCHAR(16) NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  author             VARCHAR(128) COLLATE "C" NOT NULL,
  opening_post_id    VARCHAR(36) COLLATE "C" NOT NULL,
  tags               VARCHAR(409) NOT NULL,
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_activity_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status             VARCHAR(16) NOT NULL,
  status_by          VARCHAR(128) COLLATE "C",
  status_at          TIMESTAMP(6) WITH TIME ZONE,
  status_reason      VARCHAR(1000),
  state              VARCHAR(16) NOT NULL,
  is_pinned          BOOLEAN NOT NULL,
  accepted_answer_id VARCHAR(36) COLLATE "C",
  replies            INTEGER NOT NULL,
  version            BIGINT NOT NULL,
  -- Posts.count of replies only: a post is a reply unless a thread opens with it.
  CONSTRAINT cop_thread_one_per_opening_post UNIQUE (opening_post_id)
);
-- Threads.list, NEWEST: pinned first, newest first, ties by ID.
CREATE INDEX cop_thread_newest ON cop_thread (community_id, is_pinned DESC, created_at DESC, id);
-- Threads.list, ACTIVE: pinned first, most recently active first, ties by ID.
CREATE INDEX cop_thread_active ON cop_thread (community_id, is_pinned DESC, last_activity_at DESC, id);
-- Threads.list, UNANSWERED: questions without an accepted answer, pinned first, oldest first, ties by ID.
CREATE INDEX cop_thread_unanswered ON cop_thread (community_id, kind, accepted_answer_id, is_pinned DESC, created_at, id);
-- Threads.countStartedSince.
CREATE INDEX cop_thread_by_author ON cop_thread (community_id, author, created_at);

CREATE TABLE cop_post (
  id                   VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  thread_id            VARCHAR(36) COLLATE "C" NOT NULL,
  community_id         VARCHAR(36) COLLATE "C" NOT NULL,
  audience             VARCHAR(16) NOT NULL,
  in_reply_to          VARCHAR(36) COLLATE "C",
  author               VARCHAR(128) COLLATE "C" NOT NULL,
  body                 VARCHAR(20000) NOT NULL,
  html                 TEXT NOT NULL,
  created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  edited_at            TIMESTAMP(6) WITH TIME ZONE,
  revision             INTEGER NOT NULL,
  state                VARCHAR(16) NOT NULL,
  statement_of_reasons VARCHAR(2000) NOT NULL,
  version              BIGINT NOT NULL
);
-- Posts.inThread: in the order written, ties by ID; Posts.moveThread.
CREATE INDEX cop_post_by_thread ON cop_post (thread_id, created_at, id);
-- Posts.byAuthor: newest first, ties by ID.
CREATE INDEX cop_post_by_author ON cop_post (author, created_at DESC, id);
-- Posts.count, Posts.recentBodies (newest first) and Posts.communitiesOf.
CREATE INDEX cop_post_by_author_in_community ON cop_post (author, community_id, created_at);

-- The members a post mentions, one row each.
CREATE TABLE cop_post_mention (
  post_id            VARCHAR(36) COLLATE "C" NOT NULL,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  PRIMARY KEY (post_id, member_id)
);

-- Every text a post had; the primary key keeps each revision once.
CREATE TABLE cop_post_revision (
  post_id            VARCHAR(36) COLLATE "C" NOT NULL,
  revision           INTEGER NOT NULL,
  body               VARCHAR(20000) NOT NULL,
  edited_by          VARCHAR(128) COLLATE "C" NOT NULL,
  edited_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  reason             VARCHAR(1000) NOT NULL,
  PRIMARY KEY (post_id, revision)
);

-- One row per member, post and reaction; the primary key keeps each reaction once, in the order that
-- Reactions.counts groups by.
CREATE TABLE cop_reaction (
  post_id            VARCHAR(36) COLLATE "C" NOT NULL,
  reaction           VARCHAR(16) NOT NULL,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  PRIMARY KEY (post_id, reaction, member_id)
);
