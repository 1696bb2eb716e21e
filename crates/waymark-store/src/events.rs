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

/// The oldest and newest event ids the table keeps (none when it is empty): a client
/// resuming from outside them may have missed events that are gone.
pub async fn kept(db: impl PgExecutor<'_>) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let row = sqlx::query!(r#"SELECT min(id) AS oldest, max(id) AS newest FROM events"#)
        .fetch_one(db)
        .await?;
    Ok(row.oldest.zip(row.newest))
}

/// Who reads a plan's events: everyone sees the public ones; moderators all of them;
/// a facilitator also those about pins of the workshops they run (`workshops`, codes).
#[derive(Debug, Clone, Default)]
pub struct Reader {
    pub moderator: bool,
    pub workshops: Vec<String>,
}

impl Reader {
    pub fn sees(&self, row: &EventRow) -> bool {
        row.audience == "public"
            || self.moderator
            || (!self.workshops.is_empty()
                && row.data["properties"]["workshop"]
                    .as_str()
                    .is_some_and(|code| self.workshops.iter().any(|w| w == code)))
    }
}

/// A plan's events in (after, upto] that `reader` may see, at most `limit` of them: one
/// page of what a client resuming with Last-Event-ID missed.
pub async fn replay(
    db: impl PgExecutor<'_>,
    plan: &str,
    after: i64,
    upto: i64,
    reader: &Reader,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    sqlx::query_as!(
        EventRow,
        r#"SELECT e.id, p.slug AS plan, e.kind, e.audience, e.data
             FROM events e JOIN plans p ON p.id = e.plan_id
            WHERE p.slug = $1 AND e.id > $2 AND e.id <= $3
              AND (e.audience = 'public' OR $4
                   OR e.data->'properties'->>'workshop' = ANY($5))
            ORDER BY e.id
            LIMIT $6"#,
        plan,
        after,
        upto,
        reader.moderator,
        &reader.workshops,
        limit
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

/// Where a process starts reading: the newest event id, the id ranges missing among the
/// `window` ids before it (transactions that may still commit) and the `horizon` of now.
pub async fn start(
    db: &mut sqlx::PgConnection,
    window: i64,
) -> Result<(i64, Vec<(i64, i64)>, i64), sqlx::Error> {
    let newest = last_id(&mut *db).await?;
    let gaps = sqlx::query!(
        r#"SELECT lo AS "lo!", hi AS "hi!" FROM (
               SELECT id + 1 AS lo, lead(id) OVER (ORDER BY id) - 1 AS hi
                 FROM events WHERE id > $1::bigint - $2::bigint AND id <= $1
           ) g
            WHERE hi >= lo"#,
        newest,
        window
    )
    .fetch_all(&mut *db)
    .await?;
    let horizon = horizon(&mut *db).await?;
    Ok((
        newest,
        gaps.into_iter().map(|g| (g.lo, g.hi)).collect(),
        horizon,
    ))
}

/// The newest transaction id started so far (`xmax` of a snapshot taken now). The
/// transaction behind an event id that is missing now has an id below it.
pub async fn horizon(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS "xmax!""#
    )
    .fetch_one(db)
    .await
}

/// What `requeue_late` did.
#[derive(Debug, Clone, Copy)]
pub struct Requeued {
    /// Every transaction below this id has ended: gaps watched since before it are settled.
    pub settled_below: i64,
    /// How many late events it moved.
    pub moved: i64,
}

/// Moves events that committed inside the given id ranges (gaps the dispatcher stopped
/// waiting for) to the end of the log, under new ids, so that live streams and resuming
/// clients get them in the order they became visible; and wakes every process.
pub async fn requeue_late(
    conn: &mut sqlx::PgConnection,
    from: &[i64],
    to: &[i64],
) -> Result<Requeued, sqlx::Error> {
    // One statement, one snapshot: what it did not find had not committed when every
    // transaction below `settled_below` had ended.
    let row = sqlx::query!(
        r#"WITH late AS (
               DELETE FROM events e
                USING unnest($1::bigint[], $2::bigint[]) AS g(lo, hi)
                WHERE e.id BETWEEN g.lo AND g.hi
            RETURNING e.id, e.plan_id, e.kind, e.subject_id, e.audience, e.data, e.at
           ), again AS (
               INSERT INTO events (plan_id, kind, subject_id, audience, data, at)
               SELECT plan_id, kind, subject_id, audience, data, at FROM late ORDER BY id
               RETURNING plan_id
           )
           SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "settled_below!",
                  (SELECT count(*) FROM again) AS "moved!",
                  array(SELECT DISTINCT plan_id FROM again) AS "plans!""#,
        from,
        to
    )
    .fetch_one(&mut *conn)
    .await?;
    if !row.plans.is_empty() {
        sqlx::query!(
            r#"SELECT pg_notify('waymark_events', p::text) AS "sent" FROM unnest($1::uuid[]) p"#,
            &row.plans
        )
        .fetch_all(&mut *conn)
        .await?;
    }
    Ok(Requeued {
        settled_below: row.settled_below,
        moved: row.moved,
    })
}
