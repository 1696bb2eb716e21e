//! The monthly dialogue report's figures. A contribution belongs to the month of its
//! conversation (when a mobiliser recorded one) or else of its posting, in UTC. Counts
//! take published and internal items; quotes only published ones whose author agreed.

use serde_json::Value;
use sqlx::PgConnection;
use time::Date;
use waymark_domain::report::{
    Change, CommitmentLine, DialogueReport, Month, NeighbourhoodReport, OutcomeSection,
    ProposalLine, Quote, StatusCount, Supported,
};

fn first_day(m: Month) -> Date {
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
    let Some(p) = sqlx::query!("SELECT id, title FROM plans WHERE slug = $1", plan)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let hoods = sqlx::query!(
        r#"SELECT id, slug, name, ST_AsGeoJSON(boundary, 5)::jsonb AS "outline!"
             FROM neighbourhoods WHERE plan_id = $1 AND ($2::text IS NULL OR slug = $2)
            ORDER BY name"#,
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
                           WHERE neighbourhood_id = $1 AND status IN ('published', 'internal'))
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
                           WHERE neighbourhood_id = $1 AND status IN ('published', 'internal'))
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
                WHERE neighbourhood_id = $1 AND status = 'published' AND body <> ''
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
            r#"SELECT to_char(m, 'YYYY-MM') AS "month!",
                      (SELECT count(*) FROM contributions
                        WHERE neighbourhood_id = $1 AND status IN ('published', 'internal')
                          AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) >= m::date
                          AND coalesce(conversation_date, (created_at AT TIME ZONE 'UTC')::date) < (m + interval '1 month')::date
                      ) AS "count!"
                 FROM generate_series($2::date, $3::date, interval '1 month') AS m
                ORDER BY m"#,
            n.id, first, this
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
            outcomes: OutcomeSection {
                by_status,
                commitments,
            },
        });
    }
    Ok(Some(DialogueReport {
        plan: plan.to_owned(),
        plan_title: p.title,
        month,
        neighbourhoods,
    }))
}

/// The outer rings of a GeoJSON (Multi)Polygon.
fn outline_rings(geometry: &Value) -> Vec<Vec<[f64; 2]>> {
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
