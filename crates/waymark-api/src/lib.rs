//! Waymark's HTTP interface.
//!
//! `router` builds the whole application from its state and `serve` runs it until
//! shutdown, so tests can bind port 0 and talk to the real thing.

pub mod about_you;
pub mod admin;
mod assets;
pub mod auth;
mod caching;
mod common_answers;
pub mod contributions;
pub mod energy_plans;
mod error;
pub mod events;
pub mod extract;
pub mod files;
pub mod groups;
mod health;
pub mod lang;
pub mod limits;
mod links;
pub mod metrics;
pub mod moderation;
pub mod my_data;
mod ogc;
pub mod outcomes;
pub mod participation;
pub mod plans;
pub mod projects;
pub mod proposals;
mod proxy;
pub mod replicas;
pub mod reports;
#[cfg(test)]
mod schema_names;
mod style;
pub mod subscriptions;
pub mod tiles;
pub mod workshops;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::ServiceExt;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::response::IntoResponse;
use axum::routing::get;
use axum_extra::extract::cookie::Key;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use waymark_store::PgPool;

pub use error::{ApiError, Detail, Problem};

/// Settings of the HTTP layer; defaults are safe for a public deployment.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// The origin clients reach this server at (`https://map.example.org`), used in
    /// links; without it, links in answers are built from the request's `Host`, and
    /// links in mails from the address `serve` listens on (see `AppState::mail_origin`).
    pub public_url: Option<String>,
    /// Largest accepted request body, in bytes.
    pub body_limit: usize,
    /// Marks cookies `Secure`; on whenever the public URL is https.
    pub cookie_secure: bool,
    /// The built map UI, served at `/`.
    pub ui_dir: PathBuf,
    /// Below this zoom the contributions layer shows counted bubbles, not pins.
    pub cluster_below_zoom: u8,
    /// Bytes of tiles kept in memory.
    pub tile_cache_bytes: u64,
    /// How long a changed tile may still be served while its new version renders.
    pub tile_stale_max: std::time::Duration,
    /// An external raster basemap instead of the plan's own basemap layers.
    pub basemap: Option<ExternalBasemap>,
    /// Where plans' PMTiles basemap archives are kept (`waymark import basemap --pmtiles`
    /// copies them there).
    pub basemap_dir: PathBuf,
    /// The database's URL, for osm2pgsql when an admin uploads an OpenStreetMap extract;
    /// without it such uploads are refused (503).
    pub database_url: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`127.0.0.1/32` for a
    /// proxy on the same machine); nobody else's is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub limits: limits::LimitsConfig,
    /// Thresholds of the network feasibility screen.
    pub feasibility: waymark_domain::energy::Thresholds,
    /// How long personal data is kept (purged by the binary), shown in privacy notices.
    pub retention: waymark_domain::retention::Retention,
    /// Where uploaded files are kept, and how large they may be.
    pub files: files::FileStore,
    /// Streaming replicas that take public reads (see `replicas`), and how long a read
    /// waits for one to replay the reader's own last write before reading the primary.
    pub read_database_urls: Vec<String>,
    pub read_wait: std::time::Duration,
    /// A tile evicted by a write is re-rendered on a replica only once the replica has
    /// replayed that write (waiting at most `read_wait`, else on the primary). Off only
    /// in the test that shows the stale tile this prevents.
    pub tiles_wait_for_replay: bool,
    /// The write and sign-in limits count in PostgreSQL too, shared by every process on
    /// the database (see `limits`); off, each process counts alone (one allowance per
    /// process behind a shared address).
    pub shared_limits: bool,
    /// Groups of new pins written at once (see `contributions::writer`).
    pub pin_writers: usize,
}

/// A raster tile service for the basemap (`https://…/{z}/{x}/{y}.png`) and the
/// attribution its licence asks for.
#[derive(Debug, Clone)]
pub struct ExternalBasemap {
    pub tiles: String,
    pub attribution: String,
}

impl Default for ApiConfig {
    fn default() -> Self {
        Self {
            public_url: None,
            body_limit: 256 * 1024,
            cookie_secure: false,
            ui_dir: PathBuf::from("map-ui/dist"),
            cluster_below_zoom: 13,
            tile_cache_bytes: 192 * 1024 * 1024,
            tile_stale_max: tiles::cache::STALE_MAX,
            basemap: None,
            basemap_dir: PathBuf::from("basemaps"),
            database_url: None,
            trusted_proxies: Vec::new(),
            limits: limits::LimitsConfig::default(),
            feasibility: waymark_domain::energy::Thresholds::default(),
            retention: waymark_domain::retention::Retention::default(),
            files: files::FileStore::default(),
            read_database_urls: Vec::new(),
            read_wait: std::time::Duration::from_millis(500),
            tiles_wait_for_replay: true,
            shared_limits: true,
            pin_writers: contributions::writer::WRITERS,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub config: Arc<ApiConfig>,
    /// Signs visitor cookies. Every process behind one address must share it.
    pub cookie_key: Key,
    pub tiles: Arc<tiles::cache::TileCache>,
    /// Open readers of plans' PMTiles basemap archives.
    pub archives: Arc<tiles::archives::Archives>,
    pub events: Arc<events::Hub>,
    pub limits: Arc<limits::Limits>,
    /// Uploaded files (see `files`).
    pub files: Arc<files::FileStore>,
    /// Writes new pins in groups (see `contributions::writer`).
    pub pins: contributions::writer::PinWriter,
    /// Read replicas, when there are any.
    pub replicas: Option<Arc<replicas::Replicas>>,
    /// Where links in mails point: the public URL, else (trying Waymark out) the address
    /// `serve` listens on. Never a request's `Host`: anyone can forge it, and a mail
    /// would then carry the forger's link.
    pub mail_origin: Arc<str>,
    /// A real argon2 hash to verify against when an email is unknown, so that sign-in
    /// takes as long either way.
    pub dummy_password_hash: Arc<str>,
}

impl AppState {
    pub fn new(pool: PgPool, config: ApiConfig, cookie_key: Key) -> Self {
        let max_connections = pool.options().get_max_connections();
        let dummy = auth::hash_password("not anyone's password").unwrap_or_default();
        metrics::handle();
        Self {
            pool: pool.clone(),
            pins: contributions::writer::PinWriter::new(pool.clone(), config.pin_writers),
            tiles: Arc::new(
                tiles::cache::TileCache::with_stale_max(
                    config.tile_cache_bytes,
                    config.tile_stale_max,
                )
                .stale_pins_below(config.cluster_below_zoom),
            ),
            archives: Arc::default(),
            events: Arc::new(events::Hub::new()),
            limits: Arc::new(if config.shared_limits {
                limits::Limits::shared(config.limits, pool)
            } else {
                limits::Limits::new(config.limits)
            }),
            files: Arc::new(config.files.clone()),
            replicas: replicas::Replicas::open(
                &config.read_database_urls,
                max_connections,
                config.read_wait,
            ),
            mail_origin: config
                .public_url
                .as_deref()
                .map_or(DEFAULT_MAIL_ORIGIN, |u| u.trim_end_matches('/'))
                .into(),
            dummy_password_hash: dummy.into(),
            config: Arc::new(config),
            cookie_key,
        }
    }

    /// This state with reads going to `pool` (a replica's, see `replicas::ReadPool`).
    pub fn reading(&self, pool: PgPool) -> Self {
        Self {
            pool,
            ..self.clone()
        }
    }

    /// Drops the cached tiles that show these published points, at once, in this
    /// process; other processes hear of it through the outbox relay.
    pub async fn evict_pins(&self, points: &[[f64; 2]]) {
        let lsn = self.written_lsn(points).await;
        for [lon, lat] in points {
            self.tiles
                .evict_at(
                    tiles::layers::Layer::Contributions,
                    ((*lon, *lat), (*lon, *lat)),
                    tiles::cache::Eviction::Hard,
                    lsn,
                )
                .await;
        }
    }

    /// With read replicas, the primary's WAL position after a write that is done, for
    /// the tiles it evicts: their next renders on a replica wait until it has replayed
    /// the write (see `tiles::cache`).
    async fn written_lsn(&self, points: &[[f64; 2]]) -> Option<u64> {
        if self.replicas.is_none() || points.is_empty() {
            return None;
        }
        match waymark_store::primary::current_lsn(&self.pool).await {
            Ok(lsn) => waymark_store::primary::parse_lsn(&lsn),
            Err(error) => {
                // The relay's eviction carries one too; until then, a replica may serve it.
                tracing::warn!(%error, "no WAL position for the tiles a write evicts");
                None
            }
        }
    }

    /// Marks the cached bubble tiles that will count these new pins stale, at once, in
    /// this process (served a moment longer while their new version renders, so nobody
    /// waits for them), and evicts the pin tiles that will show them; other processes
    /// hear of it through the outbox relay.
    pub async fn evict_new_pins(&self, points: &[[f64; 2]]) {
        let lsn = self.written_lsn(points).await;
        for [lon, lat] in points {
            self.tiles
                .evict_at(
                    tiles::layers::Layer::Contributions,
                    ((*lon, *lat), (*lon, *lat)),
                    tiles::cache::Eviction::Added,
                    lsn,
                )
                .await;
        }
    }

    /// Drops the cached tiles over the box around many published points in one pass (a
    /// response may change thousands); other processes hear of it through the outbox relay. Only
    /// what the pins say changed: here, the bubble tiles may stand in while new ones render,
    /// and the pin tiles are dropped, so the writer sees its answer on them at once.
    pub async fn evict_pins_around(&self, points: &[[f64; 2]]) {
        let Some(first) = points.first() else {
            return;
        };
        let (min, max) = points.iter().fold((*first, *first), |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1])],
                [hi[0].max(p[0]), hi[1].max(p[1])],
            )
        });
        let lsn = self.written_lsn(points).await;
        self.tiles
            .evict_at(
                tiles::layers::Layer::Contributions,
                ((min[0], min[1]), (max[0], max[1])),
                tiles::cache::Eviction::Added,
                lsn,
            )
            .await;
    }
}

/// Links in mails before `serve` knows its address, for a router run without `serve`.
const DEFAULT_MAIL_ORIGIN: &str = "http://localhost";

impl FromRef<AppState> for Key {
    fn from_ref(state: &AppState) -> Self {
        state.cookie_key.clone()
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Waymark",
        description = "Participatory mapping for neighbourhood planning: plans, \
                       neighbourhoods, contributions, replies and support.",
        license(name = "AGPL-3.0-or-later")
    ),
    tags(
        (name = "plans", description = "Plans and their neighbourhoods"),
        (name = "contributions", description = "Ideas, issues, interests and stories pinned on the map"),
        (name = "accounts", description = "Sign-up, sign-in, sessions, password reset, one's own account and personal API tokens"),
        (name = "network", description = "The electricity network, filtered by role"),
        (name = "proposals", description = "Community-energy proposals, feasibility and the operator's answers"),
        (name = "energy_plans", description = "Neighbourhood energy plans: versions, impact on the network, the operator's and the council's answers"),
        (name = "workshops", description = "Live workshops: join codes, QR codes, steering and summaries"),
        (name = "reports", description = "The monthly dialogue report per neighbourhood"),
        (name = "subscriptions", description = "Following a neighbourhood or an area by e-mail"),
        (name = "moderation", description = "Flags, the moderation queue, moderators' actions and the audit log"),
        (name = "outcomes", description = "Organisations, their responders, official responses, commitments and what became of each contribution"),
        (name = "languages", description = "The languages people can read Waymark in"),
        (name = "groups", description = "Collaborative Action Groups: members, meetings, agendas, minutes, action points, threads and resources"),
        (name = "projects", description = "Community energy projects, their teams, volunteers and figures; champions and the learning library"),
        (name = "about-you", description = "The optional equality questions after a pin or a conversation, stored apart from it and only ever published counted"),
    )
)]
struct ApiDoc;

/// The OpenAPI 3.1 description of every `/api/v1` route, generated from the handlers.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api_router().1
}

/// The `/api/v1` routes and their OpenAPI document.
fn api_router() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut spec) = api_routes().split_for_parts();
    common_answers::add(&mut spec);
    (router, spec)
}

fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(plans::router())
        .merge(contributions::router())
        .merge(auth::router())
        .merge(admin::router())
        .merge(moderation::router())
        .merge(proposals::router())
        .merge(energy_plans::router())
        .merge(events::router())
        .merge(workshops::router())
        .merge(reports::router())
        .merge(participation::router())
        .merge(subscriptions::router())
        .merge(outcomes::router())
        .merge(lang::router())
        .merge(my_data::router())
        .merge(about_you::router())
        .merge(groups::router())
        .merge(projects::router())
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A handler that panics is a bug; its request gets a 500 problem+json (and the log says
/// what panicked) instead of a connection closed without an answer.
fn answer_panic(panic: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic without a message");
    ApiError::internal(format!("the handler panicked: {what}")).into_response()
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let (api, spec) = api_router();
    let spec = Arc::new(spec);
    let ui = state.config.ui_dir.clone();
    let api = api
        .fallback(|| async { ApiError::NotFound("route") })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limits::limit_writes,
        ))
        .layer(axum::middleware::from_fn(limits::require_same_site_writes))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            replicas::stamp_writes,
        ));
    Router::new()
        .merge(api)
        .route(
            "/openapi.json",
            get(move || {
                let spec = spec.clone();
                async move { axum::Json(spec.as_ref().clone()) }
            }),
        )
        .merge(open_read_only_routes())
        .merge(subscriptions::pages())
        .merge(projects::pages())
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(metrics::metrics))
        .route("/readyz", get(health::readyz))
        .nest(
            "/api",
            Router::new().fallback(|| async { ApiError::NotFound("route") }),
        )
        .fallback_service(ServeDir::new(&ui).fallback(ServeFile::new(ui.join("index.html"))))
        .layer(CatchPanicLayer::custom(answer_panic))
        .layer(axum::middleware::from_fn(lang::negotiate))
        .layer(axum::middleware::from_fn(metrics::track))
        .layer(DefaultBodyLimit::max(state.config.body_limit))
        .layer(security_headers())
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let id = request
                    .headers()
                    .get(&REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %request.method(),
                                    path = %request.uri().path(), request_id = %id)
            }),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            proxy::real_client,
        ))
        .with_state(state)
}

/// Tiles, the style, glyphs, sprites and OGC API: read-only and public, so other map
/// clients on other origins may use them (CORS for GET only, no credentials).
fn open_read_only_routes() -> Router<AppState> {
    Router::new()
        .merge(tiles::router())
        .merge(assets::router())
        .merge(ogc::router())
        .route("/style.json", get(style::style))
        .layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(tower_http::cors::Any)
                .allow_methods([axum::http::Method::GET, axum::http::Method::HEAD])
                .expose_headers([header::ETAG]),
        )
}

// 'wasm-unsafe-eval' lets the map compile WebAssembly (MapLibre's right-to-left text
// plugin, served from here, shapes Arabic-script labels); it allows no eval of scripts.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                   img-src 'self' data: blob:; worker-src 'self' blob:; \
                   child-src blob:; style-src 'self'; object-src 'none'; base-uri 'none'; \
                   frame-ancestors 'none'; form-action 'self'";

/// Headers every answer carries unless its handler set its own.
const SECURITY_HEADERS: [(&str, &str); 3] = [
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
];

fn security_headers() -> tower::layer::util::Stack<
    SetResponseHeaderLayer<HeaderValue>,
    tower::layer::util::Stack<
        SetResponseHeaderLayer<HeaderValue>,
        SetResponseHeaderLayer<HeaderValue>,
    >,
> {
    let [csp, nosniff, referrer] = SECURITY_HEADERS.map(|(name, value)| {
        SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    });
    tower::layer::util::Stack::new(csp, tower::layer::util::Stack::new(nosniff, referrer))
}

/// Serves the application on `listener` until `shutdown` resolves, then lets requests
/// in flight finish. Also listens for tile invalidations from other processes, and
/// forgets the rate limiters' idle keys. Without a public URL, links in mails point to
/// the address `listener` is bound to.
pub async fn serve(
    listener: TcpListener,
    mut state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    if state.config.public_url.is_none() {
        state.mail_origin = format!("http://{}", listener.local_addr()?).into();
    }
    let invalidations = tokio::spawn(tiles::listen_for_invalidations(
        state.pool.clone(),
        state.tiles.clone(),
    ));
    if let Err(error) = state.events.start_at_newest(&state.pool).await {
        tracing::warn!(%error, "cannot read the event position yet; the dispatcher will retry");
    }
    let events = tokio::spawn(events::dispatch(state.pool.clone(), state.events.clone()));
    let pruning = tokio::spawn(limits::prune_periodically(state.limits.clone()));
    let hub = state.events.clone();
    let tiles = state.tiles.clone();
    let app = tiles::hot::HotTiles::new(router(state), tiles)
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            // Event streams never end by themselves; end them so shutdown can finish.
            hub.close();
        })
        .await;
    invalidations.abort();
    events.abort();
    pruning.abort();
    served
}

#[cfg(test)]
mod panic_tests {
    use axum::body::Body;
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn a_handler_that_panics_answers_500_problem_json() {
        let app = Router::new()
            .route(
                "/boom",
                get(|| async {
                    panic!("sliced inside a character");
                    #[allow(unreachable_code)]
                    ""
                }),
            )
            .layer(CatchPanicLayer::custom(answer_panic));
        let request = Request::get("/boom").body(Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), 500);
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(problem["code"], "internal_error");
        assert_eq!(problem["status"], 500);
        // What panicked stays in the log, not in the answer.
        assert!(!String::from_utf8_lossy(&body).contains("sliced"));
    }
}
