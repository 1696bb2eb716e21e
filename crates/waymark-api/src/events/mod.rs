//! `/api/v1/plans/{plan}/events`: Server-Sent Events of contributions created,
//! updated, hidden and supported, of workshop changes and of proposals' status changes,
//! as they commit, in every process.
//!
//! One dispatcher per process listens for `waymark_events` notifications, reads new
//! rows of the `events` table in id order and broadcasts them to the streams of that
//! process. A client that reconnects with `Last-Event-ID` first gets what it missed
//! from the table, then the live events.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Sse;
use axum::response::sse::{Event, KeepAlive};
use futures::Stream;
use tokio::sync::broadcast;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_domain::Action;
use waymark_store::PgPool;
use waymark_store::events::EventRow;

use crate::auth::identity::Identity;
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

/// How long a gap in event ids (a transaction still running) may hold delivery back
/// before it is taken for a rollback.
const GAP_GRACE: Duration = Duration::from_secs(5);
/// How often the dispatcher looks again without a notification (for gaps).
const TICK: Duration = Duration::from_millis(250);

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(events))
}

/// The events of this process: a broadcast of rows in id order and how far it got.
pub struct Hub {
    sender: broadcast::Sender<Arc<EventRow>>,
    position: AtomicI64,
    /// True once the server is shutting down: open streams end so it can stop.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Hub {
    pub fn new() -> Self {
        Self {
            sender: broadcast::channel(4096).0,
            position: AtomicI64::new(-1),
            closing: tokio::sync::watch::channel(false).0,
        }
    }

    /// Ends every open event stream.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// The last id delivered; -1 before the dispatcher has started.
    pub fn position(&self) -> i64 {
        self.position.load(Ordering::Acquire)
    }

    /// Starts from the newest event, so that whatever commits once the server is up
    /// is delivered live.
    pub async fn start_at_newest(&self, pool: &PgPool) -> Result<(), waymark_store::Error> {
        let id = waymark_store::events::last_id(pool).await?;
        self.position.store(id, Ordering::Release);
        Ok(())
    }
}

impl Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}

/// Reads new events after each notification (and every tick, for gaps) and
/// broadcasts them.
pub async fn dispatch(pool: PgPool, hub: Arc<Hub>) {
    let wake = Arc::new(tokio::sync::Notify::new());
    // One task: aborting it stops both halves.
    tokio::join!(
        wake_on_notify(pool.clone(), wake.clone()),
        deliver_loop(pool, hub, wake)
    );
}

async fn deliver_loop(pool: PgPool, hub: Arc<Hub>, wake: Arc<tokio::sync::Notify>) {
    let mut gap_since: Option<Instant> = None;
    loop {
        if hub.position() < 0 {
            match hub.start_at_newest(&pool).await {
                Ok(()) => {}
                Err(error) => {
                    tracing::warn!(%error, "cannot read the event position; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            }
        }
        if let Err(error) = deliver(&pool, &hub, &mut gap_since).await {
            tracing::warn!(%error, "cannot read events");
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(TICK) => {}
        }
    }
}

/// Wakes the dispatcher on every `waymark_events` notification.
async fn wake_on_notify(pool: PgPool, wake: Arc<tokio::sync::Notify>) {
    loop {
        let mut listener = match waymark_store::listener(&pool, "waymark_events").await {
            Ok(l) => l,
            Err(error) => {
                tracing::warn!(%error, "event listener cannot connect; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        loop {
            match listener.recv().await {
                Ok(_) => wake.notify_one(),
                Err(error) => {
                    tracing::warn!(%error, "event listener failed; reconnecting");
                    break;
                }
            }
        }
    }
}

async fn deliver(
    pool: &PgPool,
    hub: &Hub,
    gap_since: &mut Option<Instant>,
) -> Result<(), waymark_store::Error> {
    loop {
        let position = hub.position();
        let rows = waymark_store::events::after(pool, position, 500).await?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut next = position;
        for row in rows {
            if row.id != next + 1 {
                let since = *gap_since.get_or_insert_with(Instant::now);
                if since.elapsed() < GAP_GRACE {
                    hub.position.store(next, Ordering::Release);
                    return Ok(());
                }
                tracing::debug!(
                    from = next + 1,
                    to = row.id - 1,
                    "skipping event ids that never committed"
                );
            }
            *gap_since = None;
            next = row.id;
            // No receiver is not an error: nobody is watching.
            let _ = hub.sender.send(Arc::new(row));
        }
        hub.position.store(next, Ordering::Release);
    }
}

fn to_sse(row: &EventRow) -> Event {
    Event::default()
        .id(row.id.to_string())
        .event(row.kind.clone())
        .data(row.data.to_string())
}

/// A stream of the plan's events, each with its id; send `Last-Event-ID` to resume
/// after a reconnect without gaps. Contributions: `created`, `updated` and `supported`
/// (the public Feature), `hidden` (`{"id"}`); moderators also get events of pending
/// contributions. `workshop`: a workshop's public state. `proposal`: a community-energy
/// proposal changed status, or was answered (`{"id", "status", "at"}`; fetch the proposal
/// for the rest, which is filtered by role).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/events", tag = "contributions",
    params(
        ("plan" = String, Path),
        ("Last-Event-ID" = Option<String>, Header, description = "Resume after this event"),
    ),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn events(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    waymark_store::plans::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let moderator = identity
        .authorize(Action::ReviewContributions, false)
        .is_ok();
    let last_event_id = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    // Subscribe before reading what was missed, so nothing falls in between.
    let mut live = state.events.sender.subscribe();
    let mut closing = state.events.closing.subscribe();
    let pool = state.pool.clone();
    let hub = state.events.clone();
    let stream = async_stream::stream! {
        let visible = |row: &EventRow| row.plan == plan && (moderator || row.audience == "public");
        // The last event id this client has had (or need not have).
        let mut sent = last_event_id.unwrap_or_else(|| hub.position());
        let mut catch_up = last_event_id.is_some();
        loop {
            if catch_up {
                catch_up = false;
                let upto = hub.position();
                match waymark_store::events::replay(&pool, &plan, sent, upto, moderator).await {
                    Ok(rows) => {
                        for row in rows {
                            yield Ok(to_sse(&row));
                        }
                        sent = sent.max(upto);
                    }
                    Err(error) => tracing::warn!(%error, "cannot replay events"),
                }
            }
            let next = tokio::select! {
                next = live.recv() => next,
                _ = closing.wait_for(|closing| *closing) => break,
            };
            match next {
                // Live events come in id order; anything not newer was replayed.
                Ok(row) if row.id > sent => {
                    sent = row.id;
                    if visible(&row) {
                        yield Ok(to_sse(&row));
                    }
                }
                Ok(_) => {}
                // Too slow for the broadcast: read the rest from the table.
                Err(broadcast::error::RecvError::Lagged(_)) => catch_up = true,
                Err(broadcast::error::RecvError::Closed) => break,
            }
        }
    };
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
