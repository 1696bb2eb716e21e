//! Read replicas (`WAYMARK_READ_DATABASE_URLS`): streaming standbys that take the public
//! reads (lists, detail, replies, OGC items, tiles, reports) off the primary. Writes,
//! LISTEN and everything that must see what it just wrote stay on the primary.
//!
//! Read-your-writes: a write answered 2xx carries the primary's WAL position after its
//! commit, in the `Waymark-LSN` header and a short-lived cookie. A read carrying one goes
//! to a replica only once that replica has replayed that far; it waits for that at most
//! `max_wait`, then reads the primary. A read without one takes the next replica in turn.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, header, request::Parts};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use waymark_store::PgPool;
use waymark_store::primary::{current_lsn, is_lsn, replayed};

use crate::{ApiError, AppState};

pub const LSN_HEADER: HeaderName = HeaderName::from_static("waymark-lsn");
const LSN_COOKIE: &str = "waymark_lsn";
/// How long the cookie holds: far longer than any replica should lag.
const LSN_COOKIE_SECONDS: i64 = 60;

/// The replicas' pools, taken in turn.
pub struct Replicas {
    pools: Vec<PgPool>,
    next: AtomicUsize,
    /// How long a read carrying a write's position waits for a replica to replay it.
    pub max_wait: Duration,
}

impl Replicas {
    /// Lazy pools on `urls` (they connect on first use); `None` when there are none.
    pub fn open(urls: &[String], max_connections: u32, max_wait: Duration) -> Option<Arc<Self>> {
        let pools: Vec<PgPool> = urls
            .iter()
            .filter_map(|url| {
                match waymark_store::connect_lazy(url, max_connections, "waymark-read") {
                    Ok(pool) => Some(pool),
                    Err(e) => {
                        tracing::error!(error = %e, "a read replica's URL is not valid; left out");
                        None
                    }
                }
            })
            .collect();
        (!pools.is_empty()).then(|| {
            Arc::new(Self {
                pools,
                next: AtomicUsize::new(0),
                max_wait,
            })
        })
    }

    /// The pool a read goes to: the next replica, once it has replayed `lsn`.
    pub(crate) async fn choose(&self, primary: &PgPool, lsn: Option<&str>) -> PgPool {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.pools.len();
        let replica = &self.pools[i];
        let Some(lsn) = lsn else {
            return replica.clone();
        };
        let deadline = Instant::now() + self.max_wait;
        loop {
            match replayed(replica, lsn).await {
                Ok(true) => return replica.clone(),
                Ok(false) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                Ok(false) => {
                    metrics::counter!("waymark_replica_fallbacks_total").increment(1);
                    return primary.clone();
                }
                Err(e) => {
                    tracing::warn!(error = %e, "a read replica does not answer; reading the primary");
                    return primary.clone();
                }
            }
        }
    }
}

/// The pool this read should use: a replica when there are any (one that has replayed
/// the reader's last write, if the request names it), else the primary.
pub struct ReadPool(pub PgPool);

impl FromRequestParts<AppState> for ReadPool {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Some(replicas) = &state.replicas else {
            return Ok(Self(state.pool.clone()));
        };
        let lsn = written_at(parts);
        Ok(Self(replicas.choose(&state.pool, lsn.as_deref()).await))
    }
}

/// The WAL position of the reader's last write: the header, else the cookie.
fn written_at(parts: &Parts) -> Option<String> {
    let from_header = parts
        .headers
        .get(&LSN_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let from_cookie = || {
        CookieJar::from_headers(&parts.headers)
            .get(LSN_COOKIE)
            .map(|c| c.value().to_owned())
    };
    from_header.or_else(from_cookie).filter(|lsn| is_lsn(lsn))
}

/// After a successful write, when there are replicas: the primary's WAL position, as a
/// header and a cookie, for the reads that follow.
pub async fn stamp_writes(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let mut response = next.run(request).await;
    if !(writes && state.replicas.is_some() && response.status().is_success()) {
        return response;
    }
    match current_lsn(&state.pool).await {
        Ok(lsn) if is_lsn(&lsn) => {
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(&lsn) {
                headers.insert(LSN_HEADER, value);
            }
            let cookie = Cookie::build((LSN_COOKIE, lsn))
                .path("/")
                .max_age(time::Duration::seconds(LSN_COOKIE_SECONDS))
                .http_only(true)
                .secure(state.config.cookie_secure)
                .same_site(SameSite::Lax)
                .build();
            if let Ok(value) = HeaderValue::from_str(&cookie.encoded().to_string()) {
                headers.append(header::SET_COOKIE, value);
            }
        }
        Ok(_) => {}
        // The write is done; only the hint for later reads is missing.
        Err(e) => tracing::warn!(error = %e, "no WAL position for the write's answer"),
    }
    response
}
