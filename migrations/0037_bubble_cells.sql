-- Bubble counts kept per grid cell (issue 17), so that low-zoom contributions tiles read
-- a few thousand cells instead of aggregating every pin at render time.
--
-- The grid is the bubble grid of zoom 12: each tile of zoom 12 holds 8 × 8 cells (see
-- `waymark_domain::tile::BUBBLE_CELLS`), so the world is 32,768 cells across. A bubble
-- cell of zoom z < 12 is exactly 2^(12 - z) × 2^(12 - z) of these, so one level serves
-- every low zoom. `gx` counts from the west, `gy` from the SOUTH (EPSG:3857 y).
--
-- Each row keeps the published pins' count, the count of each kind, and the sums of their
-- EPSG:3857 coordinates, so a bubble's position (the mean of its pins) is the same as when
-- it was computed from the pins. Theme counts (for the top theme) are in
-- `bubble_cell_themes`.
--
-- Maintained by statement-level triggers on `contributions` in the writing transaction,
-- one upsert per touched cell (a COPY of a million rows is a few thousand upserts). A
-- cell is split into 4 `shard` rows, chosen by the writing backend's pid, so concurrent
-- writers in one busy cell rarely wait on one row; readers sum the shards. Counts that
-- fall to zero stay as rows (readers skip them).
--
-- Expand-only: new tables and triggers; the previous release's writes keep them right.

CREATE TABLE bubble_cells (
    plan_id    uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    gx         integer NOT NULL,
    gy         integer NOT NULL,
    shard      smallint NOT NULL,
    count      bigint NOT NULL,
    ideas      bigint NOT NULL,
    issues     bigint NOT NULL,
    interests  bigint NOT NULL,
    stories    bigint NOT NULL,
    sum_x      double precision NOT NULL,
    sum_y      double precision NOT NULL,
    cell       point GENERATED ALWAYS AS (point(gx, gy)) STORED,
    PRIMARY KEY (plan_id, gx, gy, shard)
);
CREATE INDEX bubble_cells_cell_idx ON bubble_cells USING gist (cell);

CREATE TABLE bubble_cell_themes (
    plan_id    uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    gx         integer NOT NULL,
    gy         integer NOT NULL,
    shard      smallint NOT NULL,
    theme      text NOT NULL,
    count      bigint NOT NULL,
    cell       point GENERATED ALWAYS AS (point(gx, gy)) STORED,
    PRIMARY KEY (plan_id, gx, gy, theme, shard)
);
CREATE INDEX bubble_cell_themes_cell_idx ON bubble_cell_themes USING gist (cell);

-- The zoom-12 bubble cell of an EPSG:3857 point: 20037508.342789244 is half the world.
CREATE FUNCTION bubble_gx(p geometry) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor((ST_X(p) + 20037508.342789244) / (2 * 20037508.342789244 / 32768))::int
$$;
CREATE FUNCTION bubble_gy(p geometry) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor((ST_Y(p) + 20037508.342789244) / (2 * 20037508.342789244 / 32768))::int
$$;

-- What a statement changed, as (plan_id, geom_3857, kind, themes, sign) rows: sign 1 for a
-- published pin that appeared, -1 for one that went (unpublished, moved, deleted, kind or
-- themes changed: the old one goes, the new one comes). Read from the trigger's transition
-- tables, so EXECUTEd in the trigger function itself.
CREATE FUNCTION contributions_bubble_cells() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes text;
    my_shard smallint := (pg_backend_pid() % 4)::smallint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        changes := $q$SELECT plan_id, geom_3857, kind, themes, 1 AS sign
                        FROM new_rows WHERE status = 'published' AND geom_3857 IS NOT NULL$q$;
    ELSIF TG_OP = 'UPDATE' THEN
        changes := $q$SELECT n.plan_id, n.geom_3857, n.kind, n.themes, 1 AS sign
                        FROM new_rows n JOIN old_rows o ON o.id = n.id
                       WHERE n.status = 'published' AND n.geom_3857 IS NOT NULL
                         AND (n.status, n.plan_id, ST_X(n.geom_3857), ST_Y(n.geom_3857), n.kind, n.themes)
                             IS DISTINCT FROM
                             (o.status, o.plan_id, ST_X(o.geom_3857), ST_Y(o.geom_3857), o.kind, o.themes)
                      UNION ALL
                      SELECT o.plan_id, o.geom_3857, o.kind, o.themes, -1
                        FROM new_rows n JOIN old_rows o ON o.id = n.id
                       WHERE o.status = 'published' AND o.geom_3857 IS NOT NULL
                         AND (n.status, n.plan_id, ST_X(n.geom_3857), ST_Y(n.geom_3857), n.kind, n.themes)
                             IS DISTINCT FROM
                             (o.status, o.plan_id, ST_X(o.geom_3857), ST_Y(o.geom_3857), o.kind, o.themes)$q$;
    ELSE
        -- A delete only takes away, from whichever shard row of the cell exists (the plan's
        -- rows may be going too, in a cascade: nothing is inserted then).
        UPDATE bubble_cells b
           SET count = b.count - d.count, ideas = b.ideas - d.ideas, issues = b.issues - d.issues,
               interests = b.interests - d.interests, stories = b.stories - d.stories,
               sum_x = b.sum_x - d.sum_x, sum_y = b.sum_y - d.sum_y
          FROM (SELECT plan_id, bubble_gx(geom_3857) AS gx, bubble_gy(geom_3857) AS gy,
                       count(*) AS count,
                       count(*) FILTER (WHERE kind = 'idea') AS ideas,
                       count(*) FILTER (WHERE kind = 'issue') AS issues,
                       count(*) FILTER (WHERE kind = 'interest') AS interests,
                       count(*) FILTER (WHERE kind = 'story') AS stories,
                       sum(ST_X(geom_3857)) AS sum_x, sum(ST_Y(geom_3857)) AS sum_y
                  FROM old_rows WHERE status = 'published' AND geom_3857 IS NOT NULL
                 GROUP BY 1, 2, 3) AS d
         WHERE b.plan_id = d.plan_id AND b.gx = d.gx AND b.gy = d.gy
           AND b.shard = (SELECT min(shard) FROM bubble_cells m
                           WHERE m.plan_id = d.plan_id AND m.gx = d.gx AND m.gy = d.gy);
        UPDATE bubble_cell_themes b SET count = b.count - d.count
          FROM (SELECT plan_id, bubble_gx(geom_3857) AS gx, bubble_gy(geom_3857) AS gy, theme,
                       count(*) AS count
                  FROM old_rows, unnest(themes) AS theme
                 WHERE status = 'published' AND geom_3857 IS NOT NULL
                 GROUP BY 1, 2, 3, 4) AS d
         WHERE b.plan_id = d.plan_id AND b.gx = d.gx AND b.gy = d.gy AND b.theme = d.theme
           AND b.shard = (SELECT min(shard) FROM bubble_cell_themes m
                           WHERE m.plan_id = d.plan_id AND m.gx = d.gx AND m.gy = d.gy
                             AND m.theme = d.theme);
        RETURN NULL;
    END IF;

    -- Cells are touched in key order, so two writers never wait on each other in a cycle.
    EXECUTE format($q$
        WITH changes AS (%s)
        INSERT INTO bubble_cells AS b
               (plan_id, gx, gy, shard, count, ideas, issues, interests, stories, sum_x, sum_y)
        SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), $1, sum(sign),
               coalesce(sum(sign) FILTER (WHERE kind = 'idea'), 0),
               coalesce(sum(sign) FILTER (WHERE kind = 'issue'), 0),
               coalesce(sum(sign) FILTER (WHERE kind = 'interest'), 0),
               coalesce(sum(sign) FILTER (WHERE kind = 'story'), 0),
               sum(sign * ST_X(geom_3857)), sum(sign * ST_Y(geom_3857))
          FROM changes
         GROUP BY 1, 2, 3
         ORDER BY 1, 2, 3
        ON CONFLICT (plan_id, gx, gy, shard) DO UPDATE SET
            count = b.count + EXCLUDED.count,
            ideas = b.ideas + EXCLUDED.ideas,
            issues = b.issues + EXCLUDED.issues,
            interests = b.interests + EXCLUDED.interests,
            stories = b.stories + EXCLUDED.stories,
            sum_x = b.sum_x + EXCLUDED.sum_x,
            sum_y = b.sum_y + EXCLUDED.sum_y$q$, changes) USING my_shard;
    EXECUTE format($q$
        WITH changes AS (%s)
        INSERT INTO bubble_cell_themes AS b (plan_id, gx, gy, shard, theme, count)
        SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), $1, theme, sum(sign)
          FROM changes, unnest(themes) AS theme
         GROUP BY 1, 2, 3, 5
        HAVING sum(sign) <> 0
         ORDER BY 1, 2, 3, 5
        ON CONFLICT (plan_id, gx, gy, theme, shard)
            DO UPDATE SET count = b.count + EXCLUDED.count$q$, changes) USING my_shard;
    RETURN NULL;
END;
$$;

CREATE TRIGGER contributions_bubble_cells_insert AFTER INSERT ON contributions
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_bubble_cells();
CREATE TRIGGER contributions_bubble_cells_update AFTER UPDATE ON contributions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_bubble_cells();
CREATE TRIGGER contributions_bubble_cells_delete AFTER DELETE ON contributions
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_bubble_cells();

-- Backfill, after the triggers are in place: CREATE TRIGGER holds off writers until this
-- migration commits, so no pin is counted twice or missed.
INSERT INTO bubble_cells (plan_id, gx, gy, shard, count, ideas, issues, interests, stories, sum_x, sum_y)
SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), 0, count(*),
       count(*) FILTER (WHERE kind = 'idea'), count(*) FILTER (WHERE kind = 'issue'),
       count(*) FILTER (WHERE kind = 'interest'), count(*) FILTER (WHERE kind = 'story'),
       sum(ST_X(geom_3857)), sum(ST_Y(geom_3857))
  FROM contributions
 WHERE status = 'published' AND geom_3857 IS NOT NULL
 GROUP BY 1, 2, 3;
INSERT INTO bubble_cell_themes (plan_id, gx, gy, shard, theme, count)
SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), 0, theme, count(*)
  FROM contributions, unnest(themes) AS theme
 WHERE status = 'published' AND geom_3857 IS NOT NULL
 GROUP BY 1, 2, 3, 5;
