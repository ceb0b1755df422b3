-- PostgreSQL. Where a published output was diffused, for PostgresSearchIndex's permission filter:
-- the IDs of the other communities whose members may read it, and "platform" when everyone may,
-- separated by spaces; empty for everything else. Rows already indexed keep it empty until their
-- item is indexed again (a diffusion re-indexes its output; a rebuild re-indexes everything).
ALTER TABLE cop_search_document ADD COLUMN diffused_to TEXT COLLATE "C" NOT NULL DEFAULT '';
