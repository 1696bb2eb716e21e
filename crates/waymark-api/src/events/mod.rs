//! `/api/v1/plans/{plan}/events`: Server-Sent Events of contributions created,
//! updated, hidden, supported and answered (`outcome`), of workshop changes and of
//! proposals' status changes, as they commit, in every process.
//!
//! Writers do not notify (see [`relay`]): one dispatcher per process reads new rows of
//! the `events` table in id order when the relay's `waymark_events` notification wakes
//! it (or every tick without one) and broadcasts them to the streams of that process.
//! A gap in the ids (a transaction still running, or rolled back) holds delivery back
//! only until every transaction that could own it has ended (`pg_snapshot_xmin`), or
//! at most the grace. A client that reconnects with `Last-Event-ID` first gets what it missed
//! from the table (page by page), then the live events. Nothing is dropped silently: an
//! event whose transaction commits after the dispatcher stopped waiting for its id is
//! moved to the end of the log and delivered then, and a client whose position cannot be
//! resumed (older than the events kept, or unknown) gets a `reset` event: reload.

use std::convert::Infallible;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
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
use waymark_store::events::{EventRow, Reader};

use crate::auth::identity::Identity;
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

/// How long a gap in event ids (a transaction still running) may hold delivery back
/// before the dispatcher delivers past it (and watches it for a late commit).
const GAP_GRACE: Duration = Duration::from_secs(5);
/// How often the dispatcher looks again without a notification (for gaps).
const TICK: Duration = Duration::from_millis(250);
/// How often it looks while a gap holds delivery back.
const GAP_TICK: Duration = Duration::from_millis(20);
/// Events read from the table at a time for a resuming client: memory stays bounded
/// however far behind it is.
const REPLAY_PAGE: i64 = 1000;
/// At start, missing ids among this many before the newest are watched: transactions
/// that were running when the process started may still commit them.
const START_WINDOW: i64 = 10_000;

pub mod relay;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(events))
}

/// Event ids the dispatcher stopped waiting for: their transactions were still running
/// (or had rolled back) and every one of them started below `horizon`.
#[derive(Debug, Clone, Copy)]
struct Gap {
    from: i64,
    to: i64,
    horizon: i64,
}

/// The events of this process: a broadcast of rows in id order and how far it got.
pub struct Hub {
    sender: broadcast::Sender<Arc<EventRow>>,
    position: AtomicI64,
    /// True once the server is shutting down: open streams end so it can stop.
    closing: tokio::sync::watch::Sender<bool>,
    /// How long a gap may hold delivery back.
    grace: Duration,
    /// Gaps delivered past, watched until their transactions have surely ended.
    watched: Mutex<Vec<Gap>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::with_grace(GAP_GRACE)
    }

    /// A hub that waits `grace` for a gap in event ids before delivering past it.
    pub fn with_grace(grace: Duration) -> Self {
        Self {
            sender: broadcast::channel(4096).0,
            position: AtomicI64::new(-1),
            closing: tokio::sync::watch::channel(false).0,
            grace,
            watched: Mutex::new(Vec::new()),
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
    /// is delivered live; ids still missing just before it are watched, like gaps.
    pub async fn start_at_newest(&self, pool: &PgPool) -> Result<(), waymark_store::Error> {
        let mut conn = pool.acquire().await?;
        let (newest, gaps, horizon) = waymark_store::events::start(&mut conn, START_WINDOW).await?;
        self.watch(gaps.into_iter().map(|(from, to)| Gap { from, to, horizon }));
        self.position.store(newest, Ordering::Release);
        Ok(())
    }

    fn watch(&self, gaps: impl IntoIterator<Item = Gap>) {
        self.watched
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(gaps);
    }

    fn watched(&self) -> std::sync::MutexGuard<'_, Vec<Gap>> {
        self.watched
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}

/// Reads new events after each notification (and every tick, for gaps) and
/// broadcasts them; and relays the outboxes if this process is elected to.
pub async fn dispatch(pool: PgPool, hub: Arc<Hub>) {
    let wake = Arc::new(tokio::sync::Notify::new());
    // One task: aborting it stops all three.
    tokio::join!(
        wake_on_notify(pool.clone(), wake.clone()),
        relay::relay(pool.clone()),
        deliver_loop(pool, hub, wake)
    );
}

/// A gap in event ids that delivery waits for: since when, and the `horizon` then (the
/// transaction that owns it, if any, has a lower id).
#[derive(Debug, Clone, Copy)]
struct Waiting {
    at: i64,
    since: Instant,
    horizon: i64,
}

async fn deliver_loop(pool: PgPool, hub: Arc<Hub>, wake: Arc<tokio::sync::Notify>) {
    let mut gap: Option<Waiting> = None;
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
        if let Err(error) = deliver(&pool, &hub, &mut gap).await {
            tracing::warn!(%error, "cannot read events");
        }
        if let Err(error) = requeue_late(&pool, &hub).await {
            tracing::warn!(%error, "cannot look for late events");
        }
        // A gap ends when its transaction does, which nothing announces: look often.
        let tick = if gap.is_some() { GAP_TICK } else { TICK };
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(tick) => {}
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
    gap: &mut Option<Waiting>,
) -> Result<(), waymark_store::Error> {
    // Read before the rows: a gap whose transactions had all ended by then and that the
    // rows still show was rolled back (or has already been moved to the end).
    let settled_below = match gap {
        Some(_) => Some(waymark_store::outbox::oldest_running(pool).await?),
        None => None,
    };
    loop {
        let position = hub.position();
        let rows = waymark_store::events::after(pool, position, 500).await?;
        if rows.is_empty() {
            *gap = None;
            return Ok(());
        }
        let mut next = position;
        for row in rows {
            if row.id != next + 1 {
                hub.position.store(next, Ordering::Release);
                let waiting = match *gap {
                    Some(w) if w.at == next => w,
                    _ => {
                        let w = Waiting {
                            at: next,
                            since: Instant::now(),
                            horizon: waymark_store::events::horizon(pool).await?,
                        };
                        *gap = Some(w);
                        w
                    }
                };
                let settled = settled_below.is_some_and(|xmin| xmin >= waiting.horizon);
                if !settled && waiting.since.elapsed() < hub.grace {
                    return Ok(());
                }
                // Live views must not stall behind one slow transaction: deliver past
                // its id, and watch it, so that it is delivered when it commits. (A
                // settled gap is watched too, once: requeue_late then forgets it.)
                let horizon = waymark_store::events::horizon(pool).await?;
                let (from, to) = (next + 1, row.id - 1);
                hub.watch([Gap { from, to, horizon }]);
                tracing::debug!(from, to, settled, "delivering past event ids not committed");
            }
            *gap = None;
            next = row.id;
            // No receiver is not an error: nobody is watching.
            let _ = hub.sender.send(Arc::new(row));
        }
        hub.position.store(next, Ordering::Release);
    }
}

/// Looks at the watched gaps once: events that have committed in them since are moved
/// to the end of the log (and so delivered next, in every process); gaps whose
/// transactions have all ended are forgotten.
async fn requeue_late(pool: &PgPool, hub: &Hub) -> Result<(), waymark_store::Error> {
    let (from, to): (Vec<i64>, Vec<i64>) = hub.watched().iter().map(|g| (g.from, g.to)).unzip();
    if from.is_empty() {
        return Ok(());
    }
    let mut conn = pool.acquire().await?;
    let done = waymark_store::events::requeue_late(&mut conn, &from, &to).await?;
    if done.moved > 0 {
        tracing::info!(
            moved = done.moved,
            "events committed after their ids were passed: delivered now"
        );
    }
    // Only the dispatcher adds gaps, and it is here: the list is the one read above.
    hub.watched().retain(|g| g.horizon > done.settled_below);
    Ok(())
}

fn to_sse(row: &EventRow) -> Event {
    Event::default()
        .id(row.id.to_string())
        .event(row.kind.clone())
        .data(row.data.to_string())
}

/// Tells a client that it cannot be brought up to date event by event: it should load
/// its data again. Its id is where the stream goes on from.
fn reset(at: i64, reason: &str) -> Event {
    Event::default()
        .id(at.to_string())
        .event("reset")
        .data(serde_json::json!({ "reason": reason }).to_string())
}

/// A stream of the plan's events, each with its id; send `Last-Event-ID` to resume
/// after a reconnect without gaps. Contributions: `created`, `updated`, `supported` and
/// `outcome` (an organisation's answer or a commitment's progress changed its `outcome`)
/// (the public Feature), `hidden` (`{"id"}`); moderators also get events of pending
/// contributions, and a facilitator those of pins held in the workshops they run.
/// `workshop`: a workshop's public state. `proposal`: a community-energy proposal changed
/// status, or was answered (`{"id", "status", "at"}`; fetch the proposal for the rest,
/// which is filtered by role). `reset` (`{"reason"}`: `behind`, `unknown` or
/// `unavailable`): what was missed cannot be sent (the `Last-Event-ID` is older than the
/// events kept, or unknown here); load the data again, the stream goes on from its id.
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
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let moderator = identity
        .authorize(Action::ReviewContributions, false)
        .is_ok();
    let workshops = match identity.user() {
        Ok(user) if !moderator && identity.authorize(Action::CheckWorkshopPins, false).is_ok() => {
            waymark_store::workshops::run_by(&state.pool, &plan, &user.key()).await?
        }
        _ => Vec::new(),
    };
    let reader = Reader {
        moderator,
        workshops,
    };
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
        // The last event id this client has had (or need not have).
        let mut sent = last_event_id.unwrap_or_else(|| hub.position());
        let mut catch_up = last_event_id.is_some();
        loop {
            if catch_up {
                catch_up = false;
                let upto = hub.position();
                // Every event after `sent` must still be in the table to be replayed.
                let cannot = match waymark_store::events::kept(&pool).await {
                    Ok(Some((_, newest))) if sent > newest => Some("unknown"),
                    Ok(Some((oldest, _))) if sent < oldest - 1 => Some("behind"),
                    Ok(None) if sent > 0 => Some("behind"),
                    Ok(_) => None,
                    Err(error) => {
                        tracing::warn!(%error, "cannot read which events are kept");
                        Some("unavailable")
                    }
                };
                if let Some(reason) = cannot {
                    yield Ok(reset(upto, reason));
                    sent = upto;
                    continue;
                }
                while sent < upto {
                    match waymark_store::events::replay(&pool, &plan, sent, upto, &reader, REPLAY_PAGE).await {
                        Ok(rows) => {
                            let last_page = (rows.len() as i64) < REPLAY_PAGE;
                            for row in rows {
                                sent = row.id;
                                yield Ok(to_sse(&row));
                            }
                            if last_page {
                                sent = upto;
                            }
                        }
                        Err(error) => {
                            tracing::warn!(%error, "cannot replay events");
                            yield Ok(reset(upto, "unavailable"));
                            sent = upto;
                        }
                    }
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
                    if row.plan == plan && reader.sees(&row) {
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
