//! Rate limits shared by every process on the database (migration 0036): the generic
//! cell rate algorithm, one row per limiter and key, taken in one atomic upsert.

use std::time::Duration;

use sqlx::PgExecutor;

/// Takes one request from `key`'s allowance of `per_minute` (a burst of as many): `None`
/// when allowed, else how long until the next request would be.
pub async fn take(
    db: impl PgExecutor<'_>,
    limiter: &str,
    key: &str,
    per_minute: u32,
) -> Result<Option<Duration>, sqlx::Error> {
    let interval = 60.0 / f64::from(per_minute.max(1));
    let burst_less_one = interval * f64::from(per_minute.max(1) - 1);
    // The row is locked by the upsert, and its condition is checked against the newest
    // version of it: concurrent requests for one key are counted one after another. The
    // last SELECT sees the row as it was before this statement: a refused request's own.
    let (allowed, tat_in): (bool, Option<f64>) = sqlx::query_as(
        "WITH taken AS (
             INSERT INTO rate_limits AS r (limiter, key, tat)
             VALUES ($1, $2, now() + $3 * interval '1 second')
             ON CONFLICT (limiter, key) DO UPDATE
                SET tat = greatest(r.tat, now()) + $3 * interval '1 second'
              WHERE r.tat <= now() + $4 * interval '1 second'
             RETURNING 1)
         SELECT EXISTS (SELECT FROM taken),
                (SELECT extract(epoch FROM tat - now())::float8
                   FROM rate_limits WHERE limiter = $1 AND key = $2)",
    )
    .bind(limiter)
    .bind(key)
    .bind(interval)
    .bind(burst_less_one)
    .fetch_one(db)
    .await?;
    if allowed {
        return Ok(None);
    }
    let wait = tat_in.map_or(interval, |t| t - burst_less_one).max(0.0);
    Ok(Some(Duration::from_secs_f64(wait)))
}

/// Forgets the keys whose allowance is whole again; returns how many.
pub async fn prune(db: impl PgExecutor<'_>) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM rate_limits WHERE tat <= now()")
        .execute(db)
        .await?
        .rows_affected())
}
