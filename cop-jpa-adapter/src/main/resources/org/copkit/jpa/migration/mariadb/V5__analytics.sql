-- MariaDB (InnoDB).
-- Participation analytics: indexes for the aggregate counts of Contributions. No table: the counts
-- read the discussion and community tables.

-- Contributions in a community's window: its posts by creation, with the columns the counts read.
CREATE INDEX cop_post_by_community ON cop_post (community_id, created_at, state, author);
-- The same on the whole platform.
CREATE INDEX cop_post_by_creation ON cop_post (created_at, state, author, community_id);
-- Questions opened in a window, in a community and on the whole platform.
CREATE INDEX cop_thread_by_kind ON cop_thread (community_id, kind, created_at);
CREATE INDEX cop_thread_by_kind_on_platform ON cop_thread (kind, created_at);
-- The people of the whole platform at a window's end, in their closest tier.
CREATE INDEX cop_membership_by_joining_on_platform ON cop_membership (joined_at, tier, member_id);
