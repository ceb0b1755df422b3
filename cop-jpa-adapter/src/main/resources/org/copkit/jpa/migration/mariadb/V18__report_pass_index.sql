-- MariaDB (InnoDB).
-- The pass of a community's participation report (CommunityCounts) reads the community's published
-- posts of the report's span, and of each only its author, its time and its component: an index
-- with the equality columns first, then the range, then what the pass reads, answers it from the
-- index alone (an index-only scan on PostgreSQL, once vacuum has marked the pages all-visible)
-- instead of the table. It replaces V5's index of the same name (community, time, state, author).
DROP INDEX cop_post_by_community ON cop_post;
CREATE INDEX cop_post_by_community ON cop_post (community_id, state, created_at, author, component);
