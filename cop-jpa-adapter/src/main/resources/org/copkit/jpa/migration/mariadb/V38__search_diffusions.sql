-- MariaDB. Where a published output was diffused (see the PostgreSQL migration of the same number).
ALTER TABLE cop_search_document ADD COLUMN diffused_to TEXT NOT NULL DEFAULT '';
