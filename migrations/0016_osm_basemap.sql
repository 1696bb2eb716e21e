-- A real basemap for any place: features imported from an OpenStreetMap extract, drawn
-- in the same `basemap` tiles as a plan's own hand-drawn features, or a PMTiles archive
-- of vector tiles that Waymark serves as it is. Each plan chooses one.

-- The features now say which MVT layer they go in, with OpenMapTiles-like layer names and
-- classes, so that a style author finds what they expect.
ALTER TABLE basemap_features DROP CONSTRAINT basemap_features_class_check;
ALTER TABLE basemap_features
    ADD COLUMN layer text,
    -- 'own': drawn for the plan (the demo); 'osm': from `waymark import basemap --osm`.
    ADD COLUMN source text NOT NULL DEFAULT 'own' CHECK (source IN ('own', 'osm'));

-- The demo's hand-drawn classes in the new vocabulary, for rows already loaded and for
-- the demo fixture, which keeps its own class names.
CREATE FUNCTION basemap_demo_class(demo_class text, geom geometry, OUT layer text, OUT class text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
               WHEN demo_class IN ('grid_road', 'road', 'railway') THEN 'transportation'
               WHEN demo_class = 'canal' THEN 'waterway'
               WHEN demo_class = 'water' AND GeometryType(geom) LIKE '%LINESTRING' THEN 'waterway'
               WHEN demo_class = 'water' THEN 'water'
               WHEN demo_class = 'park' THEN 'landcover'
           END,
           CASE demo_class
               WHEN 'grid_road' THEN 'primary'
               WHEN 'road' THEN 'trunk'
               WHEN 'railway' THEN 'rail'
               WHEN 'canal' THEN 'canal'
               WHEN 'water' THEN CASE WHEN GeometryType(geom) LIKE '%LINESTRING' THEN 'river' ELSE 'lake' END
               WHEN 'park' THEN 'park'
           END
$$;

UPDATE basemap_features SET (layer, class) = (SELECT * FROM basemap_demo_class(class, geom));

ALTER TABLE basemap_features
    ALTER COLUMN layer SET NOT NULL,
    ADD CONSTRAINT basemap_features_class_check CHECK (CASE layer
        WHEN 'transportation' THEN class IN ('motorway', 'trunk', 'primary', 'secondary',
                                             'tertiary', 'minor', 'service', 'path', 'rail')
        WHEN 'waterway' THEN class IN ('river', 'canal', 'stream', 'ditch')
        WHEN 'water' THEN class IN ('lake', 'river')
        WHEN 'landcover' THEN class IN ('park', 'wood', 'grass', 'meadow')
        WHEN 'building' THEN class = 'building'
        WHEN 'place' THEN class IN ('city', 'town', 'village', 'hamlet', 'suburb', 'quarter',
                                    'neighbourhood')
        ELSE false
    END),
    -- The first zoom whose tiles carry the feature: streets, paths, small water and
    -- buildings would only clutter (and bloat) a tile showing a whole town.
    ADD COLUMN min_zoom smallint GENERATED ALWAYS AS (CASE
        WHEN layer = 'building' THEN 14
        WHEN layer = 'transportation' AND class = 'secondary' THEN 9
        WHEN layer = 'transportation' AND class = 'tertiary' THEN 10
        WHEN layer = 'transportation' AND class = 'minor' THEN 12
        WHEN layer = 'transportation' AND class = 'service' THEN 13
        WHEN layer = 'transportation' AND class = 'path' THEN 14
        WHEN layer = 'waterway' AND class IN ('stream', 'ditch') THEN 13
        WHEN layer = 'landcover' AND class IN ('grass', 'meadow') THEN 12
        WHEN layer = 'place' AND class IN ('village', 'suburb') THEN 10
        WHEN layer = 'place' AND class IN ('hamlet', 'quarter', 'neighbourhood') THEN 13
        ELSE 0
    END) STORED;

-- Which basemap the plan's map draws: its own features, the OSM import, or an archive.
ALTER TABLE plans
    ADD COLUMN basemap text NOT NULL DEFAULT 'own' CHECK (basemap IN ('own', 'osm', 'pmtiles'));

-- A plan's PMTiles archive: a file Waymark copied into its basemap directory (a new name
-- at each import, so a file being served is never changed), and what its style needs.
CREATE TABLE basemap_archives (
    plan_id     uuid PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
    file        text NOT NULL CHECK (file ~ '^[a-z0-9-]+\.pmtiles$'),
    -- The archive's layer names: the Protomaps basemap's, or Waymark's own basemap's.
    schema      text NOT NULL CHECK (schema IN ('protomaps', 'waymark')),
    min_zoom    smallint NOT NULL CHECK (min_zoom BETWEEN 0 AND 30),
    max_zoom    smallint NOT NULL CHECK (max_zoom BETWEEN min_zoom AND 30),
    attribution text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
);

-- Where osm2pgsql (flex output, crates/waymark/osm/basemap.lua) writes an extract before
-- Waymark moves it into a plan's basemap in one transaction. osm2pgsql drops and makes
-- the table again at each import with these columns; one import runs at a time.
CREATE SCHEMA osm_import;
CREATE TABLE osm_import.features (
    osm_type char(1) NOT NULL,
    osm_id   bigint NOT NULL,
    layer text NOT NULL,
    class text NOT NULL,
    name  text,
    geom  geometry(Geometry, 4326) NOT NULL
);

-- Basemap writes tell every process which tiles went stale, as pins and neighbourhoods do.
CREATE FUNCTION basemap_features_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT ST_Extent(geom)::geometry INTO box FROM new_rows;
    ELSE
        SELECT ST_Extent(geom)::geometry INTO box FROM old_rows;
    END IF;
    PERFORM notify_tiles('basemap', box);
    RETURN NULL;
END;
$$;

CREATE TRIGGER basemap_features_notify_tiles_insert AFTER INSERT ON basemap_features
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION basemap_features_notify_tiles();
CREATE TRIGGER basemap_features_notify_tiles_delete AFTER DELETE ON basemap_features
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION basemap_features_notify_tiles();
