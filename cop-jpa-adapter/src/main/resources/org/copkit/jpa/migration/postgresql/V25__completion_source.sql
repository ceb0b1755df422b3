-- Who recorded a completion: empty when the member did, otherwise the learning management system
-- that reported it.
ALTER TABLE cop_completion ADD COLUMN source VARCHAR(64) NOT NULL DEFAULT '';
