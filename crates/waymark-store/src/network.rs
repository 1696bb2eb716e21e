//! The electricity network: imports, the serving substation of a site, and what each
//! audience may see. The public reads only the `network_public` view.

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::Date;
use uuid::Uuid;

/// One substation as an import profile read it.
#[derive(Debug, Clone, PartialEq)]
pub struct SubstationRecord {
    pub external_id: String,
    pub name: String,
    pub kind: String,
    pub voltage: Option<String>,
    pub upstream_external_id: Option<String>,
    pub lon: f64,
    pub lat: f64,
    pub firm_capacity_mva: Option<f64>,
    pub peak_demand_mva: Option<f64>,
    pub demand_headroom_mva: Option<f64>,
    pub generation_headroom_mw: Option<f64>,
    pub connected_generation_mw: Option<f64>,
    pub queued_generation_mw: Option<f64>,
    pub fault_level_headroom_ka: Option<f64>,
    pub rag: String,
    pub data_date: Option<Date>,
    pub source: String,
}

/// Creates or updates a substation of `operator`, keyed by its external id; returns
/// its id. Re-importing the same file changes nothing.
pub async fn upsert_substation(
    conn: &mut PgConnection,
    operator: &str,
    s: &SubstationRecord,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        r#"INSERT INTO substations
               (operator, external_id, name, kind, voltage, upstream_external_id, geom,
                firm_capacity_mva, peak_demand_mva, demand_headroom_mva, generation_headroom_mw,
                connected_generation_mw, queued_generation_mw, fault_level_headroom_ka, rag,
                data_date, source)
           VALUES ($1, $2, $3, $4, $5, $6, ST_SetSRID(ST_MakePoint($7, $8), 4326),
                   $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
           ON CONFLICT (operator, external_id) DO UPDATE SET
               name = EXCLUDED.name, kind = EXCLUDED.kind, voltage = EXCLUDED.voltage,
               upstream_external_id = EXCLUDED.upstream_external_id, geom = EXCLUDED.geom,
               firm_capacity_mva = EXCLUDED.firm_capacity_mva,
               peak_demand_mva = EXCLUDED.peak_demand_mva,
               demand_headroom_mva = EXCLUDED.demand_headroom_mva,
               generation_headroom_mw = EXCLUDED.generation_headroom_mw,
               connected_generation_mw = EXCLUDED.connected_generation_mw,
               queued_generation_mw = EXCLUDED.queued_generation_mw,
               fault_level_headroom_ka = EXCLUDED.fault_level_headroom_ka,
               rag = EXCLUDED.rag, data_date = EXCLUDED.data_date, source = EXCLUDED.source
           RETURNING id"#,
        operator,
        s.external_id,
        s.name,
        s.kind,
        s.voltage,
        s.upstream_external_id,
        s.lon,
        s.lat,
        s.firm_capacity_mva,
        s.peak_demand_mva,
        s.demand_headroom_mva,
        s.generation_headroom_mw,
        s.connected_generation_mw,
        s.queued_generation_mw,
        s.fault_level_headroom_ka,
        s.rag,
        s.data_date,
        s.source,
    )
    .fetch_one(conn)
    .await
}

/// Sets the supply area of a substation (GeoJSON Polygon or MultiPolygon).
pub async fn upsert_supply_area(
    conn: &mut PgConnection,
    operator: &str,
    substation_external_id: &str,
    geometry: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        r#"INSERT INTO supply_areas (substation_id, geom)
           SELECT id, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326))
             FROM substations WHERE operator = $1 AND external_id = $2
           ON CONFLICT (substation_id) DO UPDATE SET geom = EXCLUDED.geom"#,
        operator,
        substation_external_id,
        geometry
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn upsert_constraint_zone(
    conn: &mut PgConnection,
    operator: &str,
    external_id: &str,
    name: &str,
    reason: &str,
    substation_external_id: Option<&str>,
    geometry: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO constraint_zones (operator, external_id, name, reason, substation_id, geom)
           VALUES ($1, $2, $3, $4,
                   (SELECT id FROM substations WHERE operator = $1 AND external_id = $5),
                   ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($6), 4326)))
           ON CONFLICT (operator, external_id) DO UPDATE SET
               name = EXCLUDED.name, reason = EXCLUDED.reason,
               substation_id = EXCLUDED.substation_id, geom = EXCLUDED.geom"#,
        operator,
        external_id,
        name,
        reason,
        substation_external_id,
        geometry
    )
    .execute(conn)
    .await
    .map(|_| ())
}

/// The headroom figures of the substation serving a site: the primary whose supply
/// area holds it, else the nearest primary (with the distance in metres).
#[derive(Debug, Clone)]
pub struct ServingRow {
    pub name: String,
    pub demand_headroom_mva: f64,
    pub generation_headroom_mw: f64,
    pub queued_generation_mw: f64,
    pub in_supply_area: bool,
    pub distance_m: f64,
}

pub async fn serving(
    db: impl PgExecutor<'_>,
    lon: f64,
    lat: f64,
) -> Result<Option<ServingRow>, sqlx::Error> {
    sqlx::query_as!(
        ServingRow,
        r#"WITH site AS (SELECT ST_SetSRID(ST_MakePoint($1, $2), 4326) AS g)
           SELECT s.name,
                  coalesce(s.demand_headroom_mva, 0) AS "demand_headroom_mva!",
                  coalesce(s.generation_headroom_mw, 0) AS "generation_headroom_mw!",
                  coalesce(s.queued_generation_mw, 0) AS "queued_generation_mw!",
                  (sa.geom IS NOT NULL AND ST_Intersects(sa.geom, site.g)) AS "in_supply_area!",
                  ST_Distance(s.geom::geography, site.g::geography) AS "distance_m!"
             FROM substations s
             LEFT JOIN supply_areas sa ON sa.substation_id = s.id, site
            WHERE s.kind = 'primary'
            ORDER BY (sa.geom IS NOT NULL AND ST_Intersects(sa.geom, site.g)) DESC,
                     s.geom <-> site.g
            LIMIT 1"#,
        lon,
        lat
    )
    .fetch_optional(db)
    .await
}

/// The network as GeoJSON features. The public gets supply areas with RAG and coarse
/// bands only; `detailed` (DNO engineers, admins) adds exact figures, substation
/// points and constraint zones. Filtered here, in SQL: nothing else leaves the database.
pub async fn features(
    db: &mut PgConnection,
    detailed: bool,
    bbox: Option<[f64; 4]>,
) -> Result<Vec<Value>, sqlx::Error> {
    let [x0, y0, x1, y1] = bbox.map_or([None; 4], |b| b.map(Some));
    if !detailed {
        return sqlx::query_scalar!(
            r#"SELECT json_build_object(
                   'type', 'Feature', 'id', id,
                   'geometry', ST_AsGeoJSON(geom, 6)::json,
                   'properties', json_build_object(
                       'layer', 'supply_area', 'name', name, 'operator', operator, 'rag', rag,
                       'generation_band', generation_band, 'demand_band', demand_band,
                       'data_date', data_date)
               )::jsonb AS "feature!"
                 FROM network_public
                WHERE $1::float8 IS NULL OR geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
                ORDER BY name"#,
            x0,
            y0,
            x1,
            y1
        )
        .fetch_all(db)
        .await;
    }
    let mut features = sqlx::query_scalar!(
        r#"SELECT json_build_object(
               'type', 'Feature', 'id', s.id,
               'geometry', ST_AsGeoJSON(s.geom, 6)::json,
               'properties', json_build_object(
                   'layer', 'substation', 'external_id', s.external_id, 'name', s.name,
                   'operator', s.operator, 'kind', s.kind, 'voltage', s.voltage,
                   'upstream_external_id', s.upstream_external_id,
                   'firm_capacity_mva', s.firm_capacity_mva, 'peak_demand_mva', s.peak_demand_mva,
                   'demand_headroom_mva', s.demand_headroom_mva,
                   'generation_headroom_mw', s.generation_headroom_mw,
                   'connected_generation_mw', s.connected_generation_mw,
                   'queued_generation_mw', s.queued_generation_mw,
                   'fault_level_headroom_ka', s.fault_level_headroom_ka,
                   'rag', s.rag, 'data_date', s.data_date, 'source', s.source)
           )::jsonb AS "feature!"
             FROM substations s
            WHERE $1::float8 IS NULL OR s.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
            ORDER BY s.kind, s.name"#,
        x0,
        y0,
        x1,
        y1
    )
    .fetch_all(&mut *db)
    .await?;
    features.extend(
        sqlx::query_scalar!(
            r#"SELECT json_build_object(
                   'type', 'Feature', 'id', s.id,
                   'geometry', ST_AsGeoJSON(sa.geom, 6)::json,
                   'properties', json_build_object(
                       'layer', 'supply_area', 'name', s.name, 'operator', s.operator,
                       'rag', s.rag,
                       'generation_headroom_mw', s.generation_headroom_mw,
                       'queued_generation_mw', s.queued_generation_mw,
                       'demand_headroom_mva', s.demand_headroom_mva,
                       'generation_band', headroom_band(s.generation_headroom_mw - coalesce(s.queued_generation_mw, 0)),
                       'demand_band', headroom_band(s.demand_headroom_mva),
                       'data_date', s.data_date)
               )::jsonb AS "feature!"
                 FROM supply_areas sa JOIN substations s ON s.id = sa.substation_id
                WHERE $1::float8 IS NULL OR sa.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
                ORDER BY s.name"#,
            x0,
            y0,
            x1,
            y1
        )
        .fetch_all(&mut *db)
        .await?,
    );
    features.extend(
        sqlx::query_scalar!(
            r#"SELECT json_build_object(
                   'type', 'Feature', 'id', z.id,
                   'geometry', ST_AsGeoJSON(z.geom, 6)::json,
                   'properties', json_build_object(
                       'layer', 'constraint_zone', 'external_id', z.external_id, 'name', z.name,
                       'operator', z.operator, 'reason', z.reason)
               )::jsonb AS "feature!"
                 FROM constraint_zones z
                WHERE $1::float8 IS NULL OR z.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
                ORDER BY z.name"#,
            x0,
            y0,
            x1,
            y1
        )
        .fetch_all(&mut *db)
        .await?,
    );
    Ok(features)
}
