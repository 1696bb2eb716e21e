-- The reference of bench/ingest.sh (issue 17): one contribution-shaped row per
-- transaction into `bench_bare`, a table with the contributions row shape and none of
-- its triggers, only its primary key and two GiST indexes (location, geom) — what
-- PostgreSQL can do for the row itself. `plan` is the plan's id (`pgbench -D plan=...`).
INSERT INTO bench_bare (plan_id, kind, themes, title, body, precision, location, geom)
SELECT ':plan', 'idea', '{energy,community}', 'Bench bare row',
       'We could put solar panels on the community centre roof and share the savings with the youth club; a shared battery would keep the lights on during power cuts. Happy to help organise a meeting in June.',
       'exact', p, p
  FROM (SELECT ST_SetSRID(ST_MakePoint(-0.76 + random() * 0.03, 52.02 + random() * 0.03), 4326) AS p) AS point;
