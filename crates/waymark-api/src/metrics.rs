//! Prometheus metrics at `GET /metrics`: requests by route and status, latency
//! histograms, the tile cache's hits, misses and size, the database pool, the keys the
//! rate limiters hold, and the rows the retention step deleted.
//!
//! Readable from the machine itself (a local Prometheus or node agent) and by admins;
//! anyone else gets 403, since request rates say something about a plan's activity.

use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use waymark_domain::Action;

use crate::auth::identity::Identity;
use crate::{ApiError, AppState};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Seconds: from a cached tile (well under a millisecond) to a cold render of a dense tile.
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The process's recorder, installed on first use. Histograms are drained into their
/// buckets every few seconds, so memory stays flat whether or not anyone scrapes.
pub fn handle() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("http_request_duration_seconds".into()),
                LATENCY_BUCKETS,
            )
            .expect("the bucket list is not empty");
        let handle = match builder.install_recorder() {
            Ok(handle) => handle,
            Err(error) => {
                tracing::warn!(%error, "another metrics recorder is installed; /metrics stays empty");
                PrometheusBuilder::new().build_recorder().handle()
            }
        };
        let upkeep = handle.clone();
        std::thread::Builder::new()
            .name("metrics-upkeep".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(Duration::from_secs(5));
                    upkeep.run_upkeep();
                }
            })
            .expect("a thread for metrics upkeep");
        handle
    })
}

/// Counts every request by method, route template and status, and times it. Static
/// files and unknown paths share the route `other`, so labels stay few.
pub async fn track(request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "other".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status().as_str().to_owned();
    metrics::counter!("http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(start.elapsed().as_secs_f64());
    response
}

/// Counts rows of `table` that the retention step deleted (`pruned_rows_total`).
pub fn count_pruned(table: &'static str, rows: u64) {
    metrics::counter!("pruned_rows_total", "table" => table).increment(rows);
}

/// The machine itself may read the metrics; others must be admins.
fn may_read(peer: IpAddr, identity: &Identity) -> Result<(), ApiError> {
    // An IPv4 peer on a dual-stack socket shows as ::ffff:127.0.0.1.
    let peer = peer.to_canonical();
    if peer.is_loopback() {
        Ok(())
    } else {
        identity.authorize(Action::ReadMetrics, false)
    }
}

/// The Prometheus text format.
pub async fn metrics(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    identity: Identity,
) -> Result<Response, ApiError> {
    may_read(peer.ip(), &identity)?;
    let idle = state.pool.num_idle() as f64;
    let size = f64::from(state.pool.size());
    metrics::gauge!("db_pool_connections", "state" => "idle").set(idle);
    metrics::gauge!("db_pool_connections", "state" => "in_use").set(size - idle);
    metrics::gauge!("db_pool_max_connections")
        .set(f64::from(state.pool.options().get_max_connections()));
    let (entries, bytes) = state.tiles.size().await;
    metrics::gauge!("tile_cache_entries").set(entries as f64);
    metrics::gauge!("tile_cache_bytes").set(bytes as f64);
    for (limiter, keys) in state.limits.key_counts() {
        metrics::gauge!("rate_limiter_keys", "limiter" => limiter).set(keys as f64);
    }
    let mut response = handle().render().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::identity::User;

    fn someone(role: waymark_domain::Role) -> Identity {
        Identity(Some(User {
            id: uuid::Uuid::nil(),
            email: "someone@example.org".into(),
            display_name: None,
            role,
        }))
    }

    #[test]
    fn the_machine_itself_and_admins_may_read_metrics() {
        let local: [IpAddr; 3] = [
            "127.0.0.1".parse().unwrap(),
            "::1".parse().unwrap(),
            "::ffff:127.0.0.1".parse().unwrap(),
        ];
        for ip in local {
            assert!(may_read(ip, &Identity(None)).is_ok(), "{ip}");
        }
        let remote: IpAddr = "203.0.113.5".parse().unwrap();
        assert!(matches!(
            may_read(remote, &Identity(None)),
            Err(ApiError::Unauthorized(_))
        ));
        assert!(matches!(
            may_read(remote, &someone(waymark_domain::Role::Moderator)),
            Err(ApiError::Forbidden(_))
        ));
        assert!(may_read(remote, &someone(waymark_domain::Role::Admin)).is_ok());
    }
}
