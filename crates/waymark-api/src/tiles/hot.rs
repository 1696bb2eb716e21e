//! The hot path: a tile already in the cache is answered before the request enters the
//! router and its middleware, the way a caching proxy in front of an application would
//! answer it; so is a stale tile within its bound whose re-render is running or not yet
//! due (while pins keep arriving, most low-zoom requests are such). Everything else — a miss, the network layer (which depends on who asks),
//! HEAD, CORS preflight — goes on to the router unchanged.
//!
//! A hit costs a path split, one cache lookup and a response whose headers are the ones
//! the router's layers would have added (security headers, CORS, request id) and whose
//! metrics are the ones they would have counted. `tests/tests/tiles.rs` checks that a
//! hit and the miss before it answer alike.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use metrics::{Counter, Histogram};
use tower::Service;
use waymark_domain::TileCoord;

use super::cache::{Audience, TileCache, TileKey};
use super::layers::Layer;
use crate::{REQUEST_ID, SECURITY_HEADERS};

/// The route the router serves tiles on; the metrics of a hit are counted under it.
pub const TILE_ROUTE: &str = "/tiles/{layer}/{z}/{x}/{file}";

/// Wraps the application `inner` (the router) with the tile hot path.
#[derive(Clone)]
pub struct HotTiles<S> {
    inner: S,
    hot: Arc<Hot>,
}

struct Hot {
    tiles: Arc<TileCache>,
    ok: Counter,
    no_content: Counter,
    not_modified: Counter,
    duration: Histogram,
}

impl<S> HotTiles<S> {
    pub fn new(inner: S, tiles: Arc<TileCache>) -> Self {
        let requests = |status: &'static str| {
            metrics::counter!("http_requests_total", "method" => "GET", "route" => TILE_ROUTE,
                              "status" => status)
        };
        Self {
            inner,
            hot: Arc::new(Hot {
                tiles,
                ok: requests("200"),
                no_content: requests("204"),
                not_modified: requests("304"),
                duration: metrics::histogram!("http_request_duration_seconds",
                                              "method" => "GET", "route" => TILE_ROUTE),
            }),
        }
    }
}

impl<S> Service<Request> for HotTiles<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let Some(key) = public_tile(&request) else {
            return Box::pin(self.inner.call(request));
        };
        // The router was made ready above; a clone takes its place for the next call.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let hot = self.hot.clone();
        Box::pin(async move {
            let start = Instant::now();
            match hot.tiles.at_once(&key).await {
                Some(tile) => Ok(hot.answer(&tile, &request, start)),
                None => inner.call(request).await,
            }
        })
    }
}

impl Hot {
    fn answer(&self, tile: &super::cache::Tile, request: &Request, start: Instant) -> Response {
        let mut response = super::respond(tile, request.headers());
        let h = response.headers_mut();
        // What tower_http's CorsLayer adds for the open read-only routes (`open_read_only_routes`).
        h.append(header::VARY, HeaderValue::from_static(CORS_VARY));
        h.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
        h.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("etag"),
        );
        for (name, value) in SECURITY_HEADERS {
            h.entry(HeaderName::from_static(name))
                .or_insert(HeaderValue::from_static(value));
        }
        let id = request
            .headers()
            .get(&REQUEST_ID)
            .cloned()
            .unwrap_or_else(|| {
                let mut buf = uuid::Uuid::encode_buffer();
                let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buf);
                HeaderValue::from_str(id).expect("a UUID is a valid header value")
            });
        h.insert(REQUEST_ID, id);
        match response.status() {
            StatusCode::NOT_MODIFIED => self.not_modified.increment(1),
            StatusCode::NO_CONTENT => self.no_content.increment(1),
            _ => self.ok.increment(1),
        }
        self.duration.record(start.elapsed().as_secs_f64());
        response
    }
}

const CORS_VARY: &str = "origin, access-control-request-method, access-control-request-headers";

/// The key of a GET for a tile of a public layer, or None for anything the router must
/// see. Malformed paths go to the router too, which answers them with its errors.
fn public_tile(request: &Request) -> Option<TileKey> {
    if request.method() != Method::GET {
        return None;
    }
    let rest = request.uri().path().strip_prefix("/tiles/")?;
    let mut parts = rest.split('/');
    let (layer, z, x, file) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let layer: Layer = layer.parse().ok()?;
    if layer == Layer::Network {
        return None;
    }
    let y = file
        .strip_suffix(".mvt")
        .or_else(|| file.strip_suffix(".pbf"))?;
    let coord = TileCoord::parse(z, x, y).ok()?;
    Some(TileKey {
        layer,
        coord,
        audience: Audience::Public,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn get(uri: &str) -> Request {
        Request::builder().uri(uri).body(Body::empty()).unwrap()
    }

    #[test]
    fn only_gets_of_public_tiles_take_the_hot_path() {
        let key = public_tile(&get("/tiles/contributions/14/8150/5390.mvt")).unwrap();
        assert_eq!(key.layer, Layer::Contributions);
        assert_eq!(
            (key.coord.z(), key.coord.x(), key.coord.y()),
            (14, 8150, 5390)
        );
        assert!(public_tile(&get("/tiles/contributions/14/8150/5390.pbf?lang=pl")).is_some());
        for uri in [
            "/tiles/network/14/8150/5390.mvt",
            "/tiles/contributions/14/8150/5390.png",
            "/tiles/contributions/14/8150/5390.mvt/more",
            "/tiles/contributions/14/99999/5390.mvt",
            "/tiles/nothing/1/0/0.mvt",
            "/tiles/contributions.json",
            "/api/v1/plans",
        ] {
            assert!(public_tile(&get(uri)).is_none(), "{uri}");
        }
        let head = Request::builder()
            .method(Method::HEAD)
            .uri("/tiles/contributions/1/0/0.mvt")
            .body(Body::empty())
            .unwrap();
        assert!(public_tile(&head).is_none());
    }
}
