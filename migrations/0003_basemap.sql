-- A simple basemap a plan can ship with (roads, water, parks), so the map needs no
-- internet. An operator may use an external basemap instead.
CREATE TABLE basemap_features (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id   uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    class     text NOT NULL CHECK (class IN ('grid_road', 'road', 'water', 'park', 'railway', 'canal')),
    name      text,
    geom      geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    geom_3857 geometry(Geometry, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED
);
CREATE INDEX basemap_features_geom_3857_idx ON basemap_features USING gist (geom_3857);
CREATE INDEX basemap_features_plan_idx ON basemap_features (plan_id);
