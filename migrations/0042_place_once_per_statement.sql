-- Where a new pin shows and which neighbourhood it is in, worked out by the statement
-- that writes it (issue 17, commits that don't queue).
--
-- `contributions_place` (migration 0001) is a row trigger in PL/pgSQL: for every pin it
-- ran the nearest-neighbourhood query through SPI and then worked out the published point
-- expression by expression, about 7% of the CPU of a busy ingest. The same rule is now one
-- SQL function, `contribution_place`, that PostgreSQL inlines into a query: the group
-- writer's INSERT (waymark_store::contributions::insert_many) joins it and writes
-- `neighbourhood_id` and `geom` itself, and the trigger, kept for every other write,
-- calls the same function and fires on an insert only when the statement has not placed
-- the pin (`geom IS NULL`). Updates of the location, precision or plan place the pin
-- again, as before.
--
-- Expand-only: the previous release's inserts leave `geom` empty and fire the trigger.

CREATE FUNCTION contribution_place(plan uuid, location geometry, pin_precision text)
RETURNS TABLE (neighbourhood_id uuid, geom geometry) LANGUAGE sql STABLE AS $$
    -- Exact: the point. Neighbourhood: the centre of the nearest neighbourhood. Street
    -- precision, and neighbourhood precision in a plan without neighbourhoods: the centre
    -- of a grid cell (about 100 m, or 1 km for neighbourhood precision).
    SELECT n.id,
           CASE
               WHEN pin_precision = 'exact' THEN location
               WHEN pin_precision = 'neighbourhood' AND n.centre IS NOT NULL THEN n.centre
               ELSE ST_SetSRID(ST_MakePoint(
                        (floor(ST_X(location) / cell.lon_step) + 0.5) * cell.lon_step,
                        (floor(ST_Y(location) / cell.lat_step) + 0.5) * cell.lat_step), 4326)
           END
      FROM (SELECT step AS lat_step, step / cos(radians(ST_Y(location))) AS lon_step
              FROM (SELECT CASE WHEN pin_precision = 'neighbourhood'
                                THEN 0.0009::float8 * 10 ELSE 0.0009::float8 END AS step) s
           ) cell
      LEFT JOIN LATERAL (
           SELECT n.id, n.centre
             FROM neighbourhoods n
            WHERE n.plan_id = plan
            ORDER BY n.boundary <-> location, n.id
            LIMIT 1) n ON true
$$;

CREATE OR REPLACE FUNCTION contributions_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT p.neighbourhood_id, p.geom INTO NEW.neighbourhood_id, NEW.geom
      FROM contribution_place(NEW.plan_id, NEW.location, NEW.precision) p;
    RETURN NEW;
END;
$$;

DROP TRIGGER contributions_place ON contributions;
CREATE TRIGGER contributions_place_insert BEFORE INSERT ON contributions
    FOR EACH ROW WHEN (NEW.geom IS NULL) EXECUTE FUNCTION contributions_place();
CREATE TRIGGER contributions_place_update BEFORE UPDATE OF location, precision, plan_id ON contributions
    FOR EACH ROW EXECUTE FUNCTION contributions_place();
