-- MariaDB (InnoDB). utf8mb4_bin: case-sensitive, exact comparison of member IDs and identifiers.
-- DATETIME(6) keeps microseconds, in UTC as the JPA provider writes it.
-- The knowledge base's curation and provenance: each item's section, owner and review-by day (items
-- written before are owned by their creator and due a year after the day they were created, UTC);
-- the thread and posts a promoted item came from (post IDs separated by single spaces); the
-- co-authors it credits; the sections, a tree per community.

ALTER TABLE cop_knowledge_item
  ADD COLUMN section_id VARCHAR(36) NULL,
  ADD COLUMN owner_id VARCHAR(128) NULL,
  ADD COLUMN review_by DATE NULL,
  ADD COLUMN source_thread VARCHAR(36) NULL,
  ADD COLUMN source_posts VARCHAR(3800) NOT NULL DEFAULT '';
UPDATE cop_knowledge_item SET owner_id = created_by, review_by = DATE_ADD(DATE(created_at), INTERVAL 1 YEAR);
ALTER TABLE cop_knowledge_item MODIFY owner_id VARCHAR(128) NOT NULL, MODIFY review_by DATE NOT NULL;
-- KnowledgeItems.inCommunity with a section.
CREATE INDEX cop_knowledge_item_by_section ON cop_knowledge_item (section_id, created_at, id);

-- The key (item ID, a space, the member ID) credits each person once per item.
CREATE TABLE cop_knowledge_co_author (
  credit_key         VARCHAR(170) NOT NULL PRIMARY KEY,
  item_id            VARCHAR(36) NOT NULL,
  member_id          VARCHAR(128) NOT NULL,
  position           INTEGER NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_knowledge_co_author_by_item ON cop_knowledge_co_author (item_id, position);
CREATE INDEX cop_knowledge_co_author_by_member ON cop_knowledge_co_author (member_id, item_id);

CREATE TABLE cop_knowledge_section (
  id                 VARCHAR(36) NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) NOT NULL,
  parent_id          VARCHAR(36) NULL,
  name               VARCHAR(120) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  version            BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cop_knowledge_section_by_community ON cop_knowledge_section (community_id, name, id);
