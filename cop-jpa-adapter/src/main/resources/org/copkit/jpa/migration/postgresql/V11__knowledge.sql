-- PostgreSQL. Identifiers and member IDs use COLLATE "C": exact, case-sensitive, in code-point order.
-- The knowledge base: items (what never changes, and the number of the latest revision) and every
-- revision, immutable. Tags and competence IDs hold no whitespace: each set is one text, sorted,
-- separated by single spaces.

CREATE TABLE cop_knowledge_item (
  id                 VARCHAR(36) COLLATE "C" NOT NULL PRIMARY KEY,
  community_id       VARCHAR(36) COLLATE "C" NOT NULL,
  kind               VARCHAR(32) NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  created_by         VARCHAR(128) COLLATE "C" NOT NULL,
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  current_revision   INTEGER NOT NULL,
  version            BIGINT NOT NULL
);
-- KnowledgeItems.inCommunity: newest first, ties by ID.
CREATE INDEX cop_knowledge_item_by_community ON cop_knowledge_item (community_id, created_at, id);

-- The key (item ID, a space, the number) keeps each revision once.
CREATE TABLE cop_knowledge_revision (
  revision_key       VARCHAR(48) COLLATE "C" NOT NULL PRIMARY KEY,
  item_id            VARCHAR(36) COLLATE "C" NOT NULL,
  revision_number    INTEGER NOT NULL,
  title              VARCHAR(200) NOT NULL,
  body               VARCHAR(20000) NOT NULL,
  html               TEXT NOT NULL,
  link               VARCHAR(2000) NOT NULL,
  tags               VARCHAR(1100) NOT NULL,
  competences        VARCHAR(1400) COLLATE "C" NOT NULL,
  author             VARCHAR(128) COLLATE "C" NOT NULL,
  written_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  note               VARCHAR(500) NOT NULL,
  restored_from      INTEGER NOT NULL
);
-- KnowledgeItems.revisions: newest first.
CREATE INDEX cop_knowledge_revision_by_item ON cop_knowledge_revision (item_id, revision_number);
