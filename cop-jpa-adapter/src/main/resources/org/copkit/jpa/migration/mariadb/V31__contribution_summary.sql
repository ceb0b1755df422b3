-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- The contribution summary behind a community's participation report (ContributionSummary): one row
-- per community, author and year of their published posts, holding how many there are and, for
-- each, its instant in microseconds since 1970-01-01 00:00:00 of its DATETIME(6) column followed by
-- a letter for its CoP component (a = ANTENNA, b = KNOW_HOW, c = PRODUCTION, d = LEARNING), e.g.
-- 1735689600000000b. A report reads the rows of its span's years instead of every post; the
-- application keeps the rows in step with cop_post in the transaction of each write (a post written,
-- hidden, approved, moved; an erasure pseudonymises author as it does the posts').
-- Derived: it can be rebuilt from cop_post with the backfill below.
CREATE TABLE cop_contribution_summary (
  community_id   VARCHAR(36) NOT NULL,
  author         VARCHAR(128) NOT NULL,
  post_year      INTEGER NOT NULL,
  contributions  BIGINT NOT NULL,
  posts          LONGTEXT NOT NULL,
  PRIMARY KEY (community_id, author, post_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Erasure and export find a member's rows.
CREATE INDEX cop_contribution_summary_by_author ON cop_contribution_summary (author);
-- Backfill from the posts already stored; GROUP_CONCAT is cut at group_concat_max_len otherwise.
SET SESSION group_concat_max_len = 4294967295;
INSERT INTO cop_contribution_summary (community_id, author, post_year, contributions, posts)
SELECT community_id, author, YEAR(created_at), COUNT(*),
       GROUP_CONCAT(CONCAT(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', created_at),
           CASE component WHEN 'ANTENNA' THEN 'a' WHEN 'KNOW_HOW' THEN 'b' WHEN 'PRODUCTION' THEN 'c'
                          WHEN 'LEARNING' THEN 'd' END) ORDER BY created_at, id SEPARATOR '')
FROM cop_post
WHERE state = 'PUBLISHED'
GROUP BY community_id, author, YEAR(created_at);
