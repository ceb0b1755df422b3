-- A learning event cancelled by its organisers keeps when and why (an empty reason when it was not).
ALTER TABLE cop_calendar_event ADD COLUMN cancelled_at TIMESTAMP(6) WITH TIME ZONE NULL;
ALTER TABLE cop_calendar_event ADD COLUMN cancellation_reason VARCHAR(500) NOT NULL DEFAULT '';
