//! The relay's side of the outboxes (migration 0035): writers record what changed and
//! never notify; one relay per database drains the tile changes and sends the
//! notifications of a whole batch in one transaction.

use sqlx::PgExecutor;

/// A session advisory lock key: the Waymark process holding it is the database's relay.
pub const RELAY_LOCK: i64 = 0x5761_796d_6172_6b01;

/// What a write changed on the map: a layer and a lon/lat box.
#[derive(Debug, Clone, PartialEq)]
pub struct TileChange {
    pub layer: String,
    /// West, south, east, north.
    pub bbox: Vec<f64>,
    /// Only what pins say changed: the old tile may stand in.
    pub soft: bool,
    /// Pins were added: bubble tiles may stand in, pin tiles not.
    pub added: bool,
}

/// Becomes the relay if no other session is: true while this connection holds the lock.
pub async fn try_lead(db: impl PgExecutor<'_>) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT pg_try_advisory_lock($1) AS "led!""#, RELAY_LOCK)
        .fetch_one(db)
        .await
}

/// Takes up to `limit` of the oldest tile changes off the outbox. In the relay's
/// transaction: they are gone only if its notifications are sent too.
pub async fn take_tile_changes(
    db: impl PgExecutor<'_>,
    limit: i64,
) -> Result<Vec<TileChange>, sqlx::Error> {
    sqlx::query_as!(
        TileChange,
        r#"DELETE FROM tile_changes
            WHERE id IN (SELECT id FROM tile_changes ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING layer, bbox, soft, added"#,
        limit
    )
    .fetch_all(db)
    .await
}

/// Sends one notification per payload on `channel` (sent when the transaction commits).
pub async fn notify(
    db: impl PgExecutor<'_>,
    channel: &str,
    payloads: &[String],
) -> Result<(), sqlx::Error> {
    if payloads.is_empty() {
        return Ok(());
    }
    sqlx::query!(
        r#"SELECT pg_notify($1, p) AS "sent" FROM unnest($2::text[]) p"#,
        channel,
        payloads
    )
    .fetch_all(db)
    .await?;
    Ok(())
}

/// The oldest transaction still running (`xmin` of a snapshot taken now): every
/// transaction below it has committed or rolled back.
pub async fn oldest_running(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "xmin!""#
    )
    .fetch_one(db)
    .await
}
