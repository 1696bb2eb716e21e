//! Bulk loads for the demo plan and for benchmarks.

use std::fmt::Write;

use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;
use waymark_domain::{Kind, NewContribution, NewReply, Theme};

/// Stores a demo contribution with its history: when it was made, how many people
/// support it and its replies. Each demo pin has an author of its own (`seed:<uuid>`), so
/// that the staff "who's missing" figures count the demo's people as people.
pub async fn insert_with_history(
    conn: &mut PgConnection,
    plan_id: Uuid,
    new: &NewContribution,
    created_at: OffsetDateTime,
    supports: u32,
    replies: &[(NewReply, OffsetDateTime)],
) -> Result<Uuid, sqlx::Error> {
    let themes: Vec<String> = new.themes.iter().map(|t| t.as_str().to_owned()).collect();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO contributions
               (plan_id, kind, themes, title, body, display_name, precision, location,
                author_key, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, ST_SetSRID(ST_MakePoint($8, $9), 4326),
                   'seed:' || gen_random_uuid(), $10, $10)
           RETURNING id"#,
        plan_id,
        new.kind.as_str(),
        &themes,
        new.title,
        new.body,
        new.display_name,
        new.precision.as_str(),
        new.position.lon(),
        new.position.lat(),
        created_at,
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO supports (contribution_id, supporter, created_at)
           SELECT $1, 'seed:' || i, $3 FROM generate_series(1, $2::int) AS i"#,
        id,
        supports as i32,
        created_at,
    )
    .execute(&mut *conn)
    .await?;
    for (reply, at) in replies {
        sqlx::query!(
            r#"INSERT INTO replies (contribution_id, body, display_name, author_key, created_at)
               VALUES ($1, $2, $3, 'seed', $4)"#,
            id,
            reply.body,
            reply.display_name,
            at,
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// The demo pin with this title (demo titles are unique), for the demo's outcomes.
pub async fn contribution_titled(
    conn: &mut PgConnection,
    plan_id: Uuid,
    title: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT id FROM contributions WHERE plan_id = $1 AND title = $2 ORDER BY created_at LIMIT 1",
        plan_id,
        title
    )
    .fetch_optional(conn)
    .await
}

/// One generated contribution for a synthetic load.
#[derive(Debug, Clone)]
pub struct SyntheticRow<'a> {
    pub kind: Kind,
    pub themes: &'a [Theme],
    pub title: &'a str,
    pub lon: f64,
    pub lat: f64,
    pub created_at: OffsetDateTime,
}

/// Streams rows into `contributions` with COPY, in chunks of about 1 MiB. The placing
/// trigger still assigns each row its neighbourhood and published point.
pub async fn copy_contributions<'a>(
    conn: &mut PgConnection,
    plan_id: Uuid,
    rows: impl IntoIterator<Item = SyntheticRow<'a>>,
    mut progress: impl FnMut(u64),
) -> Result<u64, sqlx::Error> {
    const CHUNK: usize = 1 << 20;
    // Synthetic pins make no live events (see migrations/0006_events.sql).
    sqlx::query!("SELECT set_config('waymark.bulk_load', 'on', false) AS on")
        .fetch_one(&mut *conn)
        .await?;
    let mut copy = conn
        .copy_in_raw(
            "COPY contributions (plan_id, kind, themes, title, precision, location, author_key,
                                 created_at, updated_at) FROM STDIN",
        )
        .await?;
    let mut buffer = String::with_capacity(CHUNK + 1024);
    let mut sent = 0u64;
    for row in rows {
        // Text format: tab-separated, `\N` for null; the values we write hold no tabs,
        // newlines or backslashes.
        let at = row
            .created_at
            .format(&time::format_description::well_known::Rfc3339)
            .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        let _ = writeln!(
            buffer,
            "{plan_id}\t{}\t{{{}}}\t{}\texact\tSRID=4326;POINT({} {})\tsynthetic\t{at}\t{at}",
            row.kind.as_str(),
            row.themes
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(","),
            row.title,
            row.lon,
            row.lat,
        );
        sent += 1;
        if buffer.len() >= CHUNK {
            copy.send(buffer.as_bytes()).await?;
            buffer.clear();
            progress(sent);
        }
    }
    if !buffer.is_empty() {
        copy.send(buffer.as_bytes()).await?;
    }
    progress(sent);
    let copied = copy.finish().await?;
    sqlx::query!("SELECT set_config('waymark.bulk_load', 'off', false) AS off")
        .fetch_one(&mut *conn)
        .await?;
    Ok(copied)
}

/// SYNTHETIC "about you" answers for the demo plan, made up here and labelled so: three
/// for every two demo pins of the last 11 months in each neighbourhood, skewed as
/// participation often is, so that the staff "who's missing" view has something to show:
/// older people and owner-occupiers answer more than their share of residents, younger
/// adults and social renters (5 % of answers against about a fifth of the demo's
/// residents) less. Each answer is drawn from a fixed hash of the
/// neighbourhood and the answer's number, so every demo database gets the same figures.
/// About one answer in ten leaves each question out ("prefer not to say").
pub async fn synthetic_about_you(
    conn: &mut PgConnection,
    plan_id: Uuid,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH hoods AS (
               SELECT n.id, n.slug,
                      (count(c.id) * 3 / 2)::int AS answers
                 FROM neighbourhoods n
                 LEFT JOIN contributions c ON c.neighbourhood_id = n.id
                       AND c.created_at > now() - interval '330 days'
                WHERE n.plan_id = $1
                GROUP BY n.id, n.slug),
                draws AS (
               SELECT h.id, i,
                      (abs(hashtext(h.slug || ':' || i || ':age')) % 1000) / 1000.0 AS age,
                      (abs(hashtext(h.slug || ':' || i || ':gender')) % 1000) / 1000.0 AS gender,
                      (abs(hashtext(h.slug || ':' || i || ':ethnic')) % 1000) / 1000.0 AS ethnic,
                      (abs(hashtext(h.slug || ':' || i || ':disability')) % 1000) / 1000.0 AS disability,
                      (abs(hashtext(h.slug || ':' || i || ':tenure')) % 1000) / 1000.0 AS tenure,
                      abs(hashtext(h.slug || ':' || i || ':day')) % 330 AS days_ago
                 FROM hoods h, generate_series(1, h.answers) AS i)
           INSERT INTO about_you_answers (plan_id, neighbourhood_id, source, age_band, gender,
                                          ethnic_group, disability, tenure, answered_at)
           SELECT $1, d.id, CASE WHEN d.i % 4 = 0 THEN 'conversation' ELSE 'contribution' END,
                  CASE WHEN d.age < 0.08 THEN NULL WHEN d.age < 0.227 THEN 'under_16'
                       WHEN d.age < 0.273 THEN '16_24' WHEN d.age < 0.356 THEN '25_34'
                       WHEN d.age < 0.512 THEN '35_49' WHEN d.age < 0.732 THEN '50_64'
                       WHEN d.age < 0.888 THEN '65_74' ELSE '75_plus' END,
                  CASE WHEN d.gender < 0.10 THEN NULL WHEN d.gender < 0.12 THEN 'another'
                       WHEN d.gender < 0.62 THEN 'woman' ELSE 'man' END,
                  CASE WHEN d.ethnic < 0.10 THEN NULL WHEN d.ethnic < 0.16 THEN 'asian'
                       WHEN d.ethnic < 0.20 THEN 'black' WHEN d.ethnic < 0.23 THEN 'mixed'
                       WHEN d.ethnic < 0.24 THEN 'other' ELSE 'white' END,
                  CASE WHEN d.disability < 0.12 THEN NULL WHEN d.disability < 0.20 THEN 'limited_a_lot'
                       WHEN d.disability < 0.32 THEN 'limited_a_little' ELSE 'not_disabled' END,
                  CASE WHEN d.tenure < 0.08 THEN NULL WHEN d.tenure < 0.706 THEN 'owned'
                       WHEN d.tenure < 0.72 THEN 'shared_ownership' WHEN d.tenure < 0.766 THEN 'social_rented'
                       WHEN d.tenure < 0.986 THEN 'private_rented' ELSE 'rent_free' END,
                  now() - make_interval(days => d.days_ago::int)
             FROM draws d"#,
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// The area of synthetic plan `number` (1 to 99): a box of 0.3° × 0.2° (about 20 × 22 km)
/// on a grid of ten columns, 2° of longitude and 1.2° of latitude apart, over the open
/// Atlantic west of Ireland (30° W to 12° W, from 44° N): no real place, and wider apart
/// than a zoom-8 tile, so no tile of zoom 8 or more shows two plans.
pub fn synthetic_plan_area(number: u32) -> [f64; 4] {
    let (column, row) = (f64::from((number - 1) % 10), f64::from((number - 1) / 10));
    let (west, south) = (-30.0 + 2.0 * column, 44.0 + 1.2 * row);
    [west, south, west + 0.3, south + 0.2]
}

/// Makes (or keeps) synthetic plan `number`: slug `synthetic-07`, title "Synthetic plan
/// 07", its area from [`synthetic_plan_area`]. Returns its id.
pub async fn synthetic_plan(conn: &mut PgConnection, number: u32) -> Result<Uuid, sqlx::Error> {
    let [west, south, east, north] = synthetic_plan_area(number);
    sqlx::query_scalar!(
        r#"INSERT INTO plans (slug, title, description, boundary)
           VALUES (format('synthetic-%s', lpad($1::int::text, 2, '0')),
                   format('Synthetic plan %s', lpad($1::int::text, 2, '0')),
                   'Made up by `waymark seed --synthetic` for benchmarks: not a real place or consultation.',
                   ST_Multi(ST_MakeEnvelope($2, $3, $4, $5, 4326)))
           ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title
           RETURNING id"#,
        number as i32,
        west,
        south,
        east,
        north,
    )
    .fetch_one(&mut *conn)
    .await
}

/// Tops plan `plan_id` up to `pins` synthetic pins (author `synthetic`), made inside
/// PostgreSQL in one INSERT … SELECT over `generate_series`, in one transaction: none when
/// it has them already, so a second run adds nothing. The pins fall in the plan's bounding
/// box: seven in ten round six hot spots (the first busiest), the rest anywhere; of every
/// kind and theme, dated over the last year, titled "Synthetic pin". Returns how many were
/// added.
pub async fn synthetic_plan_pins(
    conn: &mut PgConnection,
    plan_id: Uuid,
    pins: u64,
) -> Result<u64, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    // Synthetic pins make no live events (see migrations/0006_events.sql).
    sqlx::query!("SELECT set_config('waymark.bulk_load', 'on', true) AS on")
        .fetch_one(&mut *tx)
        .await?;
    let added = sqlx::query!(
        r#"WITH plan AS (
               SELECT ST_XMin(boundary) AS x0, ST_YMin(boundary) AS y0,
                      ST_XMax(boundary) - ST_XMin(boundary) AS w,
                      ST_YMax(boundary) - ST_YMin(boundary) AS h,
                      $2::int8 - (SELECT count(*) FROM contributions
                                   WHERE plan_id = $1 AND author_key = 'synthetic') AS missing
                 FROM plans WHERE id = $1
           ), draws AS (
               SELECT plan.*, floor(random() ^ 2 * 6) AS spot, random() < 0.7 AS clustered,
                      random() AS u, random() AS v,
                      (random() + random() + random() - 1.5) / 1.5 AS du,
                      (random() + random() + random() - 1.5) / 1.5 AS dv,
                      floor(random() * 4)::int AS kind, floor(random() * 8)::int AS theme,
                      random() AS age
                 FROM plan, generate_series(1, greatest(plan.missing, 0))
           )
           INSERT INTO contributions (plan_id, kind, themes, title, precision, location,
                                      author_key, created_at, updated_at)
           SELECT $1, (ARRAY['idea', 'issue', 'interest', 'story'])[kind + 1],
                  ARRAY[(ARRAY['energy', 'transport', 'housing', 'green_space', 'safety',
                               'community', 'health', 'other'])[theme + 1]],
                  'Synthetic pin', 'exact',
                  ST_SetSRID(ST_MakePoint(
                      x0 + w * CASE WHEN clustered
                                    THEN least(greatest(0.2 + 0.6 * (spot * 0.618 - floor(spot * 0.618)) + 0.15 * du, 0), 1)
                                    ELSE u END,
                      y0 + h * CASE WHEN clustered
                                    THEN least(greatest(0.2 + 0.6 * (spot * 0.382 - floor(spot * 0.382)) + 0.15 * dv, 0), 1)
                                    ELSE v END), 4326),
                  'synthetic', now() - age * interval '365 days', now() - age * interval '365 days'
             FROM draws"#,
        plan_id,
        pins as i64,
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(added)
}
