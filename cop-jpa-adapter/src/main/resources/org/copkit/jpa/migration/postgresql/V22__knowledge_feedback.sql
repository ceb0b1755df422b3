-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- What members say of knowledge items and how far the items reach: one rating per member and
-- revision, one helpful mark per member and item (the primary keys hold both under any
-- concurrency), comments (one thread per item, oldest first), and counters of reads and downloads
-- per item and revision (aggregates only: nothing says who read what).

CREATE TABLE cop_item_rating (
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  revision_number    INTEGER NOT NULL,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  stars              INTEGER NOT NULL,
  rated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (item_id, revision_number, member_id)
);

CREATE TABLE cop_item_helpful (
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  marked_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (item_id, member_id)
);

CREATE TABLE cop_item_comment (
  comment_id         VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  revision_number    INTEGER NOT NULL,
  reply_to           VARCHAR(36) COLLATE "C",
  author             VARCHAR(128) COLLATE "C" NOT NULL,
  body               VARCHAR(5000) NOT NULL,
  html               TEXT NOT NULL,
  written_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
-- ItemFeedback.comments: oldest first, ties by ID.
CREATE INDEX cop_item_comment_by_item ON cop_item_comment (item_id, written_at, comment_id);

CREATE TABLE cop_item_reach (
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  revision_number    INTEGER NOT NULL,
  read_count         BIGINT NOT NULL,
  download_count     BIGINT NOT NULL,
  PRIMARY KEY (item_id, revision_number)
);
