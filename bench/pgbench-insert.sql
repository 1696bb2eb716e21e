-- Phase A of bench/ingest.sh: one contribution per transaction, written straight into the
-- table as the API writes it (same columns, same trigger, same indexes), at a random point
-- inside the Milton Keynes plan. `plan` is the plan's id, passed with `pgbench -D plan=...`.
INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location)
VALUES (
    ':plan',
    'idea',
    '{energy,community}',
    'Bench pgbench row',
    'We could put solar panels on the community centre roof and share the savings with the youth club; a shared battery would keep the lights on during power cuts. Happy to help organise a meeting in June.',
    'exact',
    ST_SetSRID(ST_MakePoint(-0.76 + random() * 0.03, 52.02 + random() * 0.03), 4326)
);
