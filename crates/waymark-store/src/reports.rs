//! The monthly dialogue report's figures. A contribution belongs to the month of its
//! conversation (when a mobiliser recorded one) or else of its posting, in UTC. Counts
//! take published and internal items; quotes only published ones whose author agreed.

use serde_json::Value;
use sqlx::PgConnection;
use time::Date;
use uuid::Uuid;
use waymark_domain::report::{
    BasemapFeature, Change, CommitmentLine, DialogueReport, Month, NeighbourhoodReport,
    OutcomeSection, Overview, ProposalLine, Quote, StatusCount, Supported, ThemeTrend,
};

pub(crate) fn first_day(m: Month) -> Date {
    Date::from_calendar_date(
        m.year,
        time::Month::try_from(m.month).unwrap_or(time::Month::January),
        1,
    )
    .unwrap_or(Date::MIN)
}

fn changes(rows: Vec<(String, i64, i64)>) -> Vec<Change> {
    rows.into_iter()
        .map(|(name, this_month, last_month)| Change {
            name,
            this_month,
            last_month,
        })
        .collect()
}

/// The report of a plan for a month, for every neighbourhood or one; `None` when the
/// plan (or that neighbourhood) does not exist.
pub async fn dialogue(
    conn: &mut PgConnection,
    plan: &str,
    month: Month,
    neighbourhood: Option<&str>,
) -> Result<Option<DialogueReport>, sqlx::Error> {
    let Some(p) = sqlx::query!(
        r#"SELECT id, title,
                  -- The basemap drawn under the neighbourhood maps: the plan's own or its
                  -- OpenStreetMap import; a plan drawing a PMTiles archive falls back to
                  -- whichever of the two it has (the archive's tiles are not read here).
                  CASE WHEN basemap = 'osm' OR (basemap = 'pmtiles' AND EXISTS (
                            SELECT 1 FROM basemap_features f WHERE f.plan_id = plans.id AND f.source = 'osm'))
                       THEN 'osm' ELSE 'own' END AS "basemap!"
             FROM plans WHERE slug = $1"#,
        plan
    )
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let hoods = sqlx::query!(
        r#"SELECT n.id, n.slug, n.name, ST_AsGeoJSON(n.boundary, 5)::jsonb AS "outline!",
                  p.people::bigint AS population
             FROM neighbourhoods n
             LEFT JOIN neighbourhood_population p
                    ON p.neighbourhood_id = n.id AND p.dimension = 'total' AND p.band = 'all'
            WHERE n.plan_id = $1 AND ($2::text IS NULL OR n.slug = $2)
            ORDER BY n.name"#,
        p.id,
        neighbourhood
    )
    .fetch_all(&mut *conn)
    .await?;
    if hoods.is_empty() && neighbourhood.is_some() {
        return Ok(None);
    }
    let (this, last, first) = (
        first_day(month),
        first_day(month.previous()),
        first_day(month.back(11)),
    );
    let next = first_day(if month.month == 12 {
        Month {
            year: month.year + 1,
            month: 1,
        }
    } else {
        Month {
            year: month.year,
            month: month.month + 1,
        }
    });
    let mut neighbourhoods = Vec::new();
    for n in hoods {
        let by_kind = sqlx::query!(
            r#"WITH k(kind) AS (VALUES ('idea'), ('issue'), ('interest'), ('story')),
                    c AS (SELECT kind, coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) AS day
                            FROM contributions
                           WHERE neighbourhood_id = $1 AND status IN ('published', 'internal', 'erased'))
               SELECT k.kind AS "kind!",
                      count(c.day) FILTER (WHERE c.day >= $2 AND c.day < $3) AS "this!",
                      count(c.day) FILTER (WHERE c.day >= $4 AND c.day < $2) AS "last!"
                 FROM k LEFT JOIN c ON c.kind = k.kind
                GROUP BY k.kind ORDER BY k.kind"#,
            n.id, this, next, last
        )
        .fetch_all(&mut *conn)
        .await?;
        let by_kind: Vec<Change> = changes(
            by_kind
                .into_iter()
                .map(|r| (r.kind, r.this, r.last))
                .collect(),
        );
        let by_theme = sqlx::query!(
            r#"WITH c AS (SELECT unnest(themes) AS theme,
                                 coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) AS day
                            FROM contributions
                           WHERE neighbourhood_id = $1 AND status IN ('published', 'internal', 'erased'))
               SELECT theme AS "theme!",
                      count(*) FILTER (WHERE day >= $2 AND day < $3) AS "this!",
                      count(*) FILTER (WHERE day >= $4 AND day < $2) AS "last!"
                 FROM c WHERE day >= $4 AND day < $3
                GROUP BY theme ORDER BY 2 DESC, theme"#,
            n.id, this, next, last
        )
        .fetch_all(&mut *conn)
        .await?;
        let by_theme = changes(
            by_theme
                .into_iter()
                .map(|r| (r.theme, r.this, r.last))
                .collect(),
        );
        let total = Change {
            name: "total".into(),
            this_month: by_kind.iter().map(|c| c.this_month).sum(),
            last_month: by_kind.iter().map(|c| c.last_month).sum(),
        };
        let most_supported = sqlx::query!(
            r#"SELECT id::text AS "id!", title, kind, support_count::bigint AS "support_count!"
                 FROM contributions
                WHERE neighbourhood_id = $1 AND status = 'published' AND support_count > 0
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) >= $2
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) < $3
                ORDER BY support_count DESC, created_at, id LIMIT 5"#,
            n.id,
            this,
            next
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| Supported {
            id: r.id,
            title: r.title,
            kind: r.kind,
            support_count: r.support_count,
        })
        .collect();
        let quotes = sqlx::query!(
            r#"SELECT id::text AS "id!", kind, title, body,
                      CASE WHEN consent = 'anonymise' THEN NULL ELSE display_name END AS name
                 FROM contributions
                WHERE neighbourhood_id = $1 AND status = 'published' AND body <> '' AND featured
                  AND coalesce(consent, 'publish') IN ('publish', 'anonymise')
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) >= $2
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) < $3
                ORDER BY support_count DESC, created_at, id LIMIT 5"#,
            n.id,
            this,
            next
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| Quote {
            id: r.id,
            kind: r.kind,
            title: r.title,
            text: r.body,
            name: r.name,
        })
        .collect();
        let proposals = sqlx::query!(
            r#"SELECT pr.id::text AS "id!", pr.title AS "title!", pr.technology AS "technology!", pr.status AS "status!"
                 FROM proposals_public pr JOIN neighbourhoods nb ON ST_Intersects(nb.boundary, pr.site_point)
                WHERE nb.id = $1 AND pr.created_at >= $2::date AND pr.created_at < $3::date
                ORDER BY pr.created_at"#,
            n.id, this, next
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| ProposalLine { id: r.id, title: r.title, technology: r.technology, status: r.status })
        .collect();
        let trend = sqlx::query!(
            r#"WITH c AS (
                   SELECT date_trunc('month', coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date))::date AS m
                     FROM contributions
                    WHERE neighbourhood_id = $1 AND status IN ('published', 'internal', 'erased')
                      AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) >= $2
                      AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) < $4)
               SELECT to_char(s.m, 'YYYY-MM') AS "month!", count(c.m) AS "count!"
                 FROM generate_series($2::date, $3::date, interval '1 month') AS s(m)
                 LEFT JOIN c ON c.m = s.m::date
                GROUP BY s.m ORDER BY s.m"#,
            n.id, first, this, next
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| (r.month, r.count))
        .collect();
        let pins = sqlx::query!(
            r#"SELECT ST_X(geom) AS "lon!", ST_Y(geom) AS "lat!", kind
                 FROM contributions
                WHERE neighbourhood_id = $1 AND status = 'published'
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) >= $2
                  AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) < $3"#,
            n.id,
            this,
            next
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| (r.lon, r.lat, r.kind))
        .collect();
        let by_status = sqlx::query!(
            r#"WITH s(status, ord) AS (VALUES ('open', 1), ('referred', 2), ('considering', 3),
                                              ('planned', 4), ('done', 5), ('not_possible', 6),
                                              ('duplicate', 7))
               SELECT s.status AS "status!", count(c.id) AS "count!"
                 FROM s LEFT JOIN contributions_public c
                   ON c.outcome = s.status AND c.neighbourhood_id = $1
                GROUP BY s.status, s.ord ORDER BY s.ord"#,
            n.id
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| StatusCount {
            status: r.status,
            count: r.count,
        })
        .collect();
        let last_month_outcomes = sqlx::query!(
            r#"WITH s(status, ord) AS (VALUES ('open', 1), ('referred', 2), ('considering', 3),
                                              ('planned', 4), ('done', 5), ('not_possible', 6),
                                              ('duplicate', 7))
               SELECT s.status AS "status!", count(c.id) AS "count!"
                 FROM s LEFT JOIN (
                          SELECT cp.id, cp.outcome
                            FROM contributions_public cp JOIN contributions k ON k.id = cp.id
                           WHERE cp.neighbourhood_id = $1
                             AND coalesce(k.conversation_date, (k.created_at AT TIME ZONE 'UTC')::date) >= $2
                             AND coalesce(k.conversation_date, (k.created_at AT TIME ZONE 'UTC')::date) < $3
                      ) c ON c.outcome = s.status
                GROUP BY s.status, s.ord ORDER BY s.ord"#,
            n.id,
            last,
            this
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| StatusCount {
            status: r.status,
            count: r.count,
        })
        .collect();
        let basemap = basemap_around(&mut *conn, p.id, n.id, &p.basemap).await?;
        let commitments = crate::outcomes::commitments(&mut *conn, plan, Some(&n.slug))
            .await?
            .into_iter()
            .map(|k| CommitmentLine {
                id: k.id.to_string(),
                title: k.title,
                organisation: k.organisation,
                status: k.status,
                progress: k.progress,
                expected_month: k.expected_month,
                voices: k.voices,
            })
            .collect();
        neighbourhoods.push(NeighbourhoodReport {
            slug: n.slug,
            name: n.name,
            total,
            by_kind,
            by_theme,
            most_supported,
            quotes,
            proposals,
            trend,
            pins,
            outline: outline_rings(&n.outline),
            population: n.population,
            basemap,
            outcomes: OutcomeSection {
                last_month: last_month_outcomes,
                by_status,
                commitments,
            },
        });
    }
    let themes = sqlx::query!(
        r#"WITH t(theme) AS (VALUES ('energy'), ('transport'), ('housing'), ('green_space'),
                                    ('safety'), ('community'), ('health'), ('other')),
                c AS (SELECT unnest(c.themes) AS theme,
                             coalesce(c.conversation_date, (c.created_at AT TIME ZONE 'UTC')::date) AS day
                        FROM contributions c JOIN neighbourhoods nb ON nb.id = c.neighbourhood_id
                       WHERE nb.plan_id = $1 AND ($2::text IS NULL OR nb.slug = $2)
                         AND c.status IN ('published', 'internal', 'erased')
                         AND coalesce(c.conversation_date, (c.created_at AT TIME ZONE 'UTC')::date) >= $5
                         AND coalesce(c.conversation_date, (c.created_at AT TIME ZONE 'UTC')::date) < $4)
           SELECT t.theme AS "theme!",
                  count(c.day) FILTER (WHERE c.day >= $3) AS "this!",
                  count(c.day) FILTER (WHERE c.day >= $6 AND c.day < $3) AS "last!",
                  count(c.day) FILTER (WHERE c.day < $3) AS "year!"
             FROM t LEFT JOIN c ON c.theme = t.theme
            GROUP BY t.theme"#,
        p.id,
        neighbourhood,
        this,
        next,
        first_day(month.back(12)),
        last
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| ThemeTrend {
        name: r.theme,
        this_month: r.this,
        last_month: r.last,
        average_12_months: r.year as f64 / 12.0,
    })
    .collect();
    Ok(Some(DialogueReport {
        plan: plan.to_owned(),
        plan_title: p.title,
        month,
        overview: Overview::new(&neighbourhoods, themes),
        neighbourhoods,
        who_is_heard: None,
    }))
}

/// The plan's streets, water and green around a neighbourhood (a sixth of its size
/// beyond each side), clipped and simplified for a map a few hundred pixels wide.
async fn basemap_around(
    conn: &mut PgConnection,
    plan_id: Uuid,
    neighbourhood_id: Uuid,
    source: &str,
) -> Result<Vec<BasemapFeature>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"WITH b AS (
               SELECT ST_Expand(ST_Envelope(boundary),
                                greatest(ST_XMax(boundary) - ST_XMin(boundary),
                                         ST_YMax(boundary) - ST_YMin(boundary)) / 6) AS box,
                      greatest(ST_XMax(boundary) - ST_XMin(boundary),
                               ST_YMax(boundary) - ST_YMin(boundary)) / 1000 AS tolerance
                 FROM neighbourhoods WHERE id = $2)
           SELECT f.layer, f.class,
                  ST_AsGeoJSON(ST_Simplify(ST_ClipByBox2D(f.geom, b.box), b.tolerance), 6)::jsonb AS "geometry!"
             FROM basemap_features f, b
            WHERE f.plan_id = $1 AND f.source = $3
              AND f.layer IN ('landcover', 'water', 'waterway', 'transportation')
              AND f.geom_3857 && ST_Transform(b.box, 3857)
            ORDER BY f.id"#,
        plan_id,
        neighbourhood_id,
        source
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let (area, parts) = geometry_parts(&r.geometry)?;
            (!parts.is_empty()).then_some(BasemapFeature {
                layer: r.layer,
                class: r.class,
                area,
                parts,
            })
        })
        .collect())
}

/// A GeoJSON line or area as its parts (lines, or every ring); `None` for points.
fn geometry_parts(geometry: &Value) -> Option<(bool, Vec<Vec<[f64; 2]>>)> {
    let coords = &geometry["coordinates"];
    let lines = |v: &Value| serde_json::from_value::<Vec<Vec<[f64; 2]>>>(v.clone()).ok();
    match geometry["type"].as_str()? {
        "LineString" => Some((false, vec![serde_json::from_value(coords.clone()).ok()?])),
        "MultiLineString" => Some((false, lines(coords)?)),
        "Polygon" => Some((true, lines(coords)?)),
        "MultiPolygon" => Some((
            true,
            coords
                .as_array()?
                .iter()
                .filter_map(lines)
                .flatten()
                .collect(),
        )),
        _ => None,
    }
}

/// Whether a contribution is featured in the report; `None` when there is none.
pub async fn is_featured(
    db: impl sqlx::PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<bool>, sqlx::Error> {
    sqlx::query_scalar!("SELECT featured FROM contributions WHERE id = $1", id)
        .fetch_optional(db)
        .await
}

/// What featuring a quote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Featured {
    Done,
    NotFound,
    /// Not published, or its resident did not agree to be quoted.
    NotQuotable,
}

/// Marks a contribution as a quote for the report (or takes the mark off), with a line
/// in the audit log. Only a published item whose resident agreed to publication can
/// be featured; taking the mark off always works.
pub async fn set_featured(
    conn: &mut PgConnection,
    id: Uuid,
    featured: bool,
    actor: &str,
) -> Result<Featured, sqlx::Error> {
    let Some(row) = sqlx::query!(
        r#"SELECT featured,
                  status = 'published' AND coalesce(consent, 'publish') IN ('publish', 'anonymise')
                      AS "quotable!"
             FROM contributions WHERE id = $1 FOR UPDATE"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Featured::NotFound);
    };
    if featured && !row.quotable {
        return Ok(Featured::NotQuotable);
    }
    if row.featured != featured {
        sqlx::query!(
            "UPDATE contributions SET featured = $2 WHERE id = $1",
            id,
            featured
        )
        .execute(&mut *conn)
        .await?;
        crate::moderation::audit(
            &mut *conn,
            actor,
            if featured {
                "contribution.feature"
            } else {
                "contribution.unfeature"
            },
            "contribution",
            &id.to_string(),
            None,
            Some(serde_json::json!({ "featured": row.featured })),
            Some(serde_json::json!({ "featured": featured })),
        )
        .await?;
    }
    Ok(Featured::Done)
}

/// The outer rings of a GeoJSON (Multi)Polygon.
pub(crate) fn outline_rings(geometry: &Value) -> Vec<Vec<[f64; 2]>> {
    let polygons: Vec<&Value> = match geometry["type"].as_str() {
        Some("MultiPolygon") => geometry["coordinates"]
            .as_array()
            .map(|p| p.iter().collect())
            .unwrap_or_default(),
        Some("Polygon") => vec![&geometry["coordinates"]],
        _ => Vec::new(),
    };
    polygons
        .into_iter()
        .filter_map(|p| p.get(0))
        .map(|ring| serde_json::from_value::<Vec<[f64; 2]>>(ring.clone()).unwrap_or_default())
        .collect()
}
