//! Support ("me too") for contributions: at most one per person.

use sqlx::PgConnection;
use uuid::Uuid;

use crate::replies::is_public;

/// Adds or removes `supporter`'s support and returns the new count; `None` when the
/// contribution is not public. Both are idempotent.
pub async fn set(
    conn: &mut PgConnection,
    id: Uuid,
    supporter: &str,
    support: bool,
) -> Result<Option<i32>, sqlx::Error> {
    if !is_public(&mut *conn, id).await? {
        return Ok(None);
    }
    if support {
        sqlx::query!(
            "INSERT INTO supports (contribution_id, supporter) VALUES ($1, $2)
             ON CONFLICT DO NOTHING",
            id,
            supporter
        )
        .execute(&mut *conn)
        .await?;
    } else {
        sqlx::query!(
            "DELETE FROM supports WHERE contribution_id = $1 AND supporter = $2",
            id,
            supporter
        )
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query_scalar!("SELECT support_count FROM contributions WHERE id = $1", id)
        .fetch_optional(conn)
        .await
}
