-- Phase G of bench/ingest.sh: PostgreSQL alone writing pins in groups, as Waymark's group
-- writers do: one INSERT of `n` contributions per transaction (`pgbench -D n=...`), with
-- every trigger and index of `contributions`, at random points inside the Milton Keynes
-- plan, each placed in the statement as the writers place it (`contribution_place`). No
-- HTTP, JSON, validation or language detection: what the schema allows on this machine.
INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location,
                           neighbourhood_id, geom, author_key, lang)
SELECT ':plan', 'idea', '{energy,community}', 'Bench pgbench row',
       'We could put solar panels on the community centre roof and share the savings with the youth club; a shared battery would keep the lights on during power cuts. Happy to help organise a meeting in June.',
       'exact', pin.point, place.neighbourhood_id, place.geom, 'visitor:bench', 'en'
  FROM generate_series(1, :n),
       LATERAL (SELECT ST_SetSRID(ST_MakePoint(-0.76 + random() * 0.03,
                                               52.02 + random() * 0.03), 4326) AS point) pin,
       LATERAL contribution_place(':plan', pin.point, 'exact') place;
