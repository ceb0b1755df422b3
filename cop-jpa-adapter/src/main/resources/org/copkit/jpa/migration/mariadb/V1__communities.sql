-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The community feature: communities and their stage history, memberships, join requests, invitations.

CREATE TABLE cop_community (
  id               VARCHAR(36) NOT NULL PRIMARY KEY,
  name             VARCHAR(120) NOT NULL,
  practice_domain  VARCHAR(200) NOT NULL,
  purpose          VARCHAR(2000) NOT NULL,
  visibility       VARCHAR(16) NOT NULL,
  stage            VARCHAR(16) NOT NULL,
  created_by       VARCHAR(128) NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  last_activity_at DATETIME(6) NOT NULL,
  version          BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Communities.search: oldest first, ties by ID.
CREATE INDEX cop_community_by_creation ON cop_community (created_at, id);
-- Communities.activeAndQuietSince.
CREATE INDEX cop_community_by_activity ON cop_community (stage, last_activity_at, id);

CREATE TABLE cop_stage_change (
  seq              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  community_id     VARCHAR(36) NOT NULL,
  from_stage       VARCHAR(16),
  to_stage         VARCHAR(16) NOT NULL,
  actor            VARCHAR(128),
  reason           VARCHAR(1000) NOT NULL,
  changed_at       DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Communities.stageHistory: oldest first, ties in the order appended.
CREATE INDEX cop_stage_change_by_community ON cop_stage_change (community_id, changed_at, seq);

CREATE TABLE cop_membership (
  community_id     VARCHAR(36) NOT NULL,
  member_id        VARCHAR(128) NOT NULL,
  tier             VARCHAR(16) NOT NULL,
  is_e_moderator   BOOLEAN NOT NULL,
  is_expert        BOOLEAN NOT NULL,
  joined_at        DATETIME(6) NOT NULL,
  version          BIGINT NOT NULL,
  PRIMARY KEY (community_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Memberships.list: in the order joined, ties by member ID; optionally one tier.
CREATE INDEX cop_membership_by_joining ON cop_membership (community_id, joined_at, member_id);
CREATE INDEX cop_membership_by_tier ON cop_membership (community_id, tier, joined_at, member_id);
-- Memberships.list and countWithRole for the roles beyond MEMBER.
CREATE INDEX cop_membership_e_moderators ON cop_membership (community_id, is_e_moderator, joined_at);
CREATE INDEX cop_membership_experts ON cop_membership (community_id, is_expert, joined_at);
-- Memberships.ofMember, and the SECRET-visibility check of Communities.search.
CREATE INDEX cop_membership_by_member ON cop_membership (member_id, joined_at, community_id);

-- pending_key is set while a request is pending and NULL afterwards; the unique index keeps one
-- pending request per community and person, whatever the concurrency.
CREATE TABLE cop_join_request (
  id               VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id     VARCHAR(36) NOT NULL,
  requester        VARCHAR(128) NOT NULL,
  message          VARCHAR(1000) NOT NULL,
  requested_at     DATETIME(6) NOT NULL,
  status           VARCHAR(16) NOT NULL,
  decided_by       VARCHAR(128),
  decided_at       DATETIME(6),
  reason           VARCHAR(1000),
  pending_key      VARCHAR(165),
  version          BIGINT NOT NULL,
  CONSTRAINT cop_join_request_one_pending UNIQUE (pending_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- JoinRequests.pending: oldest first, ties by ID.
CREATE INDEX cop_join_request_by_status ON cop_join_request (community_id, status, requested_at, id);
-- JoinRequests.ofRequester.
CREATE INDEX cop_join_request_by_requester ON cop_join_request (requester, requested_at, id);

-- pending_key: as for join requests, one pending invitation per community and person.
CREATE TABLE cop_invitation (
  id               VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id     VARCHAR(36) NOT NULL,
  invitee          VARCHAR(128) NOT NULL,
  invited_by       VARCHAR(128) NOT NULL,
  tier             VARCHAR(16) NOT NULL,
  message          VARCHAR(1000) NOT NULL,
  invited_at       DATETIME(6) NOT NULL,
  status           VARCHAR(16) NOT NULL,
  decided_by       VARCHAR(128),
  decided_at       DATETIME(6),
  pending_key      VARCHAR(165),
  version          BIGINT NOT NULL,
  CONSTRAINT cop_invitation_one_pending UNIQUE (pending_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- Invitations.pending: oldest first, ties by ID.
CREATE INDEX cop_invitation_by_status ON cop_invitation (community_id, status, invited_at, id);
-- Invitations.pendingFor.
CREATE INDEX cop_invitation_by_invitee ON cop_invitation (invitee, status, invited_at, id);
