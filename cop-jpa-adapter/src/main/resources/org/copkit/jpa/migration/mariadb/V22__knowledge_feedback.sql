-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- What members say of knowledge items and how far the items reach: one rating per member and
-- revision, one helpful mark per member and item (the primary keys hold both under any
-- concurrency), comments (one thread per item, oldest first), and counters of reads and downloads
-- per item and revision (aggregates only: nothing says who read what).

CREATE TABLE cop_item_rating (
  item_id            VARCHAR(36) NOT NULL,
  revision_number    INTEGER NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  stars              INTEGER NOT NULL,
  rated_at           DATETIME(6) NOT NULL,
  PRIMARY KEY (item_id, revision_number, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cop_item_helpful (
  item_id            VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  marked_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (item_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cop_item_comment (
  comment_id         VARCHAR(36) NOT NULL PRIMARY KEY,
  item_id            VARCHAR(36) NOT NULL,
  revision_number    INTEGER NOT NULL,
  reply_to           VARCHAR(36),
  author             VARCHAR(128) NOT NULL,
  body               MEDIUMTEXT NOT NULL,
  html               MEDIUMTEXT NOT NULL,
  written_at         DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- ItemFeedback.comments: oldest first, ties by ID.
CREATE INDEX cop_item_comment_by_item ON cop_item_comment (item_id, written_at, comment_id);

CREATE TABLE cop_item_reach (
  item_id            VARCHAR(36) NOT NULL,
  revision_number    INTEGER NOT NULL,
  read_count         BIGINT NOT NULL,
  download_count     BIGINT NOT NULL,
  PRIMARY KEY (item_id, revision_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
