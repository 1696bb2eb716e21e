//! Which basemap a plan draws, and the imports that give it one: an OpenStreetMap extract
//! staged by osm2pgsql in `osm_import.features`, or a PMTiles archive.

use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

/// Lock key held through an OSM import, since every import stages in the same table.
const OSM_IMPORT_LOCK: i64 = 0x0057_6179_6d6f_736d; // "Waymosm"

/// Waits until no other OSM import runs on this database; the lock holds as long as
/// `conn` stays open or until [`unlock_osm_import`].
pub async fn lock_osm_import(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query_scalar!("SELECT pg_advisory_lock($1)::text", OSM_IMPORT_LOCK)
        .fetch_one(conn)
        .await
        .map(|_| ())
}

/// Empties the staging table (the extract has no business staying there) and lets the
/// next import go, even when osm2pgsql left no table behind.
pub async fn unlock_osm_import(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    let emptied = sqlx::query!("TRUNCATE osm_import.features")
        .execute(&mut *conn)
        .await;
    sqlx::query_scalar!("SELECT pg_advisory_unlock($1)", OSM_IMPORT_LOCK)
        .fetch_one(conn)
        .await?;
    emptied.map(|_| ())
}

/// What osm2pgsql staged, measured against the plan.
#[derive(Debug, Clone)]
pub struct Staged {
    pub features: i64,
    /// Features touching the plan's boundary itself.
    pub inside: i64,
    /// `[min_lon, min_lat, max_lon, max_lat]` of the staged features.
    pub bbox: Option<[f64; 4]>,
}

pub async fn staged(db: impl PgExecutor<'_>, plan_id: Uuid) -> Result<Staged, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT count(*) AS "features!",
                  count(*) FILTER (WHERE ST_Intersects(s.geom, p.boundary)) AS "inside!",
                  ST_XMin(ST_Extent(s.geom)) AS min_lon, ST_YMin(ST_Extent(s.geom)) AS min_lat,
                  ST_XMax(ST_Extent(s.geom)) AS max_lon, ST_YMax(ST_Extent(s.geom)) AS max_lat
             FROM osm_import.features s, plans p
            WHERE p.id = $1"#,
        plan_id
    )
    .fetch_one(db)
    .await?;
    Ok(Staged {
        features: row.features,
        inside: row.inside,
        bbox: match (row.min_lon, row.min_lat, row.max_lon, row.max_lat) {
            (Some(a), Some(b), Some(c), Some(d)) => Some([a, b, c, d]),
            _ => None,
        },
    })
}

/// Replaces the plan's OSM basemap with what is staged, clipped to the plan's map area
/// (the boundary's box and 60 % of its size around it, as far as the map UI lets one
/// pan), and makes it the basemap the plan draws. Call inside a transaction; returns the
/// features kept.
pub async fn replace_osm(conn: &mut PgConnection, plan_id: Uuid) -> Result<u64, sqlx::Error> {
    sqlx::query!(
        "DELETE FROM basemap_features WHERE plan_id = $1 AND source = 'osm'",
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    let inserted = sqlx::query!(
        r#"WITH area AS (
               SELECT ST_MakeEnvelope(
                          ST_XMin(boundary) - 0.6 * (ST_XMax(boundary) - ST_XMin(boundary)),
                          ST_YMin(boundary) - 0.6 * (ST_YMax(boundary) - ST_YMin(boundary)),
                          ST_XMax(boundary) + 0.6 * (ST_XMax(boundary) - ST_XMin(boundary)),
                          ST_YMax(boundary) + 0.6 * (ST_YMax(boundary) - ST_YMin(boundary)),
                          4326) AS box
                 FROM plans WHERE id = $1
           ), clipped AS (
               SELECT s.layer, s.class, s.name,
                      CASE WHEN ST_CoveredBy(s.geom, area.box) THEN s.geom
                           ELSE ST_CollectionExtract(ST_Intersection(s.geom, area.box),
                                                     ST_Dimension(s.geom) + 1)
                      END AS geom
                 FROM osm_import.features s, area
                WHERE s.geom && area.box AND ST_Intersects(s.geom, area.box) AND ST_IsValid(s.geom)
           )
           INSERT INTO basemap_features (plan_id, source, layer, class, name, geom)
           SELECT $1, 'osm', layer, class, name, geom
             FROM clipped
            WHERE NOT ST_IsEmpty(geom) AND ST_IsValid(geom)"#,
        plan_id
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    choose(conn, plan_id, "osm").await?;
    Ok(inserted)
}

/// Makes `basemap` (`own`, `osm` or `pmtiles`) the one the plan draws, and drops every
/// cached basemap tile showing any of the plan's features, drawn or no longer drawn.
async fn choose(conn: &mut PgConnection, plan_id: Uuid, basemap: &str) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE plans SET basemap = $2 WHERE id = $1",
        plan_id,
        basemap
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar!(
        r#"SELECT notify_tiles('basemap', ST_Extent(geom)::geometry)::text
             FROM basemap_features WHERE plan_id = $1"#,
        plan_id
    )
    .fetch_one(conn)
    .await
    .map(|_| ())
}

/// A plan's PMTiles archive as recorded at import.
#[derive(Debug, Clone)]
pub struct Archive {
    /// The file's name in the basemap directory.
    pub file: String,
    /// `protomaps` or `waymark`: whose layer names the tiles use.
    pub schema: String,
    pub min_zoom: i16,
    pub max_zoom: i16,
    pub attribution: String,
}

/// Records the plan's archive and makes it the basemap the plan draws. Call inside a
/// transaction; returns the file of the archive it replaces, for the caller to delete
/// once this commits.
pub async fn replace_archive(
    conn: &mut PgConnection,
    plan_id: Uuid,
    archive: &Archive,
) -> Result<Option<String>, sqlx::Error> {
    let previous = sqlx::query_scalar!(
        "SELECT file FROM basemap_archives WHERE plan_id = $1 FOR UPDATE",
        plan_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO basemap_archives (plan_id, file, schema, min_zoom, max_zoom, attribution)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (plan_id) DO UPDATE
              SET file = EXCLUDED.file, schema = EXCLUDED.schema, min_zoom = EXCLUDED.min_zoom,
                  max_zoom = EXCLUDED.max_zoom, attribution = EXCLUDED.attribution,
                  imported_at = now()"#,
        plan_id,
        archive.file,
        archive.schema,
        archive.min_zoom,
        archive.max_zoom,
        archive.attribution
    )
    .execute(&mut *conn)
    .await?;
    choose(conn, plan_id, "pmtiles").await?;
    Ok(previous.filter(|file| *file != archive.file))
}

/// The basemap a plan draws, for its style.
#[derive(Debug, Clone)]
pub struct PlanBasemap {
    /// `own`, `osm` or `pmtiles`.
    pub basemap: String,
    /// `[min_lon, min_lat, max_lon, max_lat]` of the plan's boundary.
    pub bbox: [f64; 4],
    /// Set when the plan draws an archive.
    pub archive: Option<Archive>,
}

pub async fn of_plan(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<PlanBasemap>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT p.basemap,
                  ST_XMin(p.boundary) AS "min_lon!", ST_YMin(p.boundary) AS "min_lat!",
                  ST_XMax(p.boundary) AS "max_lon!", ST_YMax(p.boundary) AS "max_lat!",
                  a.file AS "file?", a.schema AS "schema?", a.min_zoom AS "min_zoom?",
                  a.max_zoom AS "max_zoom?", a.attribution AS "attribution?"
             FROM plans p
             LEFT JOIN basemap_archives a ON a.plan_id = p.id AND p.basemap = 'pmtiles'
            WHERE p.slug = $1"#,
        slug
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| PlanBasemap {
        archive: match (r.file, r.schema, r.min_zoom, r.max_zoom, r.attribution) {
            (Some(file), Some(schema), Some(min_zoom), Some(max_zoom), Some(attribution)) => {
                Some(Archive {
                    file,
                    schema,
                    min_zoom,
                    max_zoom,
                    attribution,
                })
            }
            _ => None,
        },
        basemap: r.basemap,
        bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
    }))
}

/// The basemaps any plan draws (`own`, `osm`), for the style of the whole server.
pub async fn in_use(db: impl PgExecutor<'_>) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT DISTINCT basemap AS "basemap!" FROM plans ORDER BY 1"#)
        .fetch_all(db)
        .await
}

/// The basemaps a plan has loaded, and the one it draws: what an admin chooses from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// `own`, `osm` or `pmtiles`.
    pub current: String,
    /// Features drawn for the plan (the demo's), and imported from OpenStreetMap.
    pub own_features: i64,
    pub osm_features: i64,
    pub archive: Option<(Archive, OffsetDateTime)>,
}

pub async fn loaded(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<Loaded>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT p.basemap,
                  (SELECT count(*) FROM basemap_features f
                    WHERE f.plan_id = p.id AND f.source = 'own') AS "own!",
                  (SELECT count(*) FROM basemap_features f
                    WHERE f.plan_id = p.id AND f.source = 'osm') AS "osm!",
                  a.file AS "file?", a.schema AS "schema?", a.min_zoom AS "min_zoom?",
                  a.max_zoom AS "max_zoom?", a.attribution AS "attribution?",
                  a.imported_at AS "imported_at?"
             FROM plans p
             LEFT JOIN basemap_archives a ON a.plan_id = p.id
            WHERE p.slug = $1"#,
        slug
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| Loaded {
        current: r.basemap,
        own_features: r.own,
        osm_features: r.osm,
        archive: match (
            r.file,
            r.schema,
            r.min_zoom,
            r.max_zoom,
            r.attribution,
            r.imported_at,
        ) {
            (
                Some(file),
                Some(schema),
                Some(min_zoom),
                Some(max_zoom),
                Some(attribution),
                Some(at),
            ) => Some((
                Archive {
                    file,
                    schema,
                    min_zoom,
                    max_zoom,
                    attribution,
                },
                at,
            )),
            _ => None,
        },
    }))
}

/// Why a plan cannot draw the basemap an admin chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChooseOutcome {
    Chosen,
    NoPlan,
    /// Nothing of that kind is loaded for the plan (no OSM import, no archive).
    NotLoaded,
}

/// Makes a loaded basemap (`own`, `osm` or `pmtiles`) the one the plan draws. The plan's
/// own drawing can always be chosen, even empty: it is where every plan starts.
pub async fn choose_loaded(
    conn: &mut PgConnection,
    slug: &str,
    basemap: &str,
) -> Result<ChooseOutcome, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT p.id,
                  CASE $2
                      WHEN 'own' THEN true
                      WHEN 'osm' THEN EXISTS (SELECT 1 FROM basemap_features f
                                               WHERE f.plan_id = p.id AND f.source = 'osm')
                      WHEN 'pmtiles' THEN EXISTS (SELECT 1 FROM basemap_archives a
                                                   WHERE a.plan_id = p.id)
                      ELSE false
                  END AS "loaded!"
             FROM plans p WHERE p.slug = $1 FOR UPDATE OF p"#,
        slug,
        basemap
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        None => ChooseOutcome::NoPlan,
        Some(r) if !r.loaded => ChooseOutcome::NotLoaded,
        Some(r) => {
            choose(conn, r.id, basemap).await?;
            ChooseOutcome::Chosen
        }
    })
}
