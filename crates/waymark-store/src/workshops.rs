//! Live workshops and what is added during them.

use serde_json::{Value, json};
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct WorkshopRow {
    pub id: Uuid,
    pub plan: String,
    pub code: String,
    pub title: String,
    pub starts_at: Option<OffsetDateTime>,
    pub focus: Option<Value>,
    pub questions: Vec<String>,
    pub facilitator_key: String,
    pub status: String,
    pub moderation: String,
    pub spotlight: Option<Uuid>,
    pub view: Option<Value>,
}

impl WorkshopRow {
    /// What every screen in the room may know.
    pub fn public_state(&self) -> Value {
        json!({
            "id": self.id, "plan": self.plan, "code": self.code, "title": self.title,
            "starts_at": self.starts_at.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok()),
            "focus": self.focus, "questions": self.questions, "status": self.status,
            "moderation": self.moderation, "spotlight": self.spotlight, "view": self.view,
        })
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn create(
    conn: &mut PgConnection,
    plan: &str,
    code: &str,
    title: &str,
    starts_at: Option<OffsetDateTime>,
    focus_geojson: Option<&str>,
    questions: &[String],
    facilitator_key: &str,
) -> Result<Option<WorkshopRow>, sqlx::Error> {
    let created = sqlx::query_scalar!(
        r#"INSERT INTO workshops (plan_id, code, title, starts_at, focus, questions, facilitator_key)
           SELECT p.id, $2, $3, $4, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)), $6, $7
             FROM plans p WHERE p.slug = $1
           RETURNING code"#,
        plan,
        code,
        title,
        starts_at,
        focus_geojson,
        questions,
        facilitator_key
    )
    .fetch_optional(&mut *conn)
    .await?;
    match created {
        Some(code) => get(&mut *conn, &code).await,
        None => Ok(None),
    }
}

pub async fn get(db: impl PgExecutor<'_>, code: &str) -> Result<Option<WorkshopRow>, sqlx::Error> {
    sqlx::query_as!(
        WorkshopRow,
        r#"SELECT w.id, p.slug AS plan, w.code, w.title, w.starts_at,
                  ST_AsGeoJSON(w.focus, 6)::jsonb AS focus, w.questions, w.facilitator_key,
                  w.status, w.moderation, w.spotlight, w.view
             FROM workshops w JOIN plans p ON p.id = w.plan_id
            WHERE w.code = upper($1)"#,
        code
    )
    .fetch_optional(db)
    .await
}

/// Changes what the facilitator steers, and tells every open stream of the plan.
pub async fn update(
    conn: &mut PgConnection,
    code: &str,
    status: Option<&str>,
    moderation: Option<&str>,
    spotlight: Option<Option<Uuid>>,
    view: Option<&Value>,
) -> Result<Option<WorkshopRow>, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE workshops
              SET status = COALESCE($2, status),
                  moderation = COALESCE($3, moderation),
                  spotlight = CASE WHEN $4 THEN $5 ELSE spotlight END,
                  view = COALESCE($6, view)
            WHERE code = upper($1)"#,
        code,
        status,
        moderation,
        spotlight.is_some(),
        spotlight.flatten(),
        view
    )
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    let Some(row) = get(&mut *conn, code).await? else {
        return Ok(None);
    };
    sqlx::query!(
        r#"WITH e AS (
               INSERT INTO events (plan_id, kind, subject_id, audience, data)
               SELECT plan_id, 'workshop', id, 'public', $2 FROM workshops WHERE id = $1
               RETURNING plan_id
           )
           SELECT pg_notify('waymark_events', plan_id::text) AS "sent" FROM e"#,
        row.id,
        row.public_state()
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(row))
}

#[derive(Debug, Clone)]
pub struct Count {
    pub dimension: String,
    pub value: String,
    pub count: i64,
}

/// What was added during a workshop and is public: counts by kind, theme and neighbourhood.
pub async fn summary(db: impl PgExecutor<'_>, workshop: Uuid) -> Result<Vec<Count>, sqlx::Error> {
    sqlx::query_as!(
        Count,
        r#"WITH added AS (
               SELECT c.kind, c.themes, n.name AS neighbourhood
                 FROM contributions c LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
                WHERE c.workshop_id = $1 AND c.status = 'published'
           )
           SELECT 'kind' AS "dimension!", kind AS "value!", count(*) AS "count!" FROM added GROUP BY kind
           UNION ALL
           SELECT 'theme', t, count(*) FROM added, unnest(themes) AS t GROUP BY t
           UNION ALL
           SELECT 'neighbourhood', coalesce(neighbourhood, 'outside every neighbourhood'), count(*)
             FROM added GROUP BY neighbourhood
           ORDER BY 1, 3 DESC, 2"#,
        workshop
    )
    .fetch_all(db)
    .await
}

/// The pins held for checking in a workshop, oldest first, as the public would see them
/// once approved. With `facilitator`, only when that person runs the workshop (admins
/// pass `None`); `None` when there is no such workshop for them.
pub async fn held(
    db: impl PgExecutor<'_>,
    code: &str,
    facilitator: Option<&str>,
) -> Result<Option<Vec<Value>>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT coalesce(jsonb_agg(contribution_feature(c) ORDER BY c.created_at, c.id)
                           FILTER (WHERE c.id IS NOT NULL), '[]') AS "features!"
             FROM workshops w
             LEFT JOIN contributions c ON c.workshop_id = w.id AND c.status = 'pending'
            WHERE w.code = upper($1) AND ($2::text IS NULL OR w.facilitator_key = $2)
            GROUP BY w.id"#,
        code,
        facilitator
    )
    .fetch_optional(db)
    .await
    .map(|found| {
        found.map(|features| match features {
            Value::Array(features) => features,
            _ => Vec::new(),
        })
    })
}

/// The codes of a plan's workshops that this person runs: their event streams also carry
/// the pins held in them.
pub async fn run_by(
    db: impl PgExecutor<'_>,
    plan: &str,
    facilitator: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT w.code FROM workshops w JOIN plans p ON p.id = w.plan_id
            WHERE p.slug = $1 AND w.facilitator_key = $2"#,
        plan,
        facilitator
    )
    .fetch_all(db)
    .await
}
