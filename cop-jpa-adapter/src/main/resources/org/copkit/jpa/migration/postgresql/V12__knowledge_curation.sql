-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- The knowledge base's curation and provenance: each item's section, owner and review-by day (items
-- written before are owned by their creator and due a year after the day they were created, UTC);
-- the thread and posts a promoted item came from (post IDs separated by single spaces); the
-- co-authors it credits; the sections, a tree per community.

ALTER TABLE cop_knowledge_item ADD COLUMN section_id VARCHAR(36) COLLATE "C";
ALTER TABLE cop_knowledge_item ADD COLUMN owner_id VARCHAR(128) COLLATE "C";
ALTER TABLE cop_knowledge_item ADD COLUMN review_by DATE;
ALTER TABLE cop_knowledge_item ADD COLUMN source_thread VARCHAR(36) COLLATE "C";
ALTER TABLE cop_knowledge_item ADD COLUMN source_posts VARCHAR(3800) COLLATE "C" NOT NULL DEFAULT '';
UPDATE cop_knowledge_item
   SET owner_id = created_by, review_by = CAST((created_at AT TIME ZONE 'UTC') + INTERVAL '1 year' AS DATE);
ALTER TABLE cop_knowledge_item ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE cop_knowledge_item ALTER COLUMN review_by SET NOT NULL;
-- KnowledgeItems.inCommunity with a section.
CREATE INDEX cop_knowledge_item_by_section ON cop_knowledge_item (section_id, created_at, id);

-- The key (item ID, a space, the member ID) credits each person once per item.
CREATE TABLE cop_knowledge_co_author (
  credit_key         VARCHAR(170) COLLATE "C" NOT NULL PRIMARY KEY,
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  member_id          VARCHAR(128) COLLATE "C" NOT NULL,
  position           INTEGER NOT NULL
);
CREATE INDEX cop_knowledge_co_author_by_item ON cop_knowledge_co_author (item_id, position);
CREATE INDEX cop_knowledge_co_author_by_member ON cop_knowledge_co_author (member_id, item_id);

CREATE TABLE cop_knowledge_section (
  id                 VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) COLLATE "C" NOT NULL,
  parent_id          VARCHAR(36) COLLATE "C",
  name               VARCHAR(120) COLLATE "C" NOT NULL,
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version            BIGINT NOT NULL
);
CREATE INDEX cop_knowledge_section_by_community ON cop_knowledge_section (community_id, name, id);
