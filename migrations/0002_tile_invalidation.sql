-- Tells every Waymark process which tiles a write made stale: one notification per
-- statement on channel `waymark_tiles`, with the layer and the lon/lat box of every
-- row it touched (old and new places), so a bulk load costs one message, not one a row.

CREATE FUNCTION notify_tiles(layer text, box geometry) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('waymark_tiles', json_build_object(
               'layer', layer,
               'bbox', json_build_array(ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box))
           )::text)
     WHERE box IS NOT NULL;
$$;

CREATE FUNCTION contributions_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT ST_Extent(geom)::geometry INTO box FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(geom)::geometry INTO box
          FROM (SELECT geom FROM old_rows UNION ALL SELECT geom FROM new_rows) AS touched;
    ELSE
        SELECT ST_Extent(geom)::geometry INTO box FROM old_rows;
    END IF;
    PERFORM notify_tiles('contributions', box);
    RETURN NULL;
END;
$$;

CREATE TRIGGER contributions_notify_tiles_insert AFTER INSERT ON contributions
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_notify_tiles();
CREATE TRIGGER contributions_notify_tiles_update AFTER UPDATE ON contributions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_notify_tiles();
CREATE TRIGGER contributions_notify_tiles_delete AFTER DELETE ON contributions
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contributions_notify_tiles();

CREATE FUNCTION neighbourhoods_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT ST_Extent(boundary)::geometry INTO box FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(boundary)::geometry INTO box
          FROM (SELECT boundary FROM old_rows UNION ALL SELECT boundary FROM new_rows) AS touched;
    ELSE
        SELECT ST_Extent(boundary)::geometry INTO box FROM old_rows;
    END IF;
    PERFORM notify_tiles('neighbourhoods', box);
    RETURN NULL;
END;
$$;

CREATE TRIGGER neighbourhoods_notify_tiles_insert AFTER INSERT ON neighbourhoods
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION neighbourhoods_notify_tiles();
CREATE TRIGGER neighbourhoods_notify_tiles_update AFTER UPDATE ON neighbourhoods
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION neighbourhoods_notify_tiles();
CREATE TRIGGER neighbourhoods_notify_tiles_delete AFTER DELETE ON neighbourhoods
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION neighbourhoods_notify_tiles();
