//! Community-energy proposals, their history and the operator's answers.

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct NewProposal<'a> {
    pub title: &'a str,
    pub technology: &'a str,
    pub capacity_kw: f64,
    pub export_kw: f64,
    pub import_kw: f64,
    pub phases: i16,
    /// GeoJSON Point or Polygon.
    pub site: &'a str,
    pub group_name: &'a str,
    pub description: &'a str,
    /// `draft` or `submitted`.
    pub status: &'a str,
}

#[derive(Debug, Clone)]
pub struct ProposalRow {
    pub id: Uuid,
    pub plan: String,
    pub title: String,
    pub technology: String,
    pub capacity_kw: f64,
    pub export_kw: f64,
    pub import_kw: f64,
    pub phases: i16,
    pub site: Value,
    pub site_lon: f64,
    pub site_lat: f64,
    pub group_name: String,
    pub description: String,
    pub status: String,
    pub author_key: String,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

#[derive(Debug)]
pub enum CreateOutcome {
    Created(Box<ProposalRow>),
    PlanNotFound,
    OutsidePlan,
    /// An outline whose sides cross (PostGIS's `ST_IsValid` says no).
    InvalidSite,
}

pub async fn create(
    conn: &mut PgConnection,
    plan: &str,
    p: &NewProposal<'_>,
    author_key: &str,
    created_at: Option<OffsetDateTime>,
) -> Result<CreateOutcome, sqlx::Error> {
    // Asked first and on its own: an invalid outline would make ST_Within below fail.
    let valid = sqlx::query_scalar!(
        r#"SELECT ST_IsValid(ST_GeomFromGeoJSON($1)) AS "valid!""#,
        p.site
    )
    .fetch_one(&mut *conn)
    .await?;
    if !valid {
        return Ok(CreateOutcome::InvalidSite);
    }
    let id = sqlx::query_scalar!(
        r#"WITH site AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($8), 4326) AS g)
           INSERT INTO proposals (plan_id, title, technology, capacity_kw, export_kw, import_kw,
                                  phases, site, group_name, description, status, author_key,
                                  created_at, updated_at)
           SELECT pl.id, $2, $3, $4, $5, $6, $7, site.g, $9, $10, $11, $12,
                  coalesce($13, now()), coalesce($13, now())
             FROM plans pl, site
            WHERE pl.slug = $1 AND ST_Within(site.g, pl.boundary)
           RETURNING id"#,
        plan,
        p.title,
        p.technology,
        p.capacity_kw,
        p.export_kw,
        p.import_kw,
        p.phases,
        p.site,
        p.group_name,
        p.description,
        p.status,
        author_key,
        created_at,
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        let plan_exists = sqlx::query_scalar!(
            r#"SELECT EXISTS (SELECT 1 FROM plans WHERE slug = $1) AS "exists!""#,
            plan
        )
        .fetch_one(&mut *conn)
        .await?;
        return Ok(if plan_exists {
            CreateOutcome::OutsidePlan
        } else {
            CreateOutcome::PlanNotFound
        });
    };
    record_event(&mut *conn, id, None, p.status, author_key, None, created_at).await?;
    Ok(get(&mut *conn, id, true)
        .await?
        .map_or(CreateOutcome::PlanNotFound, |row| {
            CreateOutcome::Created(Box::new(row))
        }))
}

/// A proposal; drafts only when `include_drafts` (its author, DNO engineers, admins).
pub async fn get(
    db: impl PgExecutor<'_>,
    id: Uuid,
    include_drafts: bool,
) -> Result<Option<ProposalRow>, sqlx::Error> {
    sqlx::query_as!(
        ProposalRow,
        r#"SELECT p.id, pl.slug AS plan, p.title, p.technology, p.capacity_kw, p.export_kw,
                  p.import_kw, p.phases, ST_AsGeoJSON(p.site, 6)::jsonb AS "site!",
                  ST_X(p.site_point) AS "site_lon!", ST_Y(p.site_point) AS "site_lat!",
                  p.group_name, p.description, p.status, p.author_key, p.created_at, p.updated_at
             FROM proposals p JOIN plans pl ON pl.id = p.plan_id
            WHERE p.id = $1 AND ($2 OR p.status <> 'draft')"#,
        id,
        include_drafts
    )
    .fetch_optional(db)
    .await
}

/// A plan's proposals, newest first: those past the draft stage, plus the drafts of
/// `author_key` (or every draft when `all_drafts`).
pub async fn list(
    db: impl PgExecutor<'_>,
    plan: &str,
    author_key: Option<&str>,
    all_drafts: bool,
) -> Result<Vec<ProposalRow>, sqlx::Error> {
    sqlx::query_as!(
        ProposalRow,
        r#"SELECT p.id, pl.slug AS plan, p.title, p.technology, p.capacity_kw, p.export_kw,
                  p.import_kw, p.phases, ST_AsGeoJSON(p.site, 6)::jsonb AS "site!",
                  ST_X(p.site_point) AS "site_lon!", ST_Y(p.site_point) AS "site_lat!",
                  p.group_name, p.description, p.status, p.author_key, p.created_at, p.updated_at
             FROM proposals p JOIN plans pl ON pl.id = p.plan_id
            WHERE pl.slug = $1
              AND (p.status <> 'draft' OR $3 OR p.author_key = $2)
            ORDER BY p.created_at DESC, p.id"#,
        plan,
        author_key,
        all_drafts
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct EventRow {
    pub from_status: Option<String>,
    pub to_status: String,
    pub actor: String,
    pub note: Option<String>,
    pub at: OffsetDateTime,
}

pub async fn history(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as!(
        EventRow,
        r#"SELECT from_status, to_status, actor, note, at FROM proposal_events
            WHERE proposal_id = $1 ORDER BY at, id"#,
        id
    )
    .fetch_all(db)
    .await
}

async fn record_event(
    db: impl PgExecutor<'_>,
    id: Uuid,
    from: Option<&str>,
    to: &str,
    actor: &str,
    note: Option<&str>,
    at: Option<OffsetDateTime>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO proposal_events (proposal_id, from_status, to_status, actor, note, at)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, now()))"#,
        id,
        from,
        to,
        actor,
        note,
        at
    )
    .execute(db)
    .await
    .map(|_| ())
}

/// Locks a proposal and returns its status and author, for a transition.
pub async fn lock(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let row = sqlx::query!(
        "SELECT status, author_key FROM proposals WHERE id = $1 FOR UPDATE",
        id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.status, r.author_key)))
}

/// Moves a locked proposal to `to` and records who did it.
pub async fn transition(
    conn: &mut PgConnection,
    id: Uuid,
    from: &str,
    to: &str,
    actor: &str,
    note: Option<&str>,
    at: Option<OffsetDateTime>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE proposals SET status = $2, updated_at = coalesce($3, now()) WHERE id = $1",
        id,
        to,
        at
    )
    .execute(&mut *conn)
    .await?;
    record_event(&mut *conn, id, Some(from), to, actor, note, at).await
}

#[derive(Debug, Clone)]
pub struct ResponseRow {
    pub id: Uuid,
    pub decision: String,
    pub cost_band: String,
    pub timescale: String,
    pub conditions: String,
    pub notes: String,
    pub responder: String,
    pub created_at: OffsetDateTime,
}

#[allow(clippy::too_many_arguments)]
pub async fn add_response(
    conn: &mut PgConnection,
    id: Uuid,
    decision: &str,
    cost_band: &str,
    timescale: &str,
    conditions: &str,
    notes: &str,
    responder: &str,
    at: Option<OffsetDateTime>,
) -> Result<ResponseRow, sqlx::Error> {
    sqlx::query_as!(
        ResponseRow,
        r#"INSERT INTO dno_responses (proposal_id, decision, cost_band, timescale, conditions, notes,
                                     responder, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()))
           RETURNING id, decision, cost_band, timescale, conditions, notes, responder, created_at"#,
        id,
        decision,
        cost_band,
        timescale,
        conditions,
        notes,
        responder,
        at
    )
    .fetch_one(conn)
    .await
}

pub async fn responses(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<ResponseRow>, sqlx::Error> {
    sqlx::query_as!(
        ResponseRow,
        r#"SELECT id, decision, cost_band, timescale, conditions, notes, responder, created_at
             FROM dno_responses WHERE proposal_id = $1 ORDER BY created_at, id"#,
        id
    )
    .fetch_all(db)
    .await
}

/// Proposals past the draft stage as GeoJSON features (their sites), for anyone; `bbox`
/// keeps those whose site meets it.
pub async fn public_features(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
) -> Result<Vec<Value>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.unwrap_or([-180.0, -90.0, 180.0, 90.0]);
    sqlx::query_scalar!(
        r#"SELECT json_build_object(
                   'type', 'Feature',
                   'id', p.id,
                   'geometry', ST_AsGeoJSON(p.site, 6)::json,
                   'properties', json_build_object(
                       'plan', pl.slug, 'title', p.title, 'technology', p.technology,
                       'capacity_kw', p.capacity_kw, 'export_kw', p.export_kw,
                       'import_kw', p.import_kw, 'group_name', p.group_name,
                       'status', p.status, 'created_at', p.created_at,
                       'updated_at', p.updated_at)
               )::jsonb AS "feature!"
             FROM proposals_public p JOIN plans pl ON pl.id = p.plan_id
            WHERE ST_Intersects(p.site, ST_MakeEnvelope($1, $2, $3, $4, 4326))
            ORDER BY p.created_at, p.id"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat
    )
    .fetch_all(db)
    .await
}
