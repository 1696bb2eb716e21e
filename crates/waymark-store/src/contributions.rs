//! Contributions: the hot write path (one statement from socket to commit) and the
//! public reads, which only ever touch the `contributions_public` view.

use std::collections::HashMap;

use sqlx::types::Json;
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;
use waymark_domain::about_you::{KEY_HOURS, Source};
use waymark_domain::outcome::{Outcome, OutcomeStatus};
use waymark_domain::{ContributionPatch, Kind, NewContribution, Theme};

/// A contribution as the public sees it: the published point, never the exact one.
#[derive(Debug, Clone)]
pub struct ContributionRow {
    pub id: Uuid,
    pub plan: String,
    pub neighbourhood: Option<String>,
    pub kind: String,
    pub themes: Vec<String>,
    pub title: String,
    pub body: String,
    pub display_name: Option<String>,
    pub precision: String,
    pub status: String,
    pub lon: f64,
    pub lat: f64,
    pub support_count: i32,
    pub reply_count: i32,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    /// What became of it, built by the database's `contribution_outcome`.
    pub outcome: Json<Outcome>,
    /// The primary language subtag it is written in (`pl`), when known.
    pub lang: Option<String>,
}

/// A [`ContributionRow`] from a `query!` record `r` holding its columns, with `status`
/// (each `query!` record is a type of its own, so a function cannot take them).
macro_rules! contribution_row {
    ($r:ident, $status:expr) => {
        ContributionRow {
            id: $r.id,
            plan: $r.plan,
            neighbourhood: $r.neighbourhood,
            kind: $r.kind,
            themes: $r.themes,
            title: $r.title,
            body: $r.body,
            display_name: $r.display_name,
            precision: $r.precision,
            status: $status,
            lon: $r.lon,
            lat: $r.lat,
            support_count: $r.support_count,
            reply_count: $r.reply_count,
            created_at: $r.created_at,
            updated_at: $r.updated_at,
            outcome: $r.outcome,
            lang: $r.lang,
        }
    };
}

/// A new pin to write, with who writes it and how to recognise a retry of the same write
/// (see [`insert_many`]).
#[derive(Debug, Clone)]
pub struct PinWrite {
    /// The plan's slug.
    pub plan: String,
    pub new: NewContribution,
    /// The signed visitor or account key of the author, kept private.
    pub author_key: String,
    pub idempotency_key: Option<String>,
    /// A digest of the request body, so a key reused for another body is caught.
    pub request_hash: Vec<u8>,
    /// Signed in; plans that refuse anonymous contributions accept only these.
    pub signed_in: bool,
    /// The workshop it was added in, if any.
    pub workshop: Option<Uuid>,
    /// Held for a moderator whatever the plan says (a pre-moderated workshop).
    pub hold: bool,
    /// The language it is written in, given or detected (`None`: unknown).
    pub lang: Option<String>,
    /// The SHA-256 of the one-time "about you" key handed out with it (kept only when the
    /// pin is created, not when a retry is answered with the first result).
    pub about_you_key: Vec<u8>,
}

#[derive(Debug)]
pub enum InsertOutcome {
    Created(ContributionRow),
    /// The same idempotency key and body were seen before: here is the first result.
    Replayed(ContributionRow),
    /// The idempotency key was used before with a different body.
    KeyReused,
    PlanNotFound,
    OutsidePlan,
    /// The plan takes contributions only from people who are signed in.
    SignInRequired,
    /// This person posted as many contributions to the plan in the last 24 hours as it
    /// allows.
    DailyLimitReached,
}

fn theme_names(themes: &[Theme]) -> Vec<String> {
    themes.iter().map(|t| t.as_str().to_owned()).collect()
}

/// Writes the pins of `writes` that no daily limit counts (pins of plans without one, and
/// workshop pins) in ONE statement, committed on its own: each one's plan lookup,
/// boundary, sign-in and idempotency checks, the insert, and the "about you" key of each
/// pin created. Call it outside a transaction: a group writer then waits for the database
/// once per group, not once per statement of a transaction (issue 17: while it waited,
/// the database sat idle in the open transaction).
///
/// Says, in the order of `writes`, the row of each pin created; `None` for every other:
/// a pin a daily limit counts, or one refused, or a retry. [`insert_many`] writes those
/// and says why.
///
/// `bubble_shard` as for [`insert_many`].
pub async fn insert_unlimited(
    conn: &mut PgConnection,
    writes: &[PinWrite],
    bubble_shard: Option<i16>,
) -> Result<Vec<Option<ContributionRow>>, sqlx::Error> {
    let (ids, mut created) = insert_statement(conn, writes, bubble_shard).await?;
    Ok(ids.iter().map(|id| created.remove(id)).collect())
}

/// What [`insert_many`] did.
#[derive(Debug)]
pub struct Inserted {
    /// What became of each pin, in the order of the writes.
    pub outcomes: Vec<InsertOutcome>,
    /// The slugs of the writes' plans that have a daily limit: a group writer sends their
    /// next pins straight here, not first to [`insert_unlimited`], which would leave them.
    pub limited_plans: Vec<String>,
}

/// Inserts new pins, however many, in one statement: each one's plan lookup, boundary,
/// sign-in, daily-limit and idempotency checks, the insert itself and the "about you"
/// keys of those created. Only a refused pin costs a query of its own. The outcomes are
/// in the order of `writes`. Several pins from one person count against the plan's daily
/// limit in their order here, as if written one after another.
///
/// `bubble_shard` names the shard of the bubble cells the pins are counted in (migration
/// 0041): a group writer's own, so that two writers never wait on each other's rows until
/// commit; `None` takes the connection's. Run it in a transaction: the daily limit's
/// locks last until it ends.
pub async fn insert_many(
    conn: &mut PgConnection,
    writes: &[PinWrite],
    bubble_shard: Option<i16>,
) -> Result<Inserted, sqlx::Error> {
    let plans: Vec<&str> = writes.iter().map(|w| w.plan.as_str()).collect();
    let authors: Vec<&str> = writes.iter().map(|w| w.author_key.as_str()).collect();
    let workshops: Vec<Option<Uuid>> = writes.iter().map(|w| w.workshop).collect();
    // Whoever a plan's daily limit counts waits here for their earlier pins still being
    // written by another group, so that the count in the insert sees them (in key order:
    // two groups never wait on each other in a cycle). The insert counts their pins only
    // once the locks are taken (in `insert_unlimited` it leaves them out); a setting of
    // the transaction says so, not a parameter: with one, PostgreSQL would plan the insert
    // anew at every group (a custom plan, which drops the count when it is not needed,
    // looks cheaper than the generic one).
    let limited_plans = sqlx::query!(
        r#"SELECT set_config('waymark.daily_limit_locks', 'taken', true) AS "taken!",
                  (SELECT count(pg_advisory_xact_lock(k))
             FROM (SELECT DISTINCT hashtextextended(p.id::text || i.author_key, 0) AS k
                     FROM unnest($1::text[], $2::text[], $3::uuid[])
                          AS i(plan, author_key, workshop_id)
                     JOIN plans p ON p.slug = i.plan
                    WHERE p.contributions_per_day IS NOT NULL AND i.workshop_id IS NULL
                    ORDER BY 1) keys) AS "locked!",
                  ARRAY(SELECT DISTINCT p.slug FROM plans p
                         WHERE p.slug = ANY($1::text[]) AND p.contributions_per_day IS NOT NULL
                         ORDER BY 1) AS "limited!""#,
        &plans as &[&str],
        &authors as &[&str],
        &workshops as &[Option<Uuid>],
    )
    .fetch_one(&mut *conn)
    .await?
    .limited;
    let (ids, mut created) = insert_statement(conn, writes, bubble_shard).await?;
    let mut outcomes = Vec::with_capacity(writes.len());
    for (w, id) in writes.iter().zip(&ids) {
        outcomes.push(match created.remove(id) {
            Some(row) => InsertOutcome::Created(row),
            None => {
                let limited = w.workshop.is_none().then_some(w.author_key.as_str());
                refused(
                    conn,
                    &w.plan,
                    &w.new,
                    w.idempotency_key.as_deref(),
                    &w.request_hash,
                    w.signed_in,
                    limited,
                )
                .await?
            }
        });
    }
    Ok(Inserted {
        outcomes,
        limited_plans,
    })
}

/// The one statement of [`insert_unlimited`] and [`insert_many`]: the pins of `writes`
/// it created, by the ids it gave each write (in the order of `writes`). Pins a daily
/// limit counts are written only once their authors' locks are taken ([`insert_many`]).
async fn insert_statement(
    conn: &mut PgConnection,
    writes: &[PinWrite],
    bubble_shard: Option<i16>,
) -> Result<(Vec<Uuid>, HashMap<Uuid, ContributionRow>), sqlx::Error> {
    // One array per column, for a single INSERT … SELECT FROM unnest(…); the ids are made
    // here so that each row written is known by the write it came from.
    let ids: Vec<Uuid> = writes.iter().map(|_| Uuid::new_v4()).collect();
    let plans: Vec<&str> = writes.iter().map(|w| w.plan.as_str()).collect();
    let kinds: Vec<&str> = writes.iter().map(|w| w.new.kind.as_str()).collect();
    let themes: Vec<String> = writes
        .iter()
        .map(|w| theme_names(&w.new.themes).join(","))
        .collect();
    let titles: Vec<&str> = writes.iter().map(|w| w.new.title.as_str()).collect();
    let bodies: Vec<&str> = writes.iter().map(|w| w.new.body.as_str()).collect();
    let names: Vec<Option<&str>> = writes
        .iter()
        .map(|w| w.new.display_name.as_deref())
        .collect();
    let precisions: Vec<&str> = writes.iter().map(|w| w.new.precision.as_str()).collect();
    let lons: Vec<f64> = writes.iter().map(|w| w.new.position.lon()).collect();
    let lats: Vec<f64> = writes.iter().map(|w| w.new.position.lat()).collect();
    let authors: Vec<&str> = writes.iter().map(|w| w.author_key.as_str()).collect();
    let keys: Vec<Option<&str>> = writes
        .iter()
        .map(|w| w.idempotency_key.as_deref())
        .collect();
    let hashes: Vec<&[u8]> = writes.iter().map(|w| w.request_hash.as_slice()).collect();
    let signed_in: Vec<bool> = writes.iter().map(|w| w.signed_in).collect();
    let workshops: Vec<Option<Uuid>> = writes.iter().map(|w| w.workshop).collect();
    let holds: Vec<bool> = writes.iter().map(|w| w.hold).collect();
    let langs: Vec<Option<&str>> = writes.iter().map(|w| w.lang.as_deref()).collect();
    let about_you_keys: Vec<&[u8]> = writes.iter().map(|w| w.about_you_key.as_slice()).collect();
    let about_you_sources: Vec<&str> = writes
        .iter()
        .map(|w| match w.workshop {
            Some(_) => Source::Workshop.as_str(),
            None => Source::Contribution.as_str(),
        })
        .collect();
    let created = sqlx::query!(
        r#"WITH input AS (
             SELECT i.*, ST_SetSRID(ST_MakePoint(i.lon, i.lat), 4326) AS point,
                    row_number() OVER (PARTITION BY i.plan, i.idempotency_key
                                       ORDER BY i.ord) AS key_nth,
                    -- The shard the bubble-cell trigger counts these pins in, for this
                    -- transaction; set while the rows are read, before any trigger
                    -- fires (a volatile column is never left out of the plan).
                    CASE WHEN $18::int2 IS NOT NULL
                         THEN set_config('waymark.bubble_shard', $18::int2::text, true)
                    END AS shard
               FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[],
                           $6::text[], $7::text[], $8::text[], $9::float8[], $10::float8[],
                           $11::text[], $12::text[], $13::bytea[], $14::bool[], $15::uuid[],
                           $16::bool[], $17::text[], $19::bytea[], $20::text[])
                    WITH ORDINALITY AS i(id, plan, kind, themes, title, body, display_name,
                                         precision, lon, lat, author_key, idempotency_key,
                                         request_hash, signed_in, workshop_id, hold, lang,
                                         about_you_key, about_you_source, ord)
           ),
           allowed AS (
             SELECT i.*, p.id AS plan_id, p.moderation, p.contributions_per_day,
                    row_number() OVER (PARTITION BY p.id, i.author_key, i.workshop_id IS NULL
                                       ORDER BY i.ord) AS nth
               FROM input i JOIN plans p ON p.slug = i.plan
              WHERE ST_Intersects(p.boundary, i.point) AND (p.allow_anonymous OR i.signed_in)
                -- A retry (of a pin written before, or earlier in the group) writes
                -- nothing, and so counts for no daily limit.
                AND (i.idempotency_key IS NULL
                     OR i.key_nth = 1
                        AND NOT EXISTS (SELECT FROM contributions seen
                                         WHERE seen.plan_id = p.id
                                           AND seen.idempotency_key = i.idempotency_key))
           ),
           ins AS (
             -- Placed here (migration 0042), so the row trigger that would place each
             -- pin does not fire.
             INSERT INTO contributions
                 (id, plan_id, kind, themes, title, body, display_name, precision, location,
                  neighbourhood_id, geom,
                  status, author_key, idempotency_key, request_hash, workshop_id, lang)
             SELECT a.id, a.plan_id, a.kind, string_to_array(a.themes, ','), a.title, a.body,
                    a.display_name, a.precision, a.point, place.neighbourhood_id, place.geom,
                    CASE WHEN a.hold OR a.moderation = 'pre' THEN 'pending' ELSE 'published' END,
                    a.author_key, a.idempotency_key, a.request_hash, a.workshop_id, a.lang
               FROM allowed a
              CROSS JOIN LATERAL contribution_place(a.plan_id, a.point, a.precision) place
              WHERE a.workshop_id IS NOT NULL OR a.contributions_per_day IS NULL
                 OR current_setting('waymark.daily_limit_locks', true) = 'taken'
                    AND (SELECT count(*) FROM contributions mine
                          WHERE mine.plan_id = a.plan_id AND mine.author_key = a.author_key
                            AND mine.workshop_id IS NULL
                            AND mine.created_at > now() - interval '1 day') + a.nth
                        <= a.contributions_per_day
              ORDER BY a.ord
             ON CONFLICT (plan_id, idempotency_key) WHERE idempotency_key IS NOT NULL
             DO NOTHING
             RETURNING *
           ),
           -- The "about you" key of each pin created, kept with its plan and
           -- neighbourhood, never the pin (migration 0031).
           about_you AS (
             INSERT INTO about_you_keys (key_hash, plan_id, neighbourhood_id, source,
                                         respondent_key, expires_at)
             SELECT a.about_you_key, ins.plan_id, ins.neighbourhood_id, a.about_you_source,
                    ins.author_key, now() + make_interval(hours => $21)
               FROM ins JOIN allowed a ON a.id = ins.id
           )
           SELECT ins.id, p.slug AS "plan!", n.slug AS "neighbourhood?", ins.kind, ins.themes,
                  ins.title, ins.body, ins.display_name, ins.precision, ins.status,
                  ST_X(ins.geom) AS "lon!", ST_Y(ins.geom) AS "lat!",
                  ins.support_count, ins.reply_count, ins.created_at, ins.updated_at,
                  contribution_outcome(ins.outcome, ins.outcome_response_id, ins.commitment_id,
                                       ins.outcome_updated_at) AS "outcome!: Json<Outcome>", ins.lang
             FROM ins JOIN plans p ON p.id = ins.plan_id
             LEFT JOIN neighbourhoods n ON n.id = ins.neighbourhood_id"#,
        &ids,
        &plans as &[&str],
        &kinds as &[&str],
        &themes,
        &titles as &[&str],
        &bodies as &[&str],
        &names as &[Option<&str>],
        &precisions as &[&str],
        &lons,
        &lats,
        &authors as &[&str],
        &keys as &[Option<&str>],
        &hashes as &[&[u8]],
        &signed_in,
        &workshops as &[Option<Uuid>],
        &holds,
        &langs as &[Option<&str>],
        bubble_shard,
        &about_you_keys as &[&[u8]],
        &about_you_sources as &[&str],
        KEY_HOURS as i32,
    )
    .fetch_all(&mut *conn)
    .await?;
    let created = created
        .into_iter()
        .map(|r| (r.id, contribution_row!(r, r.status)))
        .collect();
    Ok((ids, created))
}

/// Why an insert wrote nothing: the plan, the place, the sign-in rule, or an
/// idempotency key seen before (then the first result, when the body is the same), or
/// the plan's daily limit for `limited`, the author key it applies to.
async fn refused(
    conn: &mut PgConnection,
    plan: &str,
    new: &NewContribution,
    idempotency_key: Option<&str>,
    request_hash: &[u8],
    signed_in: bool,
    limited: Option<&str>,
) -> Result<InsertOutcome, sqlx::Error> {
    let why = sqlx::query!(
        r#"SELECT ST_Intersects(p.boundary, ST_SetSRID(ST_MakePoint($2, $3), 4326)) AS "inside!",
                  p.allow_anonymous,
                  $5::text IS NOT NULL AND p.contributions_per_day IS NOT NULL
                    AND (SELECT count(*) FROM contributions mine
                          WHERE mine.plan_id = p.id AND mine.author_key = $5
                            AND mine.workshop_id IS NULL
                            AND mine.created_at > now() - interval '1 day')
                        >= p.contributions_per_day AS "over_daily_limit!",
                  c.id AS "existing?", c.request_hash AS "existing_hash?"
             FROM plans p
             LEFT JOIN contributions c ON c.plan_id = p.id AND c.idempotency_key = $4
            WHERE p.slug = $1"#,
        plan,
        new.position.lon(),
        new.position.lat(),
        idempotency_key,
        limited,
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match why {
        None => InsertOutcome::PlanNotFound,
        Some(w) => match w.existing {
            Some(id) if w.existing_hash.as_deref() == Some(request_hash) => {
                match get_any(&mut *conn, id).await? {
                    Some(row) => InsertOutcome::Replayed(row),
                    None => InsertOutcome::KeyReused,
                }
            }
            Some(_) => InsertOutcome::KeyReused,
            None if !w.allow_anonymous && !signed_in => InsertOutcome::SignInRequired,
            None if !w.inside => InsertOutcome::OutsidePlan,
            None if w.over_daily_limit => InsertOutcome::DailyLimitReached,
            // Lost a race with a concurrent insert of the same key that rolled back:
            // the caller may simply retry.
            None => InsertOutcome::KeyReused,
        },
    })
}

/// Filters for the public list; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub kinds: Option<Vec<Kind>>,
    pub themes: Option<Vec<Theme>>,
    pub neighbourhood: Option<String>,
    pub q: Option<String>,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// Only these outcomes.
    pub outcomes: Option<Vec<OutcomeStatus>>,
    /// Only those an organisation has answered (`true`), or only open ones (`false`).
    pub has_answer: Option<bool>,
}

/// Where the previous page ended, in the list's order (newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub created_at: OffsetDateTime,
    pub id: Uuid,
}

/// Published contributions of a plan (of every plan when `plan` is `None`), newest
/// first, one page at a time.
pub async fn list_public(
    db: impl PgExecutor<'_>,
    plan: Option<&str>,
    filter: &Filter,
    after: Option<Cursor>,
    limit: i64,
) -> Result<Vec<ContributionRow>, sqlx::Error> {
    let kinds: Option<Vec<String>> = filter
        .kinds
        .as_ref()
        .map(|ks| ks.iter().map(|k| k.as_str().to_owned()).collect());
    let themes = filter.themes.as_deref().map(theme_names);
    let [min_lon, min_lat, max_lon, max_lat] = filter.bbox.map_or([None; 4], |b| b.map(Some));
    let outcomes: Option<Vec<String>> = filter
        .outcomes
        .as_ref()
        .map(|os| os.iter().map(|o| o.as_str().to_owned()).collect());
    sqlx::query_as!(
        ContributionRow,
        r#"SELECT c.id AS "id!", p.slug AS plan, n.slug AS "neighbourhood?", c.kind AS "kind!",
                  c.themes AS "themes!", c.title AS "title!", c.body AS "body!",
                  c.display_name, c.precision AS "precision!", 'published' AS "status!",
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!",
                  c.support_count AS "support_count!", c.reply_count AS "reply_count!",
                  c.created_at AS "created_at!", c.updated_at AS "updated_at!",
                  contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                       c.outcome_updated_at) AS "outcome!: Json<Outcome>", c.lang
             FROM contributions_public c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            -- The plan's id, not its slug, so that the plan's pins are read newest first
            -- from the index that leads with the plan and the page stops at its limit.
            WHERE ($1::text IS NULL OR c.plan_id = (SELECT id FROM plans WHERE slug = $1))
              AND ($2::text[] IS NULL OR c.kind = ANY($2))
              AND ($3::text[] IS NULL OR c.themes && $3)
              AND ($4::text IS NULL OR n.slug = $4)
              AND ($5::text IS NULL OR c.search @@ search_query($5))
              AND ($6::float8 IS NULL OR ST_Intersects(c.geom, ST_MakeEnvelope($6, $7, $8, $9, 4326)))
              AND ($10::timestamptz IS NULL OR (c.created_at, c.id) < ($10, $11::uuid))
              AND ($13::text[] IS NULL OR c.outcome = ANY($13))
              AND ($14::bool IS NULL OR (c.outcome <> 'open') = $14)
            ORDER BY c.created_at DESC, c.id DESC
            LIMIT $12"#,
        plan,
        kinds.as_deref(),
        themes.as_deref(),
        filter.neighbourhood.as_deref(),
        filter.q.as_deref(),
        min_lon,
        min_lat,
        max_lon,
        max_lat,
        after.map(|c| c.created_at),
        after.map(|c| c.id),
        limit,
        outcomes.as_deref(),
        filter.has_answer,
    )
    .fetch_all(db)
    .await
}

/// The most of one person's own contributions `mine` returns, newest first.
pub const MINE_LIMIT: i64 = 500;

/// What one person (an account or a visitor's cookie, by author key) posted to a plan and
/// can still see: published or awaiting moderation, newest first, with each outcome.
pub async fn mine(
    db: impl PgExecutor<'_>,
    plan: &str,
    author_key: &str,
) -> Result<Vec<ContributionRow>, sqlx::Error> {
    sqlx::query_as!(
        ContributionRow,
        r#"SELECT c.id, p.slug AS plan, n.slug AS "neighbourhood?", c.kind, c.themes, c.title,
                  c.body, c.display_name, c.precision, c.status,
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!",
                  c.support_count, c.reply_count, c.created_at, c.updated_at,
                  contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                       c.outcome_updated_at) AS "outcome!: Json<Outcome>", c.lang
             FROM contributions c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE p.slug = $1 AND c.author_key = $2 AND c.status IN ('published', 'pending')
            ORDER BY c.created_at DESC, c.id DESC
            LIMIT $3"#,
        plan,
        author_key,
        MINE_LIMIT
    )
    .fetch_all(db)
    .await
}

/// One published contribution, and whether `supporter` supports it.
pub async fn get_public(
    db: impl PgExecutor<'_>,
    id: Uuid,
    supporter: Option<&str>,
) -> Result<Option<(ContributionRow, bool)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT c.id AS "id!", p.slug AS plan, n.slug AS "neighbourhood?", c.kind AS "kind!",
                  c.themes AS "themes!", c.title AS "title!", c.body AS "body!",
                  c.display_name, c.precision AS "precision!",
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!",
                  c.support_count AS "support_count!", c.reply_count AS "reply_count!",
                  c.created_at AS "created_at!", c.updated_at AS "updated_at!",
                  contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                       c.outcome_updated_at) AS "outcome!: Json<Outcome>", c.lang,
                  EXISTS (SELECT 1 FROM supports s
                           WHERE s.contribution_id = c.id AND s.supporter = $2) AS "supported!"
             FROM contributions_public c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE c.id = $1"#,
        id,
        supporter,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (contribution_row!(r, "published".to_owned()), r.supported)))
}

/// A contribution in any status, as its author or a moderator sees it (published point).
async fn get_any(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<ContributionRow>, sqlx::Error> {
    sqlx::query_as!(
        ContributionRow,
        r#"SELECT c.id, p.slug AS plan, n.slug AS "neighbourhood?", c.kind, c.themes, c.title,
                  c.body, c.display_name, c.precision, c.status,
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!",
                  c.support_count, c.reply_count, c.created_at, c.updated_at,
                  contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                       c.outcome_updated_at) AS "outcome!: Json<Outcome>", c.lang
             FROM contributions c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE c.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug)]
pub enum AuthorOutcome<T> {
    Done(T),
    NotFound,
    /// The contribution exists but the caller did not write it.
    NotAuthor,
}

/// Applies an author's edit; returns the new state and the point it was published at
/// before. Withdrawn and hidden contributions cannot be edited.
pub async fn update_by_author(
    conn: &mut PgConnection,
    id: Uuid,
    author_key: &str,
    patch: &ContributionPatch,
) -> Result<AuthorOutcome<(ContributionRow, [f64; 2])>, sqlx::Error> {
    let themes = patch.themes.as_deref().map(theme_names);
    let updated = sqlx::query!(
        r#"WITH old AS (
               SELECT id, geom FROM contributions
                WHERE id = $1 AND author_key = $2 AND status IN ('published', 'pending')
                  FOR UPDATE
           )
           UPDATE contributions c
              SET kind = COALESCE($3, kind),
                  themes = COALESCE($4, themes),
                  title = COALESCE($5, title),
                  body = COALESCE($6, body),
                  display_name = CASE WHEN $7 THEN $8 ELSE display_name END,
                  precision = COALESCE($9, precision),
                  updated_at = now()
             FROM old
            WHERE c.id = old.id
        RETURNING c.id, ST_X(old.geom) AS "old_lon!", ST_Y(old.geom) AS "old_lat!""#,
        id,
        author_key,
        patch.kind.map(Kind::as_str),
        themes.as_deref(),
        patch.title.as_deref(),
        patch.body.as_deref(),
        patch.display_name.is_some(),
        patch.display_name.clone().flatten(),
        patch.precision.map(|p| p.as_str()),
    )
    .fetch_optional(&mut *conn)
    .await?;
    match updated {
        Some(u) => Ok(get_any(&mut *conn, u.id)
            .await?
            .map_or(AuthorOutcome::NotFound, |row| {
                AuthorOutcome::Done((row, [u.old_lon, u.old_lat]))
            })),
        None => author_refusal(conn, id).await,
    }
}

/// Withdraws a contribution at its author's request; returns where it was published.
/// It is kept, but no longer shown.
pub async fn withdraw_by_author(
    conn: &mut PgConnection,
    id: Uuid,
    author_key: &str,
) -> Result<AuthorOutcome<[f64; 2]>, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE contributions SET status = 'withdrawn', updated_at = now()
            WHERE id = $1 AND author_key = $2 AND status IN ('published', 'pending')
        RETURNING ST_X(geom) AS "lon!", ST_Y(geom) AS "lat!""#,
        id,
        author_key
    )
    .fetch_optional(&mut *conn)
    .await?;
    match done {
        Some(point) => Ok(AuthorOutcome::Done([point.lon, point.lat])),
        None => author_refusal(conn, id).await,
    }
}

async fn author_refusal<T>(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<AuthorOutcome<T>, sqlx::Error> {
    let visible = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM contributions_public WHERE id = $1) AS "visible!""#,
        id
    )
    .fetch_one(conn)
    .await?;
    Ok(if visible {
        AuthorOutcome::NotAuthor
    } else {
        AuthorOutcome::NotFound
    })
}

/// A contribution in any status as moderators see it: with the exact point given
/// and what it duplicates.
pub async fn get_for_review(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<(ContributionRow, [f64; 2], Option<Uuid>)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT c.id, p.slug AS plan, n.slug AS "neighbourhood?", c.kind, c.themes, c.title,
                  c.body, c.display_name, c.precision, c.status,
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!",
                  ST_X(c.location) AS "exact_lon!", ST_Y(c.location) AS "exact_lat!",
                  c.duplicate_of, c.support_count, c.reply_count, c.created_at, c.updated_at,
                  contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                       c.outcome_updated_at) AS "outcome!: Json<Outcome>", c.lang
             FROM contributions c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE c.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        (
            contribution_row!(r, r.status),
            [r.exact_lon, r.exact_lat],
            r.duplicate_of,
        )
    }))
}

/// Whether the plan of a contribution takes contributions from people without an
/// account; `None` when there is no such contribution.
pub async fn plan_allows_anonymous(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<bool>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT p.allow_anonymous FROM contributions c JOIN plans p ON p.id = c.plan_id WHERE c.id = $1",
        id
    )
    .fetch_optional(db)
    .await
}

/// How many published contributions lie in a box (all of them without one), counted up
/// to `up_to`: `None` when there are more. Counting a city's million pins costs seconds,
/// and a page of fifty should not. `ST_Intersects`, not `&&` alone: the index's boxes are
/// float4 and take in points up to a metre outside, and the count must agree with the
/// tiles' bubbles, which are exact.
pub async fn count_public(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
    up_to: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.map_or([None; 4], |b| b.map(Some));
    let n = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM (
               SELECT 1 FROM contributions_public c
                WHERE $1::float8 IS NULL
                   OR ST_Intersects(c.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326))
                LIMIT $5::int8 + 1) AS matched"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat,
        up_to
    )
    .fetch_one(db)
    .await?;
    Ok((n <= up_to).then_some(n))
}

/// Counts every row, whatever its status: tests and seeding use it.
pub async fn count_all(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM contributions"#)
        .fetch_one(db)
        .await
}

/// Where a conversation a mobiliser recorded came from, and what the resident agreed to.
#[derive(Debug, Clone)]
pub struct Provenance<'a> {
    pub on_behalf_of: Option<&'a str>,
    pub channel: &'a str,
    pub conversation_date: time::Date,
    /// `publish`, `internal` (counted, never shown) or `anonymise` (shown without a name).
    pub consent: &'a str,
    /// The language the resident's words are in (a primary subtag), when known.
    pub lang: Option<&'a str>,
}

/// Stores a conversation recorded in the field. A retry with the same idempotency key
/// (an offline phone syncing again) returns the first row instead of a second one.
pub async fn insert_conversation(
    conn: &mut PgConnection,
    plan: &str,
    new: &NewContribution,
    provenance: &Provenance<'_>,
    recorded_by: &str,
    idempotency_key: Option<&str>,
    request_hash: &[u8],
) -> Result<InsertOutcome, sqlx::Error> {
    let created = sqlx::query_scalar!(
        r#"INSERT INTO contributions
               (plan_id, kind, themes, title, body, display_name, precision, location, status,
                author_key, idempotency_key, request_hash, recorded_by, on_behalf_of, channel,
                conversation_date, consent, lang)
           SELECT p.id, $2, $3, $4, $5,
                  CASE WHEN $16 = 'publish' THEN $6 END, $7,
                  ST_SetSRID(ST_MakePoint($8, $9), 4326),
                  CASE WHEN $16 = 'internal' THEN 'internal'
                       WHEN p.moderation = 'pre' THEN 'pending' ELSE 'published' END,
                  $10, $11, $12, $10, $13, $14, $15, $16, $17
             FROM plans p
            WHERE p.slug = $1 AND ST_Intersects(p.boundary, ST_SetSRID(ST_MakePoint($8, $9), 4326))
           ON CONFLICT (plan_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
           RETURNING id"#,
        plan,
        new.kind.as_str(),
        &theme_names(&new.themes),
        new.title,
        new.body,
        new.display_name,
        new.precision.as_str(),
        new.position.lon(),
        new.position.lat(),
        recorded_by,
        idempotency_key,
        request_hash,
        provenance.on_behalf_of,
        provenance.channel,
        provenance.conversation_date,
        provenance.consent,
        provenance.lang,
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = created {
        return Ok(get_any(&mut *conn, id)
            .await?
            .map_or(InsertOutcome::PlanNotFound, InsertOutcome::Created));
    }
    refused(conn, plan, new, idempotency_key, request_hash, true, None).await
}

/// One earlier conversation or contribution from a bulk import, already checked.
#[derive(Debug, Clone)]
pub struct ImportedRow {
    pub new: NewContribution,
    pub day: time::Date,
    pub consent: String,
    pub channel: Option<String>,
    pub on_behalf_of: Option<String>,
    /// The language it is written in (a primary subtag), when known.
    pub lang: Option<String>,
}

/// Inserts imported rows in one statement (the caller's transaction holds it all or
/// nothing). Imported history is not live news: it makes no events.
pub async fn insert_imported(
    conn: &mut PgConnection,
    plan_id: Uuid,
    rows: &[ImportedRow],
    recorded_by: &str,
) -> Result<u64, sqlx::Error> {
    // One array per column, for a single INSERT … SELECT FROM unnest(…).
    let mut kinds = Vec::with_capacity(rows.len());
    let mut themes = Vec::with_capacity(rows.len());
    let mut titles = Vec::with_capacity(rows.len());
    let mut bodies = Vec::with_capacity(rows.len());
    let mut names: Vec<Option<String>> = Vec::with_capacity(rows.len());
    let mut precisions = Vec::with_capacity(rows.len());
    let (mut lons, mut lats, mut days, mut consents) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut channels: Vec<Option<String>> = Vec::with_capacity(rows.len());
    let mut behalfs: Vec<Option<String>> = Vec::with_capacity(rows.len());
    let mut langs: Vec<Option<String>> = Vec::with_capacity(rows.len());
    for r in rows {
        kinds.push(r.new.kind.as_str().to_owned());
        themes.push(theme_names(&r.new.themes).join(","));
        titles.push(r.new.title.clone());
        bodies.push(r.new.body.clone());
        names.push(r.new.display_name.clone());
        precisions.push(r.new.precision.as_str().to_owned());
        lons.push(r.new.position.lon());
        lats.push(r.new.position.lat());
        days.push(r.day);
        consents.push(r.consent.clone());
        channels.push(r.channel.clone());
        behalfs.push(r.on_behalf_of.clone());
        langs.push(r.lang.clone());
    }
    sqlx::query!("SELECT set_config('waymark.bulk_load', 'on', true) AS on")
        .fetch_one(&mut *conn)
        .await?;
    let done = sqlx::query!(
        r#"INSERT INTO contributions
               (plan_id, kind, themes, title, body, display_name, precision, location, status,
                author_key, recorded_by, channel, on_behalf_of, conversation_date, consent,
                created_at, updated_at, lang)
           SELECT $1, r.kind, string_to_array(r.themes, ','), r.title, r.body,
                  CASE WHEN r.consent = 'publish' THEN r.display_name END, r.precision,
                  ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326),
                  CASE WHEN r.consent = 'internal' THEN 'internal' ELSE 'published' END,
                  $2, $2, r.channel, r.behalf, r.day, r.consent,
                  r.day::timestamptz + interval '12 hours', r.day::timestamptz + interval '12 hours',
                  r.lang
             FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                         $9::float8[], $10::float8[], $11::date[], $12::text[], $13::text[], $14::text[],
                         $15::text[])
                  AS r(kind, themes, title, body, display_name, precision, lon, lat, day, consent,
                       channel, behalf, lang)"#,
        plan_id,
        recorded_by,
        &kinds,
        &themes,
        &titles,
        &bodies,
        &names as &[Option<String>],
        &precisions,
        &lons,
        &lats,
        &days,
        &consents,
        &channels as &[Option<String>],
        &behalfs as &[Option<String>],
        &langs as &[Option<String>],
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("SELECT set_config('waymark.bulk_load', 'off', true) AS off")
        .fetch_one(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// The indexes of the points that lie outside a plan's boundary.
pub async fn outside_plan(
    conn: &mut PgConnection,
    plan_id: Uuid,
    points: &[[f64; 2]],
) -> Result<Vec<usize>, sqlx::Error> {
    let (lons, lats): (Vec<f64>, Vec<f64>) = points.iter().map(|[x, y]| (*x, *y)).unzip();
    let rows = sqlx::query_scalar!(
        r#"SELECT (r.i - 1)::bigint AS "index!"
             FROM unnest($2::float8[], $3::float8[]) WITH ORDINALITY AS r(lon, lat, i), plans p
            WHERE p.id = $1 AND NOT ST_Intersects(p.boundary, ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326))
            ORDER BY r.i"#,
        plan_id,
        &lons,
        &lats
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|i| i as usize).collect())
}
