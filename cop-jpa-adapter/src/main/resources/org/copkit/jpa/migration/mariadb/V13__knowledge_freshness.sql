-- The knowledge base's freshness: KnowledgeItems.overdue lists a community's items whose review-by
-- day has passed, earliest first, ties by ID (for its e-moderators, or one owner's).
CREATE INDEX cop_knowledge_item_by_review ON cop_knowledge_item (community_id, review_by, id);
