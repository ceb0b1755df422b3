-- H2 (tests and demos). The outbox for relays on several nodes.
-- event_key: the idempotency key consumers see, a random UUID written with the event and never
-- changed, so a message delivered again after a takeover carries the key of its first delivery.
-- claimed_by / claim_until_ms: the claim of the relay run delivering the row (its name and a token
-- of the run) and when that claim lapses, in milliseconds since the epoch by the relay's clock;
-- both NULL while nobody holds the row. attempts: how many times a relay claimed the row.
-- JpaOutbox claims with SELECT ... FOR UPDATE SKIP LOCKED, which H2 2.x supports, then sets the
-- claim with an UPDATE guarded by the same condition, so claims stay disjoint even if the locking
-- read did not skip.
ALTER TABLE cop_outbox ADD COLUMN event_key VARCHAR(36);
ALTER TABLE cop_outbox ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE cop_outbox ADD COLUMN claim_until_ms BIGINT;
ALTER TABLE cop_outbox ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
UPDATE cop_outbox SET event_key = CAST(RANDOM_UUID() AS VARCHAR(36));
ALTER TABLE cop_outbox ALTER COLUMN event_key SET NOT NULL;
