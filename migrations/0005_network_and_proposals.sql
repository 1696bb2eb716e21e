-- The electricity distribution network as operators publish it, and community-energy
-- proposals with their workflow and the operator's answers.

CREATE TABLE substations (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    operator                 text NOT NULL CHECK (char_length(operator) BETWEEN 1 AND 100),
    external_id              text NOT NULL CHECK (char_length(external_id) BETWEEN 1 AND 100),
    name                     text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    kind                     text NOT NULL CHECK (kind IN ('grid_supply_point', 'bulk_supply_point', 'primary')),
    voltage                  text,
    upstream_external_id     text,
    geom                     geometry(Point, 4326) NOT NULL,
    geom_3857                geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    firm_capacity_mva        double precision,
    peak_demand_mva          double precision,
    demand_headroom_mva      double precision,
    generation_headroom_mw   double precision,
    connected_generation_mw  double precision,
    queued_generation_mw     double precision,
    fault_level_headroom_ka  double precision,
    rag                      text NOT NULL CHECK (rag IN ('green', 'amber', 'red')),
    data_date                date,
    source                   text NOT NULL,
    UNIQUE (operator, external_id)
);
CREATE INDEX substations_geom_idx ON substations USING gist (geom);
CREATE INDEX substations_geom_3857_idx ON substations USING gist (geom_3857);

CREATE TABLE supply_areas (
    substation_id uuid PRIMARY KEY REFERENCES substations (id) ON DELETE CASCADE,
    geom          geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    geom_3857     geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED
);
CREATE INDEX supply_areas_geom_idx ON supply_areas USING gist (geom);
CREATE INDEX supply_areas_geom_3857_idx ON supply_areas USING gist (geom_3857);

CREATE TABLE constraint_zones (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    operator      text NOT NULL,
    external_id   text NOT NULL,
    name          text NOT NULL,
    reason        text NOT NULL DEFAULT '',
    substation_id uuid REFERENCES substations (id) ON DELETE SET NULL,
    geom          geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    geom_3857     geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    UNIQUE (operator, external_id)
);
CREATE INDEX constraint_zones_geom_3857_idx ON constraint_zones USING gist (geom_3857);

-- Coarse bands are what the public sees instead of exact figures.
CREATE FUNCTION headroom_band(mw double precision) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN mw IS NULL THEN 'unknown'
        WHEN mw <= 0 THEN 'none'
        WHEN mw < 1 THEN 'under 1 MW'
        WHEN mw < 5 THEN '1 to 5 MW'
        ELSE 'over 5 MW'
    END
$$;

-- What anyone may see of the network: supply areas with their RAG and coarse bands.
-- No substation points, no exact figures, no queue, no constraint zones.
CREATE VIEW network_public AS
SELECT s.id, s.name, s.operator, s.rag,
       headroom_band(s.generation_headroom_mw - coalesce(s.queued_generation_mw, 0)) AS generation_band,
       headroom_band(s.demand_headroom_mva) AS demand_band,
       s.data_date, sa.geom, sa.geom_3857
  FROM supply_areas sa JOIN substations s ON s.id = sa.substation_id;

CREATE TABLE proposals (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id       uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    title         text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    technology    text NOT NULL CHECK (technology IN ('solar_pv', 'wind', 'battery', 'heat_pump',
                                                      'ev_charging', 'heat_network', 'efficiency')),
    capacity_kw   double precision NOT NULL CHECK (capacity_kw >= 0),
    export_kw     double precision NOT NULL CHECK (export_kw >= 0),
    import_kw     double precision NOT NULL CHECK (import_kw >= 0),
    phases        smallint NOT NULL DEFAULT 3 CHECK (phases IN (1, 3)),
    site          geometry(Geometry, 4326) NOT NULL
                      CHECK (GeometryType(site) IN ('POINT', 'POLYGON', 'MULTIPOLYGON') AND ST_IsValid(site)),
    site_point    geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(site)) STORED,
    site_3857     geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(ST_PointOnSurface(site), 3857)) STORED,
    group_name    text NOT NULL CHECK (char_length(group_name) BETWEEN 1 AND 200),
    description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    status        text NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'under_review', 'can_connect', 'needs_study',
                                        'needs_reinforcement', 'cannot_connect', 'withdrawn', 'going_ahead')),
    author_key    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposals_plan_idx ON proposals (plan_id, created_at DESC);
CREATE INDEX proposals_site_3857_idx ON proposals USING gist (site_3857);

-- Every status change, with who made it.
CREATE TABLE proposal_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    from_status text,
    to_status   text NOT NULL,
    actor       text NOT NULL,
    note        text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proposal_events_proposal_idx ON proposal_events (proposal_id, at);

CREATE TABLE dno_responses (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    decision    text NOT NULL CHECK (decision IN ('can_connect', 'needs_study', 'needs_reinforcement', 'cannot_connect')),
    cost_band   text NOT NULL,
    timescale   text NOT NULL,
    conditions  text NOT NULL DEFAULT '',
    notes       text NOT NULL DEFAULT '',
    responder   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dno_responses_proposal_idx ON dno_responses (proposal_id, created_at);

-- Proposals, supply areas and substations evict their tiles like contributions do.
CREATE FUNCTION proposals_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT ST_Extent(site_point)::geometry INTO box FROM old_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(p)::geometry INTO box
          FROM (SELECT site_point AS p FROM old_rows UNION ALL SELECT site_point FROM new_rows) AS t;
    ELSE
        SELECT ST_Extent(site_point)::geometry INTO box FROM new_rows;
    END IF;
    PERFORM notify_tiles('proposals', box);
    RETURN NULL;
END;
$$;
CREATE TRIGGER proposals_notify_tiles_insert AFTER INSERT ON proposals
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_notify_tiles();
CREATE TRIGGER proposals_notify_tiles_update AFTER UPDATE ON proposals
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_notify_tiles();
CREATE TRIGGER proposals_notify_tiles_delete AFTER DELETE ON proposals
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposals_notify_tiles();

-- Network imports replace many rows at once: one notification for the whole layer.
CREATE FUNCTION network_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_tiles('network', ST_MakeEnvelope(-180, -85, 180, 85, 4326));
    RETURN NULL;
END;
$$;
CREATE TRIGGER substations_notify_tiles AFTER INSERT OR UPDATE OR DELETE ON substations
    FOR EACH STATEMENT EXECUTE FUNCTION network_notify_tiles();
CREATE TRIGGER supply_areas_notify_tiles AFTER INSERT OR UPDATE OR DELETE ON supply_areas
    FOR EACH STATEMENT EXECUTE FUNCTION network_notify_tiles();
CREATE TRIGGER constraint_zones_notify_tiles AFTER INSERT OR UPDATE OR DELETE ON constraint_zones
    FOR EACH STATEMENT EXECUTE FUNCTION network_notify_tiles();

-- Drafts stay with the group that is writing them.
CREATE VIEW proposals_public AS
SELECT id, plan_id, title, technology, capacity_kw, export_kw, import_kw, phases, site, site_point,
       site_3857, group_name, description, status, created_at, updated_at
  FROM proposals
 WHERE status <> 'draft';
