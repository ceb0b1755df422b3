-- PostgreSQL.
-- The CoP component of each post (ANTENNA, KNOW_HOW, PRODUCTION, LEARNING), decided once by the
-- platform's activity classifiers when the post is written: the feed and the participation reports
-- read it from here.
ALTER TABLE cop_post ADD COLUMN component VARCHAR(16);
-- Rows written before: the built-in classification (DefaultActivityClassifier), by the kind of the
-- post's thread, its role in it and its audience. A post whose thread is missing organises know-how.
UPDATE cop_post SET component = COALESCE((
  SELECT CASE
    WHEN t.kind = 'ANNOUNCEMENT' THEN 'ANTENNA'
    WHEN t.kind = 'QUESTION' AND t.opening_post_id <> cop_post.id AND cop_post.in_reply_to IS NULL THEN 'KNOW_HOW'
    WHEN t.kind = 'QUESTION' THEN 'LEARNING'
    WHEN cop_post.audience = 'CORE' THEN 'PRODUCTION'
    ELSE 'KNOW_HOW'
  END
  FROM cop_thread t WHERE t.id = cop_post.thread_id), 'KNOW_HOW');
ALTER TABLE cop_post ALTER COLUMN component SET NOT NULL;
