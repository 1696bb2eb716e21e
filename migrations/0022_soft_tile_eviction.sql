-- A contributions update that changes only what pins say (an official response's status,
-- a support count) tells the tile caches so with `"soft": true`: they may serve the old
-- tile while the new one renders. Anything that changes which pins a tile shows, where,
-- or the words a moderator may have had to take out stays a hard eviction.
-- Expand-only: an older Waymark reads the same notification and ignores the new field.

CREATE OR REPLACE FUNCTION notify_tiles(layer text, box geometry, soft boolean) RETURNS void
LANGUAGE sql AS $$
    SELECT pg_notify('waymark_tiles', json_build_object(
               'layer', layer,
               'bbox', json_build_array(ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)),
               'soft', soft
           )::text)
     WHERE box IS NOT NULL;
$$;

CREATE OR REPLACE FUNCTION contributions_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
    soft boolean := false;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT ST_Extent(geom)::geometry INTO box FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(geom)::geometry INTO box
          FROM (SELECT geom FROM old_rows UNION ALL SELECT geom FROM new_rows) AS touched;
        SELECT NOT EXISTS (
                   SELECT 1
                     FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (o.status, o.plan_id, o.geom, o.kind, o.themes, o.title, o.body,
                           o.display_name, o.precision)
                          IS DISTINCT FROM
                          (n.status, n.plan_id, n.geom, n.kind, n.themes, n.title, n.body,
                           n.display_name, n.precision))
          INTO soft;
    ELSE
        SELECT ST_Extent(geom)::geometry INTO box FROM old_rows;
    END IF;
    PERFORM notify_tiles('contributions', box, soft);
    RETURN NULL;
END;
$$;
