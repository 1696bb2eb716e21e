//! Plans and their neighbourhoods.

use serde_json::{Value, json};
use sqlx::PgExecutor;
use uuid::Uuid;
use waymark_domain::plan::NewPlan;

#[derive(Debug, Clone)]
pub struct PlanRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub allow_anonymous: bool,
    pub moderation: String,
    /// The most contributions one person may post in a day; `None`: no such limit.
    pub contributions_per_day: Option<i32>,
    /// Which basemap the plan draws: `own`, `osm` or `pmtiles`.
    pub basemap: String,
    /// Who is responsible for the plan's personal data, and where people write to use
    /// their rights (the privacy notice); `None` until an admin sets them.
    pub privacy_controller: Option<String>,
    pub privacy_contact: Option<String>,
    /// `[min_lon, min_lat, max_lon, max_lat]` of the boundary; the whole Web Mercator
    /// world for a plan that has no area yet (an empty boundary).
    pub bbox: [f64; 4],
    /// The boundary as GeoJSON; `None` from `list`, which leaves it out.
    pub boundary: Option<Value>,
}

#[derive(Debug, Clone)]
pub struct NeighbourhoodRow {
    pub slug: String,
    pub name: String,
    pub centre: [f64; 2],
    pub boundary: Value,
    pub contribution_count: i64,
}

/// Every plan, without its boundary (a town's real outline is some hundreds of kilobytes).
pub async fn list(db: impl PgExecutor<'_>) -> Result<Vec<PlanRow>, sqlx::Error> {
    sqlx::query!(
        r#"SELECT id, slug, title, description, allow_anonymous, moderation,
                  contributions_per_day, basemap, privacy_controller, privacy_contact,
                  COALESCE(ST_XMin(boundary), -180) AS "min_lon!",
                  COALESCE(ST_YMin(boundary), -85.051129) AS "min_lat!",
                  COALESCE(ST_XMax(boundary), 180) AS "max_lon!",
                  COALESCE(ST_YMax(boundary), 85.051129) AS "max_lat!"
             FROM plans ORDER BY title, slug"#
    )
    .fetch_all(db)
    .await
    .map(|rows| {
        rows.into_iter()
            .map(|r| PlanRow {
                id: r.id,
                slug: r.slug,
                title: r.title,
                description: r.description,
                allow_anonymous: r.allow_anonymous,
                moderation: r.moderation,
                contributions_per_day: r.contributions_per_day,
                basemap: r.basemap,
                privacy_controller: r.privacy_controller,
                privacy_contact: r.privacy_contact,
                bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
                boundary: None,
            })
            .collect()
    })
}

/// The plan's id (`None`: no such plan), for a check that it exists or a lookup that needs
/// nothing else: `get` also writes out the whole boundary, which for a town's real outline
/// is some hundreds of kilobytes of GeoJSON.
pub async fn id(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar!("SELECT id FROM plans WHERE slug = $1", slug)
        .fetch_optional(db)
        .await
}

/// The whole plan, boundary included.
pub async fn get(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<PlanRow>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT id, slug, title, description, allow_anonymous, moderation,
                  contributions_per_day, basemap, privacy_controller, privacy_contact,
                  COALESCE(ST_XMin(boundary), -180) AS "min_lon!",
                  COALESCE(ST_YMin(boundary), -85.051129) AS "min_lat!",
                  COALESCE(ST_XMax(boundary), 180) AS "max_lon!",
                  COALESCE(ST_YMax(boundary), 85.051129) AS "max_lat!",
                  ST_AsGeoJSON(boundary, 6)::json AS "boundary!"
             FROM plans WHERE slug = $1"#,
        slug
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| PlanRow {
        id: r.id,
        slug: r.slug,
        title: r.title,
        description: r.description,
        allow_anonymous: r.allow_anonymous,
        moderation: r.moderation,
        contributions_per_day: r.contributions_per_day,
        basemap: r.basemap,
        privacy_controller: r.privacy_controller,
        privacy_contact: r.privacy_contact,
        bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
        boundary: Some(r.boundary),
    }))
}

pub async fn neighbourhoods(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
) -> Result<Vec<NeighbourhoodRow>, sqlx::Error> {
    sqlx::query!(
        r#"SELECT n.slug, n.name,
                  ST_X(n.centre) AS "lon!", ST_Y(n.centre) AS "lat!",
                  ST_AsGeoJSON(n.boundary, 6)::json AS "boundary!",
                  (SELECT count(*) FROM contributions_public c
                    WHERE c.neighbourhood_id = n.id) AS "contribution_count!"
             FROM neighbourhoods n
            WHERE n.plan_id = $1
            ORDER BY n.name"#,
        plan_id
    )
    .fetch_all(db)
    .await
    .map(|rows| {
        rows.into_iter()
            .map(|r| NeighbourhoodRow {
                slug: r.slug,
                name: r.name,
                centre: [r.lon, r.lat],
                boundary: r.boundary,
                contribution_count: r.contribution_count,
            })
            .collect()
    })
}

/// Creates a plan, or updates the one with the same slug; returns its id.
pub async fn upsert(
    db: impl PgExecutor<'_>,
    slug: &str,
    title: &str,
    description: &str,
    boundary_geojson: &str,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        r#"INSERT INTO plans (slug, title, description, boundary)
           VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4), 4326)))
           ON CONFLICT (slug) DO UPDATE
              SET title = EXCLUDED.title, description = EXCLUDED.description,
                  boundary = EXCLUDED.boundary
           RETURNING id"#,
        slug,
        title,
        description,
        boundary_geojson
    )
    .fetch_one(db)
    .await
}

pub async fn upsert_neighbourhood(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
    slug: &str,
    name: &str,
    boundary_geojson: &str,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        r#"INSERT INTO neighbourhoods (plan_id, slug, name, boundary)
           VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4), 4326)))
           ON CONFLICT (plan_id, slug) DO UPDATE
              SET name = EXCLUDED.name, boundary = EXCLUDED.boundary
           RETURNING id"#,
        plan_id,
        slug,
        name,
        boundary_geojson
    )
    .fetch_one(db)
    .await
}

/// `[min_lon, min_lat, max_lon, max_lat]` around every plan; `None` with no plans.
pub async fn extent(db: impl PgExecutor<'_>) -> Result<Option<[f64; 4]>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat,
                  ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat
             FROM (SELECT ST_Extent(boundary)::geometry AS e FROM plans) AS x"#
    )
    .fetch_one(db)
    .await?;
    Ok(match (row.min_lon, row.min_lat, row.max_lon, row.max_lat) {
        (Some(a), Some(b), Some(c), Some(d)) => Some([a, b, c, d]),
        _ => None,
    })
}

/// Replaces a plan's own (hand-drawn) basemap with the features of a GeoJSON
/// FeatureCollection whose properties are the demo's `class` and `name`.
pub async fn replace_basemap(
    conn: &mut sqlx::PgConnection,
    plan_id: Uuid,
    feature_collection: &str,
) -> Result<u64, sqlx::Error> {
    sqlx::query!(
        "DELETE FROM basemap_features WHERE plan_id = $1 AND source = 'own'",
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    let inserted = sqlx::query!(
        r#"INSERT INTO basemap_features (plan_id, layer, class, name, geom)
           SELECT $1, d.layer, d.class, f->'properties'->>'name', g.geom
             FROM jsonb_array_elements($2::jsonb->'features') AS f,
                  ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326) AS g(geom),
                  basemap_demo_class(f->'properties'->>'class', g.geom) AS d"#,
        plan_id,
        feature_collection as _
    )
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected())
}

/// A neighbourhood of any plan, as OGC API collections list them.
#[derive(Debug, Clone)]
pub struct NeighbourhoodItem {
    pub id: Uuid,
    pub plan: String,
    pub slug: String,
    pub name: String,
    pub boundary: Value,
}

/// Neighbourhoods of every plan in a box, by id, from `offset`.
pub async fn neighbourhood_items(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
    id: Option<Uuid>,
    offset: i64,
    limit: i64,
) -> Result<Vec<NeighbourhoodItem>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.map_or([None; 4], |b| b.map(Some));
    sqlx::query_as!(
        NeighbourhoodItem,
        r#"SELECT n.id, p.slug AS plan, n.slug, n.name,
                  ST_AsGeoJSON(n.boundary, 6)::json AS "boundary!"
             FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id
            WHERE ($1::float8 IS NULL OR n.boundary && ST_MakeEnvelope($1, $2, $3, $4, 4326))
              AND ($5::uuid IS NULL OR n.id = $5)
            ORDER BY n.id
           OFFSET $6 LIMIT $7"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat,
        id,
        offset,
        limit
    )
    .fetch_all(db)
    .await
}

pub async fn count_neighbourhoods(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
) -> Result<i64, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.map_or([None; 4], |b| b.map(Some));
    sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM neighbourhoods n
            WHERE $1::float8 IS NULL OR n.boundary && ST_MakeEnvelope($1, $2, $3, $4, 4326)"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat
    )
    .fetch_one(db)
    .await
}

/// A plan's settings that an admin may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSettings {
    pub title: String,
    pub description: String,
    pub allow_anonymous: bool,
    pub moderation: String,
    pub contributions_per_day: Option<i32>,
    pub privacy_controller: Option<String>,
    pub privacy_contact: Option<String>,
}

/// The settings to change; `None` leaves one as it is.
#[derive(Debug, Clone, Default)]
pub struct SettingsPatch<'a> {
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
    pub allow_anonymous: Option<bool>,
    pub moderation: Option<&'a str>,
    /// `Some(None)` removes the limit.
    pub contributions_per_day: Option<Option<i32>>,
    /// `Some(None)` clears the data controller; `Some(Some(..))` sets it.
    pub privacy_controller: Option<Option<&'a str>>,
    /// `Some(None)` clears the privacy contact; `Some(Some(..))` sets it.
    pub privacy_contact: Option<Option<&'a str>>,
}

/// Changes a plan's title, description, who may contribute and how contributions are
/// moderated, and its privacy notice's controller and contact; returns the settings before and after, or `None` when there is no such plan.
pub async fn update_settings(
    db: impl PgExecutor<'_>,
    slug: &str,
    patch: &SettingsPatch<'_>,
) -> Result<Option<(PlanSettings, PlanSettings)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"WITH old AS (SELECT id, title, description, allow_anonymous, moderation,
                               contributions_per_day, privacy_controller, privacy_contact
                          FROM plans WHERE slug = $1 FOR UPDATE)
           UPDATE plans p
              SET title = COALESCE($2, p.title),
                  description = COALESCE($3, p.description),
                  allow_anonymous = COALESCE($4, p.allow_anonymous),
                  moderation = COALESCE($5, p.moderation),
                  contributions_per_day = CASE WHEN $6 THEN $7 ELSE p.contributions_per_day END,
                  privacy_controller = CASE WHEN $8 THEN $9 ELSE p.privacy_controller END,
                  privacy_contact = CASE WHEN $10 THEN $11 ELSE p.privacy_contact END
             FROM old
            WHERE p.id = old.id
        RETURNING old.title AS old_title, old.description AS old_description,
                  old.allow_anonymous AS old_anonymous, old.moderation AS old_moderation,
                  old.contributions_per_day AS old_per_day,
                  old.privacy_controller AS old_controller, old.privacy_contact AS old_contact,
                  p.title, p.description, p.allow_anonymous, p.moderation,
                  p.contributions_per_day, p.privacy_controller, p.privacy_contact"#,
        slug,
        patch.title,
        patch.description,
        patch.allow_anonymous,
        patch.moderation,
        patch.contributions_per_day.is_some(),
        patch.contributions_per_day.flatten(),
        patch.privacy_controller.is_some(),
        patch.privacy_controller.flatten(),
        patch.privacy_contact.is_some(),
        patch.privacy_contact.flatten()
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        (
            PlanSettings {
                title: r.old_title,
                description: r.old_description,
                allow_anonymous: r.old_anonymous,
                moderation: r.old_moderation,
                contributions_per_day: r.old_per_day,
                privacy_controller: r.old_controller,
                privacy_contact: r.old_contact,
            },
            PlanSettings {
                title: r.title,
                description: r.description,
                allow_anonymous: r.allow_anonymous,
                moderation: r.moderation,
                contributions_per_day: r.contributions_per_day,
                privacy_controller: r.privacy_controller,
                privacy_contact: r.privacy_contact,
            },
        )
    }))
}

/// Creates a plan and records who did it; `None` when the slug is taken. Without a
/// box, the plan starts with no area and takes its neighbourhoods' once they are
/// imported. The caller commits `conn`'s transaction.
pub async fn create(
    conn: &mut sqlx::PgConnection,
    plan: &NewPlan,
    actor: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] =
        plan.bbox.map_or([None; 4], |b| b.corners().map(Some));
    let id = sqlx::query_scalar!(
        r#"INSERT INTO plans (slug, title, description, boundary, allow_anonymous, moderation,
                              boundary_from_neighbourhoods)
           VALUES ($1, $2, $3,
                   CASE WHEN $4::float8 IS NULL THEN ST_GeomFromText('MULTIPOLYGON EMPTY', 4326)
                        ELSE ST_Multi(ST_MakeEnvelope($4, $5, $6, $7, 4326)) END,
                   $8, $9, $4::float8 IS NULL)
           ON CONFLICT (slug) DO NOTHING
           RETURNING id"#,
        plan.slug.as_str(),
        plan.title,
        plan.description,
        min_lon,
        min_lat,
        max_lon,
        max_lat,
        plan.allow_anonymous,
        plan.moderation.as_str()
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        crate::moderation::audit(
            &mut *conn,
            actor,
            "plan.create",
            "plan",
            plan.slug.as_str(),
            None,
            None,
            Some(json!({
                "id": id,
                "title": plan.title,
                "description": plan.description,
                "bbox": plan.bbox.map(|b| b.corners()),
                "allow_anonymous": plan.allow_anonymous,
                "moderation": plan.moderation.as_str(),
            })),
        )
        .await?;
    }
    Ok(id)
}
