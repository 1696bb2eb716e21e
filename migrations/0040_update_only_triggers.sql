-- Since migration 0038 a new pin fires `contributions_events_inserted` and
-- `contributions_bubble_cells_inserted`; the INSERT branches left in
-- `contributions_events` (migration 0035) and `contributions_bubble_cells` (0037) no
-- longer ran. They are gone: the first now serves updates only, the second updates and
-- deletes. A new pin's event and bubble counts are written in one place each.
--
-- Expand-only: the same triggers call the same functions with the same results.

CREATE OR REPLACE FUNCTION contributions_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text;
    audience text := 'public';
BEGIN
    -- Synthetic bulk loads for benchmarks are nobody's news.
    IF current_setting('waymark.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF NEW.status = 'published' AND OLD.status <> 'published' THEN
        kind := 'created';
    ELSIF NEW.status <> 'published' AND OLD.status = 'published' THEN
        kind := 'hidden';
    ELSIF NEW.status <> 'published' THEN
        kind := 'updated';
        audience := 'moderators';
    ELSIF (NEW.outcome, NEW.outcome_response_id, NEW.commitment_id, NEW.outcome_updated_at)
          IS DISTINCT FROM (OLD.outcome, OLD.outcome_response_id, OLD.commitment_id, OLD.outcome_updated_at) THEN
        kind := 'outcome';
    ELSIF NEW.support_count <> OLD.support_count
          AND (NEW.title, NEW.body, NEW.kind, NEW.themes, NEW.geom, NEW.reply_count)
              IS NOT DISTINCT FROM (OLD.title, OLD.body, OLD.kind, OLD.themes, OLD.geom, OLD.reply_count) THEN
        kind := 'supported';
    ELSE
        kind := 'updated';
    END IF;
    INSERT INTO events (plan_id, kind, subject_id, audience, data)
    VALUES (NEW.plan_id, kind, NEW.id, audience,
            CASE WHEN kind = 'hidden' THEN jsonb_build_object('id', NEW.id)
                 ELSE contribution_feature(NEW) END);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION contributions_bubble_cells() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes text;
    my_shard smallint := (pg_backend_pid() % 4)::smallint;
BEGIN
    IF TG_OP = 'UPDATE' THEN
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
