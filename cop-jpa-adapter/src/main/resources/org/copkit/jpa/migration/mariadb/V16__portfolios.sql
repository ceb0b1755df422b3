-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it; long texts are TEXT and MEDIUMTEXT.
-- E-portfolios: the evidence members add themselves (reflections, uploaded evidence), never
-- changed, and their pages (the keys of the evidence they show, one a line). The evidence gathered
-- from the other features is read from their tables: the indexes below let a member's be read
-- without a scan.

CREATE TABLE cop_portfolio_entry (
  entry_key          VARCHAR(229) NOT NULL PRIMARY KEY,
  member_id          VARCHAR(128) NOT NULL,
  evidence_key       VARCHAR(100) NOT NULL,
  kind               VARCHAR(32) NOT NULL,
  title              VARCHAR(500) NOT NULL,
  body               TEXT NOT NULL,
  link               VARCHAR(2000) NOT NULL,
  competences        TEXT NOT NULL,
  recorded_at        DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- PortfolioEntries.ofMember: newest first.
CREATE INDEX cop_portfolio_entry_by_member ON cop_portfolio_entry (member_id, recorded_at);

CREATE TABLE cop_portfolio_page (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  owner_id           VARCHAR(128) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  introduction       TEXT NOT NULL,
  evidence_keys      MEDIUMTEXT NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  community_id       VARCHAR(36),
  link_hash          VARCHAR(64),
  created_at         DATETIME(6) NOT NULL,
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_portfolio_page_by_owner ON cop_portfolio_page (owner_id, created_at, id);
CREATE UNIQUE INDEX cop_portfolio_page_by_link ON cop_portfolio_page (link_hash);

-- EvidenceSources.ofMember: a member's attendances, knowledge items, and the threads whose accepted
-- answer is one of their posts.
CREATE INDEX cop_registration_by_member ON cop_registration (member_id, attendance);
CREATE INDEX cop_knowledge_item_by_creator ON cop_knowledge_item (created_by);
CREATE INDEX cop_thread_by_accepted_answer ON cop_thread (accepted_answer_id);
