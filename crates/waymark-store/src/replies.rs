//! Replies to published contributions.

use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;
use waymark_domain::NewReply;

#[derive(Debug, Clone)]
pub struct ReplyRow {
    pub id: Uuid,
    pub body: String,
    pub display_name: Option<String>,
    pub created_at: OffsetDateTime,
}

/// The published replies of a published contribution, oldest first; `None` when the
/// contribution is not public.
pub async fn list(conn: &mut PgConnection, id: Uuid) -> Result<Option<Vec<ReplyRow>>, sqlx::Error> {
    if !is_public(&mut *conn, id).await? {
        return Ok(None);
    }
    sqlx::query_as!(
        ReplyRow,
        r#"SELECT id, body, display_name, created_at FROM replies
            WHERE contribution_id = $1 AND status = 'published'
            ORDER BY created_at, id"#,
        id
    )
    .fetch_all(conn)
    .await
    .map(Some)
}

/// Adds a reply to a published contribution; `None` when the contribution is not public.
/// A retry with the same idempotency key returns the first reply.
pub async fn insert(
    conn: &mut PgConnection,
    id: Uuid,
    reply: &NewReply,
    author_key: &str,
    idempotency_key: Option<&str>,
) -> Result<Option<ReplyRow>, sqlx::Error> {
    let created = sqlx::query_as!(
        ReplyRow,
        r#"INSERT INTO replies (contribution_id, body, display_name, author_key, idempotency_key)
           SELECT c.id, $2, $3, $4, $5 FROM contributions_public c WHERE c.id = $1
           ON CONFLICT (contribution_id, idempotency_key) WHERE idempotency_key IS NOT NULL
           DO NOTHING
           RETURNING id, body, display_name, created_at"#,
        id,
        reply.body,
        reply.display_name,
        author_key,
        idempotency_key
    )
    .fetch_optional(&mut *conn)
    .await?;
    if created.is_some() || idempotency_key.is_none() {
        return Ok(created);
    }
    sqlx::query_as!(
        ReplyRow,
        r#"SELECT r.id, r.body, r.display_name, r.created_at FROM replies r
             JOIN contributions_public c ON c.id = r.contribution_id
            WHERE r.contribution_id = $1 AND r.idempotency_key = $2"#,
        id,
        idempotency_key
    )
    .fetch_optional(conn)
    .await
}

pub(crate) async fn is_public(db: impl PgExecutor<'_>, id: Uuid) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM contributions_public WHERE id = $1) AS "public!""#,
        id
    )
    .fetch_one(db)
    .await
}
