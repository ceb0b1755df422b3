-- Comments on knowledge items are moderated as posts are: one an e-moderator rejected is hidden
-- (ItemFeedback.hideComment), left out of the item's comments and their count.
ALTER TABLE cop_item_comment ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
