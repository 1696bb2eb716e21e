//! `/tiles`: Mapbox Vector Tiles from PostGIS, served from a cache of ready-compressed
//! bytes so that the hot path does almost nothing.

pub mod archives;
pub mod cache;
pub mod hot;
pub mod layers;

use std::io::Read;
use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Value, json};
use waymark_domain::tile::MAX_ZOOM;
use waymark_domain::{Action, TileCoord};
use waymark_store::PgPool;

use crate::auth::identity::Identity;
use crate::caching;
use crate::extract::Path;
use crate::links::origin;
use crate::{ApiError, AppState};
use cache::{Audience, Eviction, Tile, TileCache, TileKey};
use layers::Layer;

const MVT: HeaderValue = HeaderValue::from_static("application/vnd.mapbox-vector-tile");
/// Caches (a CDN, the browser) may keep tiles but must revalidate, which the ETag makes
/// cheap; a new pin then shows on the very next request.
const CACHE_CONTROL: HeaderValue = HeaderValue::from_static("public, no-cache");
const VARY: HeaderValue = HeaderValue::from_static("accept-encoding");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/tiles", get(catalogue))
        .route("/tiles/{file}", get(tilejson))
        .route(hot::TILE_ROUTE, get(tile))
        .route(
            "/tiles/basemap-pmtiles/{plan}/{z}/{x}/{file}",
            get(archive_tile),
        )
}

/// The layers on offer, in the shape martin's catalogue uses.
async fn catalogue(State(state): State<AppState>, headers: HeaderMap) -> Json<Value> {
    let base = origin(state.config.public_url.as_deref(), &headers);
    let tiles: serde_json::Map<String, Value> = Layer::ALL
        .into_iter()
        .map(|layer| {
            (
                layer.name().to_owned(),
                json!({
                    "content_type": "application/x-protobuf",
                    "description": layer.description(),
                    "tilejson": format!("{base}/tiles/{layer}.json"),
                }),
            )
        })
        .collect();
    Json(json!({ "tiles": tiles }))
}

/// TileJSON 3.0.0 for one layer.
async fn tilejson(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let layer: Layer = file
        .strip_suffix(".json")
        .and_then(|name| name.parse().ok())
        .ok_or(ApiError::NotFound("tile layer"))?;
    let base = origin(state.config.public_url.as_deref(), &headers);
    let bounds = waymark_store::plans::extent(&state.pool).await?.unwrap_or([
        -180.0,
        -85.051_129,
        180.0,
        85.051_129,
    ]);
    let centre = [
        (bounds[0] + bounds[2]) / 2.0,
        (bounds[1] + bounds[3]) / 2.0,
        12.0,
    ];
    Ok(Json(json!({
        "tilejson": "3.0.0",
        "name": layer.name(),
        "description": layer.description(),
        "tiles": [format!("{base}/tiles/{layer}/{{z}}/{{x}}/{{y}}.mvt")],
        "minzoom": 0,
        "maxzoom": MAX_ZOOM,
        "bounds": bounds,
        "center": centre,
        "vector_layers": layer.vector_layers(),
    })))
}

async fn tile(
    State(state): State<AppState>,
    Path((layer, z, x, file)): Path<(String, String, String, String)>,
    mut parts: Parts,
) -> Result<Response, ApiError> {
    let layer: Layer = layer
        .parse()
        .map_err(|()| ApiError::NotFound("tile layer"))?;
    let y = file
        .strip_suffix(".mvt")
        .or_else(|| file.strip_suffix(".pbf"))
        .ok_or(ApiError::NotFound("tile"))?;
    let coord = TileCoord::parse(&z, &x, y).map_err(ApiError::InvalidParameter)?;
    // Only the network layer differs by role; its detailed tiles are for DNO
    // engineers and admins, cached apart and never kept by a shared cache. Other layers
    // never look up who is asking, so a signed-in browser's tiles cost no query.
    let audience = if layer == Layer::Network
        && Identity::from_request_parts(&mut parts, &state)
            .await?
            .authorize(Action::ViewNetworkDetail, false)
            .is_ok()
    {
        Audience::Detailed
    } else {
        Audience::Public
    };
    let key = TileKey {
        layer,
        coord,
        audience,
    };
    let source = Source {
        primary: state.pool.clone(),
        replicas: state.replicas.clone(),
        wait_for_replay: state.config.tiles_wait_for_replay,
    };
    let cluster_below_zoom = state.config.cluster_below_zoom;
    let tile = state
        .tiles
        .get_or_render_at(key, move |lsn| render(source, lsn, key, cluster_below_zoom))
        .await
        .map_err(|shared| {
            // The render's own error when this request made it; an equal one otherwise.
            std::sync::Arc::try_unwrap(shared).unwrap_or_else(|shared| match *shared {
                ApiError::Unavailable => ApiError::Unavailable,
                ref other => ApiError::internal(other.to_string()),
            })
        })?;
    let mut response = respond(&tile, &parts.headers);
    if layer == Layer::Network {
        let h = response.headers_mut();
        if audience == Audience::Detailed {
            caching::for_who_asks_only(h);
        } else {
            caching::varies_by_who_asks(h);
        }
    }
    Ok(response)
}

/// Where a tile is rendered from: a read replica when there are any, once it has
/// replayed the writes that evicted the tile, else the primary.
struct Source {
    primary: PgPool,
    replicas: Option<Arc<crate::replicas::Replicas>>,
    /// Off only to show what it prevents (tests/tests/replicas.rs): a replica that has
    /// not replayed the write renders the old tile, and it is cached as the new one.
    wait_for_replay: bool,
}

impl Source {
    async fn pool(self, lsn: Option<u64>) -> PgPool {
        let Some(replicas) = self.replicas else {
            return self.primary;
        };
        let lsn = lsn
            .filter(|_| self.wait_for_replay)
            .map(waymark_store::primary::format_lsn);
        replicas.choose(&self.primary, lsn.as_deref()).await
    }
}

async fn render(
    source: Source,
    lsn: Option<u64>,
    key: TileKey,
    cluster_below_zoom: u8,
) -> Result<Arc<Tile>, ApiError> {
    let pool = source.pool(lsn).await;
    let mut conn = pool.acquire().await?;
    let raw = key
        .layer
        .render(
            &mut conn,
            key.coord,
            cluster_below_zoom,
            key.audience == Audience::Detailed,
        )
        .await?;
    // A dense tile arrives as one message of tens of MB, and the connection would keep a
    // read buffer that size for good (one per pooled connection): give it back now.
    waymark_store::Connection::shrink_buffers(&mut *conn);
    drop(conn);
    // Compressing a large tile takes milliseconds of CPU: keep it off the async threads.
    let tile = tokio::task::spawn_blocking(move || Tile::new(&raw))
        .await
        .map_err(ApiError::internal)?;
    Ok(Arc::new(tile))
}

/// A tile of the PMTiles archive a plan chose as its basemap, as stored in the archive
/// (gzip for clients that take it), with the same caching headers as the other tiles.
async fn archive_tile(
    State(state): State<AppState>,
    Path((plan, z, x, file)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let y = file
        .strip_suffix(".mvt")
        .or_else(|| file.strip_suffix(".pbf"))
        .ok_or(ApiError::NotFound("tile"))?;
    let coord = TileCoord::parse(&z, &x, y).map_err(ApiError::InvalidParameter)?;
    let archive = waymark_store::basemaps::of_plan(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?
        .archive
        .ok_or(ApiError::NotFound("basemap archive"))?;
    let path = state.config.basemap_dir.join(&archive.file);
    let Some(tile) = state
        .archives
        .tile(&path, coord.z(), coord.x(), coord.y())
        .await
        .map_err(ApiError::internal)?
    else {
        let mut response = StatusCode::NO_CONTENT.into_response();
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, CACHE_CONTROL);
        h.insert(header::VARY, VARY);
        return Ok(response);
    };
    let etag = HeaderValue::from_str(&format!(
        "\"{:016x}\"",
        xxhash_rust::xxh3::xxh3_64(&tile.bytes)
    ))
    .map_err(ApiError::internal)?;
    let mut response = if not_modified(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let gzip_wanted = matches!(negotiate(&headers), Encoding::Gzip);
        let (body, gzip) = if tile.gzip && !gzip_wanted {
            let mut raw = Vec::with_capacity(tile.bytes.len() * 3);
            flate2::read::GzDecoder::new(&tile.bytes[..])
                .read_to_end(&mut raw)
                .map_err(ApiError::internal)?;
            (Bytes::from(raw), false)
        } else {
            (tile.bytes, tile.gzip)
        };
        let mut response = body.into_response();
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, MVT);
        if gzip {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        response
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, etag);
    h.insert(header::CACHE_CONTROL, CACHE_CONTROL);
    h.insert(header::VARY, VARY);
    Ok(response)
}

#[derive(Clone, Copy)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

/// The best encoding the client accepts: brotli, then gzip, else none. A `q=0` refuses.
fn negotiate(headers: &HeaderMap) -> Encoding {
    let Some(accept) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return Encoding::Identity;
    };
    let accepts = |name: &str| {
        accept.split(',').any(|part| {
            let mut bits = part.split(';');
            let coding = bits.next().unwrap_or("").trim();
            let refused = bits.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            coding.eq_ignore_ascii_case(name) && !refused
        })
    };
    // The cache holds gzip: serve it to every client that takes it, brotli only to
    // those that take brotli and not gzip.
    if accepts("gzip") {
        Encoding::Gzip
    } else if accepts("br") {
        Encoding::Brotli
    } else {
        Encoding::Identity
    }
}

fn not_modified(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag.as_bytes() == etag.as_bytes())
}

fn respond(tile: &Tile, headers: &HeaderMap) -> Response {
    let mut response = if not_modified(headers, &tile.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else if tile.is_empty() {
        StatusCode::NO_CONTENT.into_response()
    } else {
        let (body, encoding) = match negotiate(headers) {
            Encoding::Identity => (tile.raw(), None),
            Encoding::Gzip => (tile.gzip.clone(), Some(HeaderValue::from_static("gzip"))),
            Encoding::Brotli => (tile.brotli(), Some(HeaderValue::from_static("br"))),
        };
        let mut response = body.into_response();
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, MVT);
        if let Some(encoding) = encoding {
            h.insert(header::CONTENT_ENCODING, encoding);
        }
        response
    };
    let h = response.headers_mut();
    h.insert(header::ETAG, tile.etag.clone());
    h.insert(header::CACHE_CONTROL, CACHE_CONTROL);
    h.insert(header::VARY, VARY);
    response
}

/// Listens for `waymark_tiles` notifications and evicts the tiles they name, so every
/// process behind one database drops a stale tile as soon as the write commits.
pub async fn listen_for_invalidations(pool: PgPool, cache: Arc<TileCache>) {
    loop {
        let mut listener = match waymark_store::listener(&pool, "waymark_tiles").await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "tile invalidation listener cannot connect; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        // Anything written while we were not listening may be cached stale.
        cache.clear();
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => apply(&cache, notification.payload()).await,
                Ok(None) => {
                    tracing::warn!("tile invalidation listener lost its connection");
                    cache.clear();
                }
                Err(error) => {
                    tracing::warn!(%error, "tile invalidation listener failed; reconnecting");
                    break;
                }
            }
        }
    }
}

async fn apply(cache: &TileCache, payload: &str) {
    #[derive(serde::Deserialize)]
    struct Change {
        layer: String,
        bbox: [f64; 4],
        /// Set when the write changed only what pins say (see migration 0022).
        #[serde(default)]
        soft: bool,
        /// Set when pins were added (see migration 0035).
        #[serde(default)]
        added: bool,
        /// The primary's WAL position after the writes (the relay's; older relays
        /// send none).
        #[serde(default)]
        lsn: Option<String>,
    }
    match serde_json::from_str::<Change>(payload) {
        Ok(change) => {
            // Layers this process does not serve have nothing cached.
            if let Ok(layer) = change.layer.parse::<Layer>() {
                let [x0, y0, x1, y1] = change.bbox;
                let how = if change.added {
                    Eviction::Added
                } else if change.soft {
                    Eviction::Soft
                } else {
                    Eviction::Hard
                };
                let lsn = change
                    .lsn
                    .as_deref()
                    .and_then(waymark_store::primary::parse_lsn);
                cache.evict_at(layer, ((x0, y0), (x1, y1)), how, lsn).await;
            }
        }
        Err(error) => {
            tracing::warn!(%error, payload, "unreadable tile invalidation; clearing the cache");
            cache.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(name: header::HeaderName, value: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_static(value));
        h
    }

    #[test]
    fn encodings_are_negotiated_by_accept_encoding() {
        let e = |v| negotiate(&with(header::ACCEPT_ENCODING, v));
        assert!(matches!(e("gzip, deflate, br"), Encoding::Gzip));
        assert!(matches!(e("br"), Encoding::Brotli));
        assert!(matches!(e("gzip;q=0, br"), Encoding::Brotli));
        assert!(matches!(e("br;q=0, gzip"), Encoding::Gzip));
        assert!(matches!(e("identity"), Encoding::Identity));
        assert!(matches!(negotiate(&HeaderMap::new()), Encoding::Identity));
    }

    #[test]
    fn if_none_match_accepts_lists_weak_tags_and_star() {
        let tag = HeaderValue::from_static("\"abc\"");
        assert!(not_modified(
            &with(header::IF_NONE_MATCH, "\"x\", \"abc\""),
            &tag
        ));
        assert!(not_modified(
            &with(header::IF_NONE_MATCH, "W/\"abc\""),
            &tag
        ));
        assert!(not_modified(&with(header::IF_NONE_MATCH, "*"), &tag));
        assert!(!not_modified(&with(header::IF_NONE_MATCH, "\"abd\""), &tag));
        assert!(!not_modified(&HeaderMap::new(), &tag));
    }
}
