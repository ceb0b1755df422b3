-- When a thread's accepted answer and its first answer were written (issue 11), kept by the JPA
-- adapter after every write of the thread or its posts, so that a participation report reads one
-- row per question instead of looking two posts up for each. The first answer: the earliest
-- published post replying to the thread itself, other than its opening post, by someone other
-- than the thread's author. They name no member.
ALTER TABLE cop_thread ADD accepted_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE cop_thread ADD first_answered_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE cop_thread SET
  accepted_at = (SELECT a.created_at FROM cop_post a WHERE a.id = cop_thread.accepted_answer_id),
  first_answered_at = (SELECT MIN(p.created_at) FROM cop_post p WHERE p.thread_id = cop_thread.id
    AND p.state = 'PUBLISHED' AND p.in_reply_to IS NULL AND p.id <> cop_thread.opening_post_id
    AND p.author <> cop_thread.author);
-- The report's questions of a community in a span, with their answer times, from the index alone.
CREATE INDEX cop_thread_questions ON cop_thread (community_id, kind, state, created_at)
  INCLUDE (accepted_at, first_answered_at);
