//! Neighbourhood boundaries loaded from a file: each one checked and repaired by
//! PostGIS, the set checked for overlaps, then all of them written in one transaction
//! that also re-places every pin of the plan.

use sqlx::PgConnection;
use uuid::Uuid;

/// What PostGIS made of one feature's geometry.
#[derive(Debug, Clone)]
pub struct Checked {
    /// `ST_IsValidReason` when the geometry was not valid (`Self-intersection[x y]`).
    pub invalid_reason: Option<String>,
    /// `ST_GeometryType` of the input (`ST_Polygon`, `ST_LineString`, …).
    pub kind: String,
    /// The polygonal part, repaired where needed, as a MultiPolygon in EWKB; `None`
    /// when no area is left.
    pub area: Option<Vec<u8>>,
}

/// Reads a GeoJSON geometry (WGS 84), repairs it with `ST_MakeValid` when it is not
/// valid and keeps only its polygons. An error means PostGIS could not read it at all.
pub async fn check(conn: &mut PgConnection, geometry: &str) -> Result<Checked, sqlx::Error> {
    let row = sqlx::query!(
        r#"WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS geom),
                r AS (SELECT geom, ST_IsValid(geom) AS valid,
                             ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) AS area
                        FROM g)
           SELECT CASE WHEN valid THEN NULL ELSE ST_IsValidReason(geom) END AS reason,
                  ST_GeometryType(geom) AS "kind!",
                  CASE WHEN ST_IsEmpty(area) THEN NULL ELSE ST_AsEWKB(area) END AS area
             FROM r"#,
        geometry
    )
    .fetch_one(conn)
    .await?;
    Ok(Checked {
        invalid_reason: row.reason,
        kind: row.kind,
        area: row.area,
    })
}

/// Two neighbourhoods that share more than an edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    pub first: String,
    pub second: String,
    pub square_metres: f64,
}

/// The pairs of areas (EWKB, as `check` gives them) whose intersection is larger than
/// `tolerance` square metres, in input order; neighbours that share an edge are fine.
pub async fn overlaps(
    conn: &mut PgConnection,
    names: &[String],
    areas: &[Vec<u8>],
    tolerance: f64,
) -> Result<Vec<Overlap>, sqlx::Error> {
    sqlx::query_as!(
        Overlap,
        r#"WITH f AS (SELECT i, name, ST_GeomFromEWKB(g) AS geom
                        FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(name, g, i))
           SELECT a.name AS "first!", b.name AS "second!", o.m2 AS "square_metres!"
             FROM f a
             JOIN f b ON a.i < b.i AND a.geom && b.geom,
                  LATERAL (SELECT ST_Area(ST_Intersection(a.geom, b.geom)::geography) AS m2) o
            WHERE o.m2 > $3
            ORDER BY a.i, b.i"#,
        names,
        areas,
        tolerance
    )
    .fetch_all(conn)
    .await
}

/// A neighbourhood to write: its address, name and checked area (EWKB).
#[derive(Debug, Clone)]
pub struct NewNeighbourhood {
    pub slug: String,
    pub name: String,
    pub area: Vec<u8>,
}

/// A pin that lies in none of the plan's neighbourhoods after an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinOutside {
    pub id: Uuid,
    pub title: String,
}

/// What `replace` changed.
#[derive(Debug, Clone, Default)]
pub struct Replaced {
    /// Names of the neighbourhoods new to the plan.
    pub created: Vec<String>,
    /// Names of the ones matched by slug, kept with their ids and given the new boundary.
    pub updated: Vec<String>,
    /// Names of the ones the file no longer has.
    pub deleted: Vec<String>,
    /// Subscriptions to a deleted neighbourhood, kept as subscriptions to its old area.
    pub subscriptions_kept_as_areas: u64,
    /// Whether the plan's area was set to the union of its neighbourhoods.
    pub plan_area_from_neighbourhoods: bool,
    pub pins_outside: Vec<PinOutside>,
    /// `[min_lon, min_lat, max_lon, max_lat]` around every neighbourhood and pin of the
    /// plan before and after: where tiles are stale.
    pub touched: Option<[f64; 4]>,
}

/// Makes `neighbourhoods` the plan's whole set: ones matched by slug are updated in
/// place (their ids, which subscriptions and pins refer to, stay), new ones inserted,
/// the rest deleted. Subscriptions to a deleted neighbourhood become subscriptions to
/// its old area, so nobody's is lost. Every pin is then placed again (the
/// `contributions_place` trigger) and those outside every neighbourhood are listed,
/// never removed. The caller commits `conn`'s transaction.
pub async fn replace(
    conn: &mut PgConnection,
    plan_id: Uuid,
    neighbourhoods: &[NewNeighbourhood],
) -> Result<Replaced, sqlx::Error> {
    let follows = sqlx::query_scalar!(
        "SELECT boundary_from_neighbourhoods FROM plans WHERE id = $1 FOR UPDATE",
        plan_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let existing = sqlx::query_scalar!(
        "SELECT slug FROM neighbourhoods WHERE plan_id = $1",
        plan_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let before = extent(conn, plan_id).await?;
    let slugs: Vec<String> = neighbourhoods.iter().map(|n| n.slug.clone()).collect();
    let names: Vec<String> = neighbourhoods.iter().map(|n| n.name.clone()).collect();
    let areas: Vec<Vec<u8>> = neighbourhoods.iter().map(|n| n.area.clone()).collect();

    let kept = sqlx::query!(
        r#"UPDATE subscriptions s SET area = n.boundary, neighbourhood_id = NULL
             FROM neighbourhoods n
            WHERE s.neighbourhood_id = n.id AND n.plan_id = $1 AND n.slug <> ALL($2)"#,
        plan_id,
        &slugs
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    let deleted = sqlx::query_scalar!(
        "DELETE FROM neighbourhoods WHERE plan_id = $1 AND slug <> ALL($2) RETURNING name",
        plan_id,
        &slugs
    )
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO neighbourhoods (plan_id, slug, name, boundary)
           SELECT $1, slug, name, ST_Multi(ST_GeomFromEWKB(area))
             FROM unnest($2::text[], $3::text[], $4::bytea[]) AS t(slug, name, area)
           ON CONFLICT (plan_id, slug) DO UPDATE
              SET name = EXCLUDED.name, boundary = EXCLUDED.boundary"#,
        plan_id,
        &slugs,
        &names,
        &areas
    )
    .execute(&mut *conn)
    .await?;
    if follows {
        sqlx::query!(
            r#"UPDATE plans
                  SET boundary = (SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(boundary)), 3))
                                    FROM neighbourhoods WHERE plan_id = $1)
                WHERE id = $1"#,
            plan_id
        )
        .execute(&mut *conn)
        .await?;
    }
    // Setting the location to itself runs the placing trigger again for every pin.
    sqlx::query!(
        "UPDATE contributions SET location = location WHERE plan_id = $1",
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    let pins_outside = sqlx::query_as!(
        PinOutside,
        r#"SELECT c.id, c.title FROM contributions c
            WHERE c.plan_id = $1
              AND NOT EXISTS (SELECT 1 FROM neighbourhoods n
                               WHERE n.plan_id = $1 AND ST_Intersects(n.boundary, c.location))
            ORDER BY c.created_at, c.id"#,
        plan_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let after = extent(conn, plan_id).await?;

    let (created, updated) = neighbourhoods
        .iter()
        .map(|n| (n.name.clone(), existing.contains(&n.slug)))
        .partition::<Vec<_>, _>(|(_, known)| !known);
    Ok(Replaced {
        created: created.into_iter().map(|(name, _)| name).collect(),
        updated: updated.into_iter().map(|(name, _)| name).collect(),
        deleted,
        subscriptions_kept_as_areas: kept,
        plan_area_from_neighbourhoods: follows,
        pins_outside,
        touched: match (before, after) {
            (Some(a), Some(b)) => Some([
                a[0].min(b[0]),
                a[1].min(b[1]),
                a[2].max(b[2]),
                a[3].max(b[3]),
            ]),
            (a, b) => a.or(b),
        },
    })
}

/// The box around a plan's neighbourhoods and published points.
async fn extent(conn: &mut PgConnection, plan_id: Uuid) -> Result<Option<[f64; 4]>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat,
                  ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat
             FROM (SELECT ST_Extent(g)::geometry AS e
                     FROM (SELECT boundary AS g FROM neighbourhoods WHERE plan_id = $1
                           UNION ALL
                           SELECT geom FROM contributions WHERE plan_id = $1) AS parts) AS x"#,
        plan_id
    )
    .fetch_one(conn)
    .await?;
    Ok(match (row.min_lon, row.min_lat, row.max_lon, row.max_lat) {
        (Some(a), Some(b), Some(c), Some(d)) => Some([a, b, c, d]),
        _ => None,
    })
}
