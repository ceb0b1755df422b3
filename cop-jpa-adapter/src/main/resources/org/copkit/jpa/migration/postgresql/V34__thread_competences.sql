-- The competences a thread is about (issue 13): their references (id@version#code), in ascending
-- order, each preceded and followed by a space so that a list filtered by one competence matches
-- ' ref ' exactly; the empty string when the thread is about none. They name no member.
ALTER TABLE cop_thread ADD competences VARCHAR(1000) COLLATE "C" NOT NULL DEFAULT '';
