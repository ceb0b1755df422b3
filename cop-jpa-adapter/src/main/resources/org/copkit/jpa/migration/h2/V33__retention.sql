-- H2. Retention (Privacy.sweep): the oldest audit entries first, by when they occurred. Published
-- outbox messages are found by cop_outbox_unpublished (published_at, id) already.
CREATE INDEX cop_audit_entry_by_time ON cop_audit_entry (occurred_at, seq);
