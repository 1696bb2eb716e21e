//! The events outbox: changes in commit-safe order, for live views.

use serde_json::Value;
use sqlx::PgExecutor;

#[derive(Debug, Clone)]
pub struct EventRow {
    pub id: i64,
    pub plan: String,
    pub kind: String,
    pub audience: String,
    pub data: Value,
}

/// Committed events after `after`, in id order. Ids are handed out in insert order,
/// so a missing id is a transaction still running or one that rolled back; the
/// dispatcher waits a moment for such gaps before it moves past them.
pub async fn after(
    db: impl PgExecutor<'_>,
    after: i64,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as!(
        EventRow,
        r#"SELECT e.id, p.slug AS plan, e.kind, e.audience, e.data
             FROM events e JOIN plans p ON p.id = e.plan_id
            WHERE e.id > $1
            ORDER BY e.id
            LIMIT $2"#,
        after,
        limit
    )
    .fetch_all(db)
    .await
}

/// The newest event id: where a live reader starts.
pub async fn last_id(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT coalesce(max(id), 0) AS "id!" FROM events"#)
        .fetch_one(db)
        .await
}

/// A plan's events in (after, upto], for a client resuming with Last-Event-ID.
pub async fn replay(
    db: impl PgExecutor<'_>,
    plan: &str,
    after: i64,
    upto: i64,
    moderator: bool,
) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as!(
        EventRow,
        r#"SELECT e.id, p.slug AS plan, e.kind, e.audience, e.data
             FROM events e JOIN plans p ON p.id = e.plan_id
            WHERE p.slug = $1 AND e.id > $2 AND e.id <= $3
              AND (e.audience = 'public' OR $4)
            ORDER BY e.id
            LIMIT 10000"#,
        plan,
        after,
        upto,
        moderator
    )
    .fetch_all(db)
    .await
}

/// Deletes up to `limit` of the oldest events that are more than `days` days old and
/// returns how many; call again while it returns `limit`. The newest event always
/// stays, so that `last_id` (where live readers and new digests start) never goes back.
pub async fn prune(db: impl PgExecutor<'_>, days: i32, limit: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH old AS (
               SELECT id FROM events
                WHERE at < now() - make_interval(days => $1)
                  AND id < (SELECT max(id) FROM events)
                ORDER BY id
                LIMIT $2)
           DELETE FROM events e USING old WHERE e.id = old.id"#,
        days,
        limit
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}
