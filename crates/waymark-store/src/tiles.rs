//! Vector tile SQL in the style of martin: `ST_TileEnvelope`, `&&` on the indexed
//! Web Mercator column (so no row is transformed), `ST_AsMVTGeom`, `ST_AsMVT`.
//! Only public properties are selected, and only from public views.

use sqlx::PgExecutor;
use waymark_domain::TileCoord;
use waymark_domain::tile::{BUBBLE_CELLS, BUBBLE_EDGE, BUBBLE_RADII, CROWDED_CELL, TILE_PX};

/// MVT extent: coordinates inside a tile run from 0 to 4096.
pub const EXTENT: i32 = 4096;
/// Pixels of a neighbouring tile drawn around each tile, so symbols are not cut.
pub const BUFFER: i32 = 64;

fn zxy(tile: TileCoord) -> (i32, i32, i32) {
    (i32::from(tile.z()), tile.x() as i32, tile.y() as i32)
}

/// Runs one tile's query, whose `$1`–`$3` are the tile's z, x and y, `$4` the extent and `$5`
/// the buffer, then any further parameters. (A macro, not a function: sqlx checks each query
/// against the schema at compile time and needs it as a literal.)
macro_rules! tile_query {
    ($db:expr, $tile:expr, $sql:literal $(, $more:expr)*) => {{
        let (z, x, y) = zxy($tile);
        sqlx::query_scalar!($sql, z, x, y, EXTENT, BUFFER $(, $more)*)
            .fetch_one($db)
            .await
    }};
}

/// At the zooms where pins are shown one by one: one feature per published contribution,
/// with its outcome as `status` so that a map can style and filter pins by it, except in a
/// cell of the bubble grid that holds more than [`CROWDED_CELL`] pins, which is drawn as
/// one bubble like those of [`contribution_clusters`] (at a million pins a city-centre tile
/// would otherwise hold tens of thousands of pins, more than a phone can draw). Each pin is
/// in the one tile that contains it (no buffer: MapLibre draws a point symbol from the tile
/// of its anchor), so that a cell is judged on all of its pins.
pub async fn contributions(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
) -> Result<Vec<u8>, sqlx::Error> {
    let (z, x, y) = zxy(tile);
    let (from_counts, edges) = bubble_edges();
    sqlx::query_scalar!(
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env
           ), cell AS (
               SELECT env, ST_XMin(env) AS x0, ST_YMin(env) AS y0,
                      (ST_XMax(env) - ST_XMin(env)) / $5::float8 AS size
                 FROM bounds
           ), points AS (
               SELECT * FROM (
                   SELECT c.id, c.geom_3857, c.kind, c.themes, c.title, c.support_count,
                          c.reply_count, c.created_at, c.outcome,
                          floor((ST_X(c.geom_3857) - cell.x0) / cell.size)::int AS cx,
                          floor((ST_Y(c.geom_3857) - cell.y0) / cell.size)::int AS cy
                     FROM contributions_public c, cell
                    WHERE c.geom_3857 && cell.env
               ) AS p
               -- The tile's own cells only: `&&` compares float4 boxes, which take in pins
               -- just over the edge, and a pin on an edge belongs to one tile alone.
               WHERE cx BETWEEN 0 AND $5::int - 1 AND cy BETWEEN 0 AND $5::int - 1
           ), cells AS (
               SELECT cx, cy, count(*) AS count
                 FROM points GROUP BY cx, cy
           ), crowded AS (
               SELECT cx, cy, count(*) AS count,
                      avg(ST_X(p.geom_3857)) AS ax, avg(ST_Y(p.geom_3857)) AS ay,
                      count(*) FILTER (WHERE kind = 'idea') AS ideas,
                      count(*) FILTER (WHERE kind = 'issue') AS issues,
                      count(*) FILTER (WHERE kind = 'interest') AS interests,
                      count(*) FILTER (WHERE kind = 'story') AS stories
                 FROM points p JOIN cells USING (cx, cy)
                WHERE cells.count > $6
                GROUP BY cx, cy
           ), top_themes AS (
               SELECT DISTINCT ON (cx, cy) cx, cy, theme
                 FROM (SELECT cx, cy, unnest(p.themes) AS theme
                         FROM points p JOIN crowded USING (cx, cy)) AS each_theme
                GROUP BY cx, cy, theme
                ORDER BY cx, cy, count(*) DESC, theme
           ), placed AS (
               SELECT crowded.*,
                      cell.x0 + crowded.cx * cell.size AS left_edge,
                      cell.y0 + crowded.cy * cell.size AS bottom_edge,
                      cell.size / $7::float8 * (
                          SELECT edge FROM unnest($8::int8[], $9::float8[]) AS r(from_count, edge)
                           WHERE crowded.count >= r.from_count ORDER BY r.from_count DESC LIMIT 1
                      ) AS margin
                 FROM crowded, cell
           )
           SELECT ST_AsMVT(t, 'contributions', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(p.geom_3857, cell.env, $4::int, 0, true) AS geom,
                      p.id::text AS id, p.kind, array_to_string(p.themes, ',') AS themes,
                      p.title, p.support_count, p.reply_count,
                      extract(epoch FROM p.created_at)::bigint AS created, p.outcome AS status,
                      NULL::bool AS cluster, NULL::int8 AS count, NULL::int8 AS ideas,
                      NULL::int8 AS issues, NULL::int8 AS interests, NULL::int8 AS stories,
                      NULL::text AS top_theme
                 FROM points p JOIN cells USING (cx, cy), cell
                WHERE cells.count <= $6
               UNION ALL
               SELECT ST_AsMVTGeom(
                          ST_SetSRID(ST_MakePoint(
                              least(greatest(p.ax, p.left_edge + p.margin), p.left_edge + cell.size - p.margin),
                              least(greatest(p.ay, p.bottom_edge + p.margin), p.bottom_edge + cell.size - p.margin)
                          ), 3857),
                          cell.env, $4::int, 0, true),
                      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                      true, p.count, p.ideas, p.issues, p.interests, p.stories, top_themes.theme
                 FROM placed p LEFT JOIN top_themes USING (cx, cy), cell
           ) AS t"#,
        z,
        x,
        y,
        EXTENT,
        f64::from(BUBBLE_CELLS),
        CROWDED_CELL,
        f64::from(TILE_PX / BUBBLE_CELLS),
        &from_counts,
        &edges,
    )
    .fetch_one(db)
    .await
}

/// Each bubble radius's least count, and how far such a bubble keeps from its cell's edges
/// in screen pixels.
fn bubble_edges() -> (Vec<i64>, Vec<f64>) {
    BUBBLE_RADII
        .iter()
        .map(|(from, r)| (*from, r + BUBBLE_EDGE))
        .unzip()
}

/// Contributions counted in bubbles, one per occupied cell of the grid that
/// `waymark_domain::tile::BUBBLE_CELLS` describes, with the count, the count per kind and the
/// top theme. The bubble sits at its pins' mean, moved in from the cell's edges by its own
/// radius, so that it is drawn inside its cell and never over a neighbour.
pub async fn contribution_clusters(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
) -> Result<Vec<u8>, sqlx::Error> {
    let (z, x, y) = zxy(tile);
    let (from_counts, edges) = bubble_edges();
    sqlx::query_scalar!(
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env
           ), cell AS (
               SELECT env, ST_XMin(env) AS x0, ST_YMin(env) AS y0,
                      (ST_XMax(env) - ST_XMin(env)) / $5::float8 AS size
                 FROM bounds
           ), points AS (
               SELECT * FROM (
                   SELECT floor((ST_X(c.geom_3857) - cell.x0) / cell.size)::int AS cx,
                          floor((ST_Y(c.geom_3857) - cell.y0) / cell.size)::int AS cy,
                          ST_X(c.geom_3857) AS px, ST_Y(c.geom_3857) AS py, c.kind, c.themes
                     FROM contributions_public c, cell
                    WHERE c.geom_3857 && cell.env
               ) AS p
               -- As in `contributions`: the tile's own cells only.
               WHERE cx BETWEEN 0 AND $5::int - 1 AND cy BETWEEN 0 AND $5::int - 1
           ), cells AS (
               SELECT cx, cy, count(*) AS count, avg(px) AS ax, avg(py) AS ay,
                      count(*) FILTER (WHERE kind = 'idea') AS ideas,
                      count(*) FILTER (WHERE kind = 'issue') AS issues,
                      count(*) FILTER (WHERE kind = 'interest') AS interests,
                      count(*) FILTER (WHERE kind = 'story') AS stories
                 FROM points GROUP BY cx, cy
           ), placed AS (
               SELECT cells.*,
                      cell.x0 + cells.cx * cell.size AS left_edge,
                      cell.y0 + cells.cy * cell.size AS bottom_edge,
                      cell.size / $6::float8 * (
                          SELECT edge FROM unnest($7::int8[], $8::float8[]) AS r(from_count, edge)
                           WHERE cells.count >= r.from_count ORDER BY r.from_count DESC LIMIT 1
                      ) AS margin
                 FROM cells, cell
           ), top_themes AS (
               SELECT DISTINCT ON (cx, cy) cx, cy, theme
                 FROM (SELECT cx, cy, unnest(themes) AS theme FROM points) AS each_theme
                GROUP BY cx, cy, theme
                ORDER BY cx, cy, count(*) DESC, theme
           )
           SELECT ST_AsMVT(t, 'contributions', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(
                          ST_SetSRID(ST_MakePoint(
                              least(greatest(p.ax, p.left_edge + p.margin), p.left_edge + cell.size - p.margin),
                              least(greatest(p.ay, p.bottom_edge + p.margin), p.bottom_edge + cell.size - p.margin)
                          ), 3857),
                          cell.env, $4::int, 0, true) AS geom,
                      true AS cluster, p.count, p.ideas, p.issues,
                      p.interests, p.stories, top_themes.theme AS top_theme
                 FROM placed p LEFT JOIN top_themes USING (cx, cy), cell
           ) AS t"#,
        z,
        x,
        y,
        EXTENT,
        f64::from(BUBBLE_CELLS),
        f64::from(TILE_PX / BUBBLE_CELLS),
        &from_counts,
        &edges,
    )
    .fetch_one(db)
    .await
}

/// The zoom whose bubble grid `bubble_cells` keeps (migrations/0037_bubble_cells.sql): its
/// cells nest exactly in the cells of every lower zoom.
pub const CELL_ZOOM: u8 = 12;

/// The bubbles of a tile at zoom [`CELL_ZOOM`] or below, as [`contribution_clusters`] draws
/// them, read from the counts kept per cell (`bubble_cells`, `bubble_cell_themes`) instead of
/// from the pins: at most 64 × 4^(12 - z) rows where pins are, whatever their number. The
/// same bubbles: the same counts, the mean of the pins (kept as sums) and the top theme.
pub async fn contribution_cells(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
) -> Result<Vec<u8>, sqlx::Error> {
    debug_assert!(tile.z() <= CELL_ZOOM);
    let (z, x, y) = zxy(tile);
    let (from_counts, edges) = bubble_edges();
    sqlx::query_scalar!(
        r#"WITH cell AS (
               SELECT env, ST_XMin(env) AS x0, ST_YMin(env) AS y0,
                      (ST_XMax(env) - ST_XMin(env)) / $5::int::float8 AS size,
                      $9::int - $1 AS shift,
                      -- The tile's first cell in the grid of its own zoom (y from the south).
                      $2 * $5::int AS gx0, ((1 << $1) - 1 - $3) * $5::int AS gy0
                 FROM (SELECT ST_TileEnvelope($1, $2, $3) AS env) AS bounds
           ), area AS (
               SELECT box(point(gx0 << shift, gy0 << shift),
                          point(((gx0 + $5::int) << shift) - 1, ((gy0 + $5::int) << shift) - 1)) AS b
                 FROM cell
           ), cells AS (
               SELECT (b.gx >> cell.shift) - cell.gx0 AS cx, (b.gy >> cell.shift) - cell.gy0 AS cy,
                      sum(b.count)::int8 AS count,
                      sum(b.sum_x) / sum(b.count) AS ax, sum(b.sum_y) / sum(b.count) AS ay,
                      sum(b.ideas)::int8 AS ideas, sum(b.issues)::int8 AS issues,
                      sum(b.interests)::int8 AS interests, sum(b.stories)::int8 AS stories
                 FROM bubble_cells b, cell, area
                WHERE b.cell <@ area.b
                GROUP BY 1, 2
               HAVING sum(b.count) > 0
           ), placed AS (
               SELECT cells.*,
                      cell.x0 + cells.cx * cell.size AS left_edge,
                      cell.y0 + cells.cy * cell.size AS bottom_edge,
                      cell.size / $6::float8 * (
                          SELECT edge FROM unnest($7::int8[], $8::float8[]) AS r(from_count, edge)
                           WHERE cells.count >= r.from_count ORDER BY r.from_count DESC LIMIT 1
                      ) AS margin
                 FROM cells, cell
           ), top_themes AS (
               SELECT DISTINCT ON (cx, cy) cx, cy, theme
                 FROM (SELECT (t.gx >> cell.shift) - cell.gx0 AS cx,
                              (t.gy >> cell.shift) - cell.gy0 AS cy, t.theme, sum(t.count) AS n
                         FROM bubble_cell_themes t, cell, area
                        WHERE t.cell <@ area.b
                        GROUP BY 1, 2, 3
                       HAVING sum(t.count) > 0) AS each_theme
                ORDER BY cx, cy, n DESC, theme
           )
           SELECT ST_AsMVT(t, 'contributions', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(
                          ST_SetSRID(ST_MakePoint(
                              least(greatest(p.ax, p.left_edge + p.margin), p.left_edge + cell.size - p.margin),
                              least(greatest(p.ay, p.bottom_edge + p.margin), p.bottom_edge + cell.size - p.margin)
                          ), 3857),
                          cell.env, $4::int, 0, true) AS geom,
                      true AS cluster, p.count, p.ideas, p.issues,
                      p.interests, p.stories, top_themes.theme AS top_theme
                 FROM placed p LEFT JOIN top_themes USING (cx, cy), cell
           ) AS t"#,
        z,
        x,
        y,
        EXTENT,
        BUBBLE_CELLS as i32,
        f64::from(TILE_PX / BUBBLE_CELLS),
        &from_counts,
        &edges,
        i32::from(CELL_ZOOM),
    )
    .fetch_one(db)
    .await
}

/// Neighbourhood outlines, simplified to about a pixel at this zoom, and a second layer
/// `neighbourhood_labels` with one point per neighbourhood to hang its name on. (No
/// counts: they would change with every pin; the API has them.)
pub async fn neighbourhoods(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env,
                      (ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3)))
                          / $4::int AS pixel
           ), areas AS (
               SELECT ST_AsMVT(t, 'neighbourhoods', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(n.boundary_3857, bounds.pixel),
                                       bounds.env, $4::int, $5::int, true) AS geom,
                          n.slug, n.name, p.slug AS plan
                     FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id, bounds
                    WHERE n.boundary_3857 && bounds.query_env
               ) AS t
               WHERE t.geom IS NOT NULL
           ), labels AS (
               SELECT ST_AsMVT(t, 'neighbourhood_labels', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(ST_Transform(n.centre, 3857), bounds.env, $4::int, $5::int, true) AS geom,
                          n.slug, n.name
                     FROM neighbourhoods n, bounds
                    WHERE ST_Transform(n.centre, 3857) && bounds.query_env
               ) AS t
           )
           SELECT areas.mvt || labels.mvt AS "mvt!" FROM areas, labels"#
    )
}

/// The basemap of every plan, from the source each plan chose (its own drawing or its
/// OSM import), in OpenMapTiles-like layers: `water`, `waterway`, `landcover`,
/// `transportation`, `building` and `place`. Features below their `min_zoom`, and areas
/// under about 4 screen pixels, are left out.
pub async fn basemap(db: impl PgExecutor<'_>, tile: TileCoord) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env,
                      (ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3)))
                          / $4::int AS pixel
           ), features AS MATERIALIZED (
               SELECT b.layer, b.class, b.name,
                      ST_AsMVTGeom(ST_SimplifyPreserveTopology(b.geom_3857, bounds.pixel),
                                   bounds.env, $4::int, $5::int, true) AS geom
                 FROM basemap_features b JOIN plans p ON p.id = b.plan_id AND p.basemap = b.source,
                      bounds
                WHERE b.geom_3857 && bounds.query_env AND b.min_zoom <= $1
                  AND (b.layer NOT IN ('water', 'landcover', 'building')
                       OR ST_Area(b.geom_3857) >= (16 * bounds.pixel) ^ 2)
           )
           SELECT coalesce((SELECT ST_AsMVT(t, 'water', $4::int, 'geom')
                              FROM (SELECT geom, class, name FROM features
                                     WHERE layer = 'water' AND geom IS NOT NULL) AS t), '')
               || coalesce((SELECT ST_AsMVT(t, 'waterway', $4::int, 'geom')
                              FROM (SELECT geom, class, name FROM features
                                     WHERE layer = 'waterway' AND geom IS NOT NULL) AS t), '')
               || coalesce((SELECT ST_AsMVT(t, 'landcover', $4::int, 'geom')
                              FROM (SELECT geom, class, name FROM features
                                     WHERE layer = 'landcover' AND geom IS NOT NULL) AS t), '')
               || coalesce((SELECT ST_AsMVT(t, 'transportation', $4::int, 'geom')
                              FROM (SELECT geom, class, name FROM features
                                     WHERE layer = 'transportation' AND geom IS NOT NULL) AS t), '')
               || coalesce((SELECT ST_AsMVT(t, 'building', $4::int, 'geom')
                              FROM (SELECT geom FROM features
                                     WHERE layer = 'building' AND geom IS NOT NULL) AS t), '')
               || coalesce((SELECT ST_AsMVT(t, 'place', $4::int, 'geom')
                              FROM (SELECT geom, class, name FROM features
                                     WHERE layer = 'place' AND geom IS NOT NULL) AS t), '')
               AS "mvt!""#
    )
}

/// The network. The public layer `network` has supply areas with their RAG and coarse
/// headroom bands only (from the `network_public` view); the detailed tile adds exact
/// figures to it, plus `substations` and `constraint_zones` layers.
pub async fn network(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
    detailed: bool,
) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env,
                      (ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3)))
                          / $4::int AS pixel
           ), public_areas AS (
               SELECT ST_AsMVT(t, 'network', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(n.geom_3857, bounds.pixel),
                                       bounds.env, $4::int, $5::int, true) AS geom,
                          n.id::text AS id, n.name, n.rag, n.generation_band, n.demand_band
                     FROM network_public n, bounds
                    WHERE NOT $6 AND n.geom_3857 && bounds.query_env
               ) AS t WHERE t.geom IS NOT NULL
           ), detailed_areas AS (
               SELECT ST_AsMVT(t, 'network', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(sa.geom_3857, bounds.pixel),
                                       bounds.env, $4::int, $5::int, true) AS geom,
                          s.id::text AS id, s.name, s.rag,
                          headroom_band(s.generation_headroom_mw - coalesce(s.queued_generation_mw, 0)) AS generation_band,
                          headroom_band(s.demand_headroom_mva) AS demand_band,
                          s.generation_headroom_mw, s.queued_generation_mw, s.demand_headroom_mva
                     FROM supply_areas sa JOIN substations s ON s.id = sa.substation_id, bounds
                    WHERE $6 AND sa.geom_3857 && bounds.query_env
               ) AS t WHERE t.geom IS NOT NULL
           ), points AS (
               SELECT ST_AsMVT(t, 'substations', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(s.geom_3857, bounds.env, $4::int, $5::int, true) AS geom,
                          s.id::text AS id, s.name, s.kind, s.voltage, s.rag,
                          s.firm_capacity_mva, s.peak_demand_mva, s.demand_headroom_mva,
                          s.generation_headroom_mw, s.connected_generation_mw,
                          s.queued_generation_mw, s.fault_level_headroom_ka
                     FROM substations s, bounds
                    WHERE $6 AND s.geom_3857 && bounds.query_env
               ) AS t
           ), zones AS (
               SELECT ST_AsMVT(t, 'constraint_zones', $4::int, 'geom') AS mvt FROM (
                   SELECT ST_AsMVTGeom(z.geom_3857, bounds.env, $4::int, $5::int, true) AS geom,
                          z.id::text AS id, z.name, z.reason
                     FROM constraint_zones z, bounds
                    WHERE $6 AND z.geom_3857 && bounds.query_env
               ) AS t WHERE t.geom IS NOT NULL
           )
           SELECT public_areas.mvt || detailed_areas.mvt || points.mvt || zones.mvt AS "mvt!"
             FROM public_areas, detailed_areas, points, zones"#,
        detailed
    )
}

/// Community-energy proposals past the draft stage, one point per site.
pub async fn proposals(db: impl PgExecutor<'_>, tile: TileCoord) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env
           )
           SELECT ST_AsMVT(t, 'proposals', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(p.site_3857, bounds.env, $4::int, $5::int, true) AS geom,
                      p.id::text AS id, p.title, p.technology, p.status, p.capacity_kw, p.group_name
                 FROM proposals_public p, bounds
                WHERE p.site_3857 && bounds.query_env
           ) AS t"#
    )
}

/// Community energy projects at their sites, with their stage for styling.
pub async fn projects(db: impl PgExecutor<'_>, tile: TileCoord) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env
           )
           SELECT ST_AsMVT(t, 'projects', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(p.site_3857, bounds.env, $4::int, $5::int, true) AS geom,
                      p.id::text AS id, p.slug, p.title, p.technology, p.stage, p.kwp
                 FROM projects p, bounds
                WHERE p.site_3857 && bounds.query_env
           ) AS t"#
    )
}

/// Energy plans with a shared or answered version: their areas, and the operator's and
/// the council's answers as traffic lights only.
pub async fn energy_plans(
    db: impl PgExecutor<'_>,
    tile: TileCoord,
) -> Result<Vec<u8>, sqlx::Error> {
    tile_query!(
        db,
        tile,
        r#"WITH bounds AS (
               SELECT ST_TileEnvelope($1, $2, $3) AS env,
                      ST_TileEnvelope($1, $2, $3, margin => $5::int / $4::int::float8) AS query_env
           )
           SELECT ST_AsMVT(t, 'energy_plans', $4::int, 'geom') AS "mvt!" FROM (
               SELECT ST_AsMVTGeom(ST_Transform(e.geom, 3857), bounds.env, $4::int, $5::int, true) AS geom,
                      e.id::text AS id, e.title, e.group_name, e.version, e.status, e.target_year,
                      e.network_rag, e.laep_rag
                 FROM energy_plans_public e, bounds
                WHERE ST_Transform(e.geom, 3857) && bounds.query_env
           ) AS t WHERE t.geom IS NOT NULL"#
    )
}
