-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- E-portfolios: the evidence members add themselves (reflections, uploaded evidence), never
-- changed, and their pages (the keys of the evidence they show, one a line). The evidence gathered
-- from the other features is read from their tables: the indexes below let a member's be read
-- without a scan.

CREATE TABLE cop_portfolio_entry (
  entry_key          VARCHAR(229) COLLATE "C" NOT NULL PRIMARY KEY,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  evidence_key       VARCHAR(100) COLLATE "C" NOT NULL,
  kind               VARCHAR(32) NOT NULL,
  title              VARCHAR(500) NOT NULL,
  body               VARCHAR(10000) NOT NULL,
  link               VARCHAR(2000) NOT NULL,
  competences        VARCHAR(4100) NOT NULL,
  recorded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
-- PortfolioEntries.ofMember: newest first.
CREATE INDEX cop_portfolio_entry_by_member ON cop_portfolio_entry (member_id, recorded_at);

CREATE TABLE cop_portfolio_page (
  id                 VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  owner_id           VARCHAR(128) COLLATE "C" NOT NULL,
  title              VARCHAR(200) NOT NULL,
  introduction       VARCHAR(5000) NOT NULL,
  evidence_keys      TEXT NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  community_id       VARCHAR(36) COLLATE "C",
  link_hash          VARCHAR(64) COLLATE "C",
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version            BIGINT NOT NULL
);
CREATE INDEX cop_portfolio_page_by_owner ON cop_portfolio_page (owner_id, created_at, id);
CREATE UNIQUE INDEX cop_portfolio_page_by_link ON cop_portfolio_page (link_hash);

-- EvidenceSources.ofMember: a member's attendances, knowledge items, and the threads whose accepted
-- answer is one of their posts.
CREATE INDEX cop_registration_by_member ON cop_registration (member_id, attendance);
CREATE INDEX cop_knowledge_item_by_creator ON cop_knowledge_item (created_by);
CREATE INDEX cop_thread_by_accepted_answer ON cop_thread (accepted_answer_id);
