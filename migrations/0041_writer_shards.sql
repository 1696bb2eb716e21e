-- A new pin costs less again (issue 17, commits that don't queue).
--
-- 1. Group writers no longer wait on each other's bubble cells. Migration 0037 split each
--    cell into 4 shard rows chosen by the writing backend's pid, so two group writers
--    (crates/waymark-api/src/contributions/writer.rs) whose connections fell on the same
--    shard wrote the same busy rows and took turns until commit; with 8 writers the rate
--    fell by half. A writer now names its own shard for its transaction
--    (`waymark.bubble_shard`, 4 and up: never one a pid picks); any other write keeps the
--    pid's. Readers sum whatever shards a cell has, as before.
-- 2. Three indexes every pin paid for and no query needs:
--    - contributions_location_idx (GiST on the exact point): the only query of the exact
--      point by place is a plan's boundary change, which looks pins up by plan;
--    - contributions_month_idx (plan_id, created_at): contributions_listing_idx
--      (plan_id, created_at DESC, id DESC) serves the same ranges;
--    - contributions_author_day_idx (plan_id, author_key, created_at) WHERE author_key IS
--      NOT NULL AND workshop_id IS NULL: contributions_author_idx (plan_id, author_key,
--      created_at DESC) WHERE author_key IS NOT NULL serves the daily limit's count.
--
-- Expand-only: the previous release's writes run the same function (without the setting,
-- the pid's shard) and its queries find the indexes that stay.

CREATE OR REPLACE FUNCTION contributions_bubble_cells_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_shard smallint := coalesce(nullif(current_setting('waymark.bubble_shard', true), '')::smallint,
                                  (pg_backend_pid() % 4)::smallint);
BEGIN
    -- Cells are touched in key order, so two writers never wait on each other in a cycle.
    INSERT INTO bubble_cells AS b
           (plan_id, gx, gy, shard, count, ideas, issues, interests, stories, sum_x, sum_y)
    SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), my_shard, count(*),
           count(*) FILTER (WHERE kind = 'idea'),
           count(*) FILTER (WHERE kind = 'issue'),
           count(*) FILTER (WHERE kind = 'interest'),
           count(*) FILTER (WHERE kind = 'story'),
           sum(ST_X(geom_3857)), sum(ST_Y(geom_3857))
      FROM new_rows
     WHERE status = 'published' AND geom_3857 IS NOT NULL
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3
    ON CONFLICT (plan_id, gx, gy, shard) DO UPDATE SET
        count = b.count + EXCLUDED.count,
        ideas = b.ideas + EXCLUDED.ideas,
        issues = b.issues + EXCLUDED.issues,
        interests = b.interests + EXCLUDED.interests,
        stories = b.stories + EXCLUDED.stories,
        sum_x = b.sum_x + EXCLUDED.sum_x,
        sum_y = b.sum_y + EXCLUDED.sum_y;
    INSERT INTO bubble_cell_themes AS b (plan_id, gx, gy, shard, theme, count)
    SELECT plan_id, bubble_gx(geom_3857), bubble_gy(geom_3857), my_shard, theme, count(*)
      FROM new_rows, unnest(themes) AS theme
     WHERE status = 'published' AND geom_3857 IS NOT NULL
     GROUP BY 1, 2, 3, 5
     ORDER BY 1, 2, 3, 5
    ON CONFLICT (plan_id, gx, gy, theme, shard)
        DO UPDATE SET count = b.count + EXCLUDED.count;
    RETURN NULL;
END;
$$;

DROP INDEX contributions_location_idx;
DROP INDEX contributions_month_idx;
DROP INDEX contributions_author_day_idx;
