-- H2 (tests and demos).
-- The topics a member unsubscribed from on one channel only: channel, colon, the topics' names
-- joined by + (email:MENTION+SANCTION), channels comma-separated in alphabetical order; empty for
-- every row written before; at most 815 characters (8 channels of 32, every topic of notices).
ALTER TABLE cop_attention ADD channel_topics VARCHAR(1000) DEFAULT '' NOT NULL;
