-- PostgreSQL. The full-text search index of PostgresSearchIndex, for hosts that want no index files:
-- one row per thread, reply and knowledge item, its words in a tsvector (title weighted A, text B)
-- under a GIN index, and what the permission filter reads. Like any search index it is a cache of
-- the storage, rebuilt from it and kept current from the change log; the checkpoint is the last
-- change of the log it reflects.

-- Case, accents and the Catalan middle dot are folded before the language's parser and stemmer.
CREATE FUNCTION cop_search_fold(words TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(words), 'àáâäãèéêëìíîïòóôöõùúûüçñŀ·‧', 'aaaaaeeeeiiiiooooouuuucnl')
$$;

CREATE TABLE cop_search_document (
  doc_key            VARCHAR(80) COLLATE "C" NOT NULL PRIMARY KEY,
  kind               VARCHAR(16) NOT NULL,
  doc_id             VARCHAR(64) COLLATE "C" NOT NULL,
  community_id       VARCHAR(36) COLLATE "C" NOT NULL,
  audience           VARCHAR(16) NOT NULL,
  published          BOOLEAN NOT NULL,
  author             VARCHAR(128) COLLATE "C" NOT NULL,
  language           VARCHAR(16) NOT NULL,
  tags               VARCHAR(4000) COLLATE "C" NOT NULL,
  created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  body               TEXT NOT NULL,
  words              TSVECTOR NOT NULL
);
CREATE INDEX cop_search_document_words ON cop_search_document USING GIN (words);

CREATE TABLE cop_search_checkpoint (
  id                 INTEGER NOT NULL PRIMARY KEY,
  sequence           BIGINT NOT NULL
);
