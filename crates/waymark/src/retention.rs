//! Retention: what `serve` deletes once it is past its time, every hour, so that no
//! table only grows. Events are the live stream's and the digests' record of changes;
//! sessions end by expiring; sign-ups, password reset links and e-mail changes go once
//! their links no longer work. Each pass is counted in `/metrics` (`pruned_rows_total`).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use waymark_store::PgPool;

/// The fewest days events may be kept: a weekly digest reads the events since the one
/// before, and a stream that reconnects replays from its last event, minutes or hours ago.
pub const MIN_EVENTS_DAYS: u16 = 8;

/// How often `serve` prunes.
const EVERY: Duration = Duration::from_secs(60 * 60);

/// Events deleted per statement, so that a first pass over a large table holds no long
/// transaction.
const BATCH: i64 = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Days an event is kept (at least 8).
    pub events_days: u16,
    /// Days a session is kept once it has expired.
    pub expired_sessions_days: u16,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            events_days: 30,
            expired_sessions_days: 7,
        }
    }
}

impl Retention {
    pub fn check(&self) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.events_days >= MIN_EVENTS_DAYS,
            "retention.events_days must be at least {MIN_EVENTS_DAYS}: weekly digests read a week of events"
        );
        Ok(())
    }
}

/// Rows one pass deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub events: u64,
    pub sessions: u64,
    /// Sign-ups, password reset links and e-mail changes whose links expired.
    pub account_links: u64,
}

/// One pass: deletes the events and the expired sessions past their days and the
/// account links that expired, and counts them in `/metrics`.
pub async fn prune(pool: &PgPool, retention: &Retention) -> anyhow::Result<Pruned> {
    let mut events = 0;
    loop {
        let deleted =
            waymark_store::events::prune(pool, i32::from(retention.events_days), BATCH).await?;
        waymark_api::metrics::count_pruned("events", deleted);
        events += deleted;
        if deleted < BATCH.unsigned_abs() {
            break;
        }
    }
    let sessions = waymark_store::accounts::prune_expired_sessions(
        pool,
        i32::from(retention.expired_sessions_days),
    )
    .await?;
    waymark_api::metrics::count_pruned("sessions", sessions);
    let account_links = waymark_store::self_service::prune_expired(pool).await?;
    waymark_api::metrics::count_pruned("account_links", account_links);
    Ok(Pruned {
        events,
        sessions,
        account_links,
    })
}

/// What `serve` runs beside the API: a pass at start, then every hour.
pub async fn run(pool: PgPool, retention: Retention) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match prune(&pool, &retention).await {
            Ok(Pruned {
                events: 0,
                sessions: 0,
                account_links: 0,
            }) => {}
            Ok(Pruned {
                events,
                sessions,
                account_links,
            }) => {
                tracing::info!(events, sessions, account_links, "old rows pruned");
            }
            Err(error) => tracing::warn!(%error, "pruning failed; trying again later"),
        }
    }
}
