-- Conversations recorded by community mobilisers on residents' behalf, with provenance
-- and the resident's consent. "Keep internal" items are counted in reports but never
-- published or quoted: they get the status `internal`.

ALTER TABLE contributions DROP CONSTRAINT contributions_status_check;
ALTER TABLE contributions ADD CONSTRAINT contributions_status_check
    CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn', 'internal'));

ALTER TABLE contributions
    ADD COLUMN recorded_by       text,
    ADD COLUMN on_behalf_of      text CHECK (char_length(on_behalf_of) BETWEEN 1 AND 120),
    ADD COLUMN channel           text CHECK (channel IN ('door_step', 'event', 'phone', 'workshop', 'online')),
    ADD COLUMN conversation_date date,
    ADD COLUMN consent           text CHECK (consent IN ('publish', 'internal', 'anonymise'));

CREATE INDEX contributions_month_idx ON contributions (plan_id, created_at);
