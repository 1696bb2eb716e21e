//! Who took part in each of a plan's neighbourhoods over a period, against who lives
//! there: the figures behind the staff "who's missing" view and the report's staff
//! edition. Staff only: the API asks the policy before calling here, and nothing public
//! reads these functions.
//!
//! A participant is a distinct contributor: a contribution's `author_key` (a visitor, an
//! account, a workshop participant), except that each conversation a mobiliser recorded
//! is one person (its `author_key` is the mobiliser's), and a contribution whose key is
//! gone (erased, or past retention) counts as one person. As in the dialogue report, a
//! contribution belongs to its conversation's day or else its posting's (UTC), and
//! published, internal and erased ones count; pending, hidden and withdrawn ones do not.

use std::collections::HashMap;

use sqlx::PgConnection;
use uuid::Uuid;
use waymark_domain::equality::{
    BandCount, Dimension, NeighbourhoodParticipation, WhoIsHeard, participation,
};
use waymark_domain::report::Month;

use crate::reports::{first_day, outline_rings};

/// The plan's neighbourhoods (or one) over the 12 months up to and including `month`;
/// `None` when the plan, or that neighbourhood, does not exist.
pub async fn who_is_heard(
    conn: &mut PgConnection,
    plan: &str,
    month: Month,
    neighbourhood: Option<&str>,
) -> Result<Option<WhoIsHeard>, sqlx::Error> {
    let Some(plan_id) = crate::plans::id(&mut *conn, plan).await? else {
        return Ok(None);
    };
    let (from, to) = (first_day(month.back(11)), first_day(month.next()));
    let hoods = sqlx::query!(
        r#"WITH people AS (
               SELECT c.neighbourhood_id,
                      count(DISTINCT CASE WHEN c.recorded_by IS NOT NULL OR c.author_key IS NULL
                                          THEN 'contribution:' || c.id::text
                                          ELSE c.author_key END) AS n
                 FROM contributions c
                WHERE c.plan_id = $1 AND c.status IN ('published', 'internal', 'erased')
                  AND coalesce(c.conversation_date, (c.created_at AT TIME ZONE 'UTC')::date) >= $3
                  AND coalesce(c.conversation_date, (c.created_at AT TIME ZONE 'UTC')::date) < $4
                GROUP BY c.neighbourhood_id)
           SELECT n.id, n.slug, n.name, ST_AsGeoJSON(n.boundary, 5)::jsonb AS "outline!",
                  pop.people AS "residents?", coalesce(people.n, 0) AS "participants!"
             FROM neighbourhoods n
             LEFT JOIN neighbourhood_population pop
                    ON pop.neighbourhood_id = n.id AND pop.dimension = 'total' AND pop.band = 'all'
             LEFT JOIN people ON people.neighbourhood_id = n.id
            WHERE n.plan_id = $1 AND ($2::text IS NULL OR n.slug = $2)
            ORDER BY n.name"#,
        plan_id,
        neighbourhood,
        from,
        to
    )
    .fetch_all(&mut *conn)
    .await?;
    if hoods.is_empty() && neighbourhood.is_some() {
        return Ok(None);
    }
    let answers = sqlx::query!(
        r#"SELECT a.neighbourhood_id AS "neighbourhood_id!", d.dimension AS "dimension!",
                  d.band AS "band!", count(*) AS "respondents!"
             FROM about_you_answers a
            CROSS JOIN LATERAL (VALUES ('age', a.age_band), ('gender', a.gender),
                                       ('ethnic_group', a.ethnic_group),
                                       ('disability', a.disability), ('tenure', a.tenure))
                  AS d(dimension, band)
            WHERE a.plan_id = $1 AND a.neighbourhood_id IS NOT NULL AND d.band IS NOT NULL
              AND a.answered_at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
              AND a.answered_at < ($3::date)::timestamp AT TIME ZONE 'UTC'
            GROUP BY 1, 2, 3"#,
        plan_id,
        from,
        to
    )
    .fetch_all(&mut *conn)
    .await?;
    let population = sqlx::query!(
        r#"SELECT p.neighbourhood_id, p.dimension, p.band, p.people, p.source
             FROM neighbourhood_population p JOIN neighbourhoods n ON n.id = p.neighbourhood_id
            WHERE n.plan_id = $1"#,
        plan_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut respondents: HashMap<(Uuid, String, String), u32> = HashMap::new();
    for a in answers {
        respondents.insert(
            (a.neighbourhood_id, a.dimension, a.band),
            u32::try_from(a.respondents).unwrap_or(u32::MAX),
        );
    }
    let mut residents: HashMap<(Uuid, String, String), u32> = HashMap::new();
    let mut sources: Vec<String> = Vec::new();
    for p in population {
        if !sources.contains(&p.source) {
            sources.push(p.source.clone());
        }
        residents.insert(
            (p.neighbourhood_id, p.dimension, p.band),
            u32::try_from(p.people).unwrap_or(0),
        );
    }
    let areas = hoods
        .into_iter()
        .map(|n| {
            let dimensions: Vec<(Dimension, Vec<BandCount>)> = Dimension::ALL
                .iter()
                .map(|&d| {
                    let bands = d
                        .bands()
                        .into_iter()
                        .map(|band| {
                            let key = (n.id, d.as_str().to_owned(), band.to_owned());
                            BandCount {
                                band,
                                respondents: respondents.get(&key).copied().unwrap_or(0),
                                residents: residents.get(&key).copied(),
                            }
                        })
                        .collect();
                    (d, bands)
                })
                .collect();
            let figures = participation(
                u32::try_from(n.participants).unwrap_or(u32::MAX),
                n.residents.and_then(|r| u32::try_from(r).ok()),
                &dimensions,
            );
            NeighbourhoodParticipation {
                slug: n.slug,
                name: n.name,
                figures,
                class: 0,
                outline: outline_rings(&n.outline),
            }
        })
        .collect();
    sources.sort();
    let mut heard = WhoIsHeard::new(month.back(11).to_string(), month.to_string(), areas);
    heard.population_sources = sources;
    Ok(Some(heard))
}
