-- MariaDB (InnoDB; SKIP LOCKED needs 10.6 or later). The outbox for relays on several nodes.
-- event_key: the idempotency key consumers see, a random UUID written with the event and never
-- changed, so a message delivered again after a takeover carries the key of its first delivery.
-- claimed_by / claim_until_ms: the claim of the relay run delivering the row (its name and a token
-- of the run) and when that claim lapses, in milliseconds since the epoch by the relay's clock;
-- both NULL while nobody holds the row. attempts: how many times a relay claimed the row.
-- JpaOutbox claims with SELECT ... FOR UPDATE SKIP LOCKED, then sets the claim with an UPDATE
-- guarded by the same condition.
ALTER TABLE cop_outbox
  ADD COLUMN event_key VARCHAR(36) NULL,
  ADD COLUMN claimed_by VARCHAR(200) NULL,
  ADD COLUMN claim_until_ms BIGINT NULL,
  ADD COLUMN attempts INT NOT NULL DEFAULT 0;
UPDATE cop_outbox SET event_key = UUID();
ALTER TABLE cop_outbox MODIFY COLUMN event_key VARCHAR(36) NOT NULL;
