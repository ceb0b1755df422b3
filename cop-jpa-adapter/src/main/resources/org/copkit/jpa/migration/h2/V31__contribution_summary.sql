-- H2 (tests and demos).
-- The contribution summary behind a community's participation report (ContributionSummary): one row
-- per community, author and year (UTC) of their published posts, holding how many there are and,
-- for each, its instant in microseconds since the epoch followed by a letter for its CoP component
-- (a = ANTENNA, b = KNOW_HOW, c = PRODUCTION, d = LEARNING), e.g. 1735689600000000b. A report reads
-- the rows of its span's years instead of every post; the application keeps the rows in step with
-- cop_post in the transaction of each write (a post written, hidden, approved, moved;
-- an erasure pseudonymises author as it does the posts'). Derived: it can be rebuilt from cop_post
-- with the backfill below.
CREATE TABLE cop_contribution_summary (
  community_id   VARCHAR(36) NOT NULL,
  author         VARCHAR(128) NOT NULL,
  post_year      INTEGER NOT NULL,
  contributions  BIGINT NOT NULL,
  posts          CHARACTER VARYING NOT NULL,
  PRIMARY KEY (community_id, author, post_year)
);
-- Erasure and export find a member's rows.
CREATE INDEX cop_contribution_summary_by_author ON cop_contribution_summary (author);
-- Backfill from the posts already stored.
INSERT INTO cop_contribution_summary (community_id, author, post_year, contributions, posts)
SELECT community_id, author, CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') AS INTEGER), COUNT(*),
       LISTAGG(CAST(CAST(EXTRACT(EPOCH FROM created_at) * 1000000 AS BIGINT) AS VARCHAR)
           || CASE component WHEN 'ANTENNA' THEN 'a' WHEN 'KNOW_HOW' THEN 'b' WHEN 'PRODUCTION' THEN 'c'
                             WHEN 'LEARNING' THEN 'd' END, '') WITHIN GROUP (ORDER BY created_at, id)
FROM cop_post
WHERE state = 'PUBLISHED'
GROUP BY community_id, author, CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') AS INTEGER);
