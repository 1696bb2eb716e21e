//! Test harness: spawns the real application on port 0 against the fresh database
//! that `#[sqlx::test]` makes for each test, and talks to it over HTTP.

use std::net::SocketAddr;

use axum_extra::extract::cookie::Key;
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use waymark_store::MIGRATOR;

pub mod cluster;
pub mod mail;
pub mod nodes;
pub mod s3;

pub struct TestApp {
    pub address: SocketAddr,
    pub pool: PgPool,
    /// A client with its own cookie jar: one visitor.
    pub client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

/// Limits high enough that no test meets them by accident.
pub const NO_LIMITS: waymark_api::limits::LimitsConfig = waymark_api::limits::LimitsConfig {
    writes_per_minute_per_ip: 100_000,
    workshop_writes_per_minute_per_ip: 100_000,
    writes_per_minute_per_account: 100_000,
    logins_per_minute: 100_000,
};

/// The URL of the test's own database (for osm2pgsql): the server of `DATABASE_URL` with
/// the pool's database.
pub fn database_url(pool: &PgPool) -> String {
    let server = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let (server, query) = server.split_once('?').unwrap_or((&server, ""));
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    let database = pool.connect_options().get_database().unwrap().to_owned();
    if query.is_empty() {
        format!("{base}/{database}")
    } else {
        format!("{base}/{database}?{query}")
    }
}

impl TestApp {
    /// The app with the Milton Keynes demo plan loaded (344 contributions).
    pub async fn with_demo(pool: PgPool) -> Self {
        // The demo's files (a group's PDF, a project's photo) in a store the app reads.
        let files = waymark_api::files::FileStore::in_memory(1 << 20);
        waymark::seed::demo_with_files(&pool, Some(&files))
            .await
            .expect("demo seed");
        // The seed's tile changes concern tiles nobody has cached yet: relayed after the
        // app starts, they would turn a test's cache hits into misses at random.
        sqlx::query("DELETE FROM tile_changes")
            .execute(&pool)
            .await
            .expect("the seed's tile changes dropped");
        let config = waymark_api::ApiConfig {
            limits: NO_LIMITS,
            files,
            ..Default::default()
        };
        Self::spawn_with(pool, config).await
    }

    /// The app with the demo plan and neighbourhoods but no contributions.
    pub async fn with_empty_plan(pool: PgPool) -> Self {
        Self::with_empty_plan_and_limits(pool, NO_LIMITS).await
    }

    /// The demo plan with no contributions, served with these write and sign-in limits.
    pub async fn with_empty_plan_and_limits(
        pool: PgPool,
        limits: waymark_api::limits::LimitsConfig,
    ) -> Self {
        let mut conn = pool.acquire().await.expect("a connection");
        waymark::seed::load_plan(&mut conn)
            .await
            .expect("plan seed");
        drop(conn);
        let config = waymark_api::ApiConfig {
            limits,
            ..Default::default()
        };
        Self::spawn_with(pool, config).await
    }

    /// The app with limits high enough that no test meets them by accident.
    pub async fn spawn(pool: PgPool) -> Self {
        let config = waymark_api::ApiConfig {
            limits: NO_LIMITS,
            ..Default::default()
        };
        Self::spawn_with(pool, config).await
    }

    pub async fn spawn_with(pool: PgPool, mut config: waymark_api::ApiConfig) -> Self {
        if config.database_url.is_none() {
            config.database_url = Some(database_url(&pool));
        }
        let state = waymark_api::AppState::new(pool.clone(), config, Key::generate());
        Self::spawn_state(pool, state).await
    }

    /// The app with a state put together by the test (e.g. another event hub).
    pub async fn spawn_state(pool: PgPool, state: waymark_api::AppState) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind port 0");
        let address = listener.local_addr().expect("local address");
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(waymark_api::serve(listener, state, async {
            let _ = rx.await;
        }));
        Self {
            address,
            pool,
            client: visitor(),
            shutdown: Some(tx),
            server: Some(server),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Tells the server to shut down and returns at once; `stop` waits for the end.
    pub fn begin_shutdown(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }

    /// Whether the server has ended (after a shutdown, once it finished its work).
    pub fn has_stopped(&self) -> bool {
        self.server.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Stops the server and waits for it to finish what it was doing.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.server.take() {
            Some(server) => server.await.expect("server task"),
            None => Ok(()),
        }
    }

    pub async fn post_feature(
        &self,
        client: &reqwest::Client,
        feature: &Value,
    ) -> reqwest::Response {
        client
            .post(self.url("/api/v1/plans/milton-keynes/contributions"))
            .header("content-type", "application/geo+json")
            .body(feature.to_string())
            .send()
            .await
            .expect("request")
    }

    /// GET `path` as the app's own anonymous client: the status and the JSON body.
    pub async fn get_json(&self, path: &str) -> (u16, Value) {
        self.get_json_as(&self.client, path).await
    }

    /// GET `path` as `client` (signed in, or a visitor with its own cookies).
    pub async fn get_json_as(&self, client: &reqwest::Client, path: &str) -> (u16, Value) {
        let response = client.get(self.url(path)).send().await.expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON body"))
    }

    /// POST `body` as JSON to `path` as `client`: the status and the JSON body.
    pub async fn post_json_as(
        &self,
        client: &reqwest::Client,
        path: &str,
        body: &Value,
    ) -> (u16, Value) {
        self.send_json(client.post(self.url(path)), body).await
    }

    /// PUT `body` as JSON to `path` as `client`: the status and the JSON body.
    pub async fn put_json_as(
        &self,
        client: &reqwest::Client,
        path: &str,
        body: &Value,
    ) -> (u16, Value) {
        self.send_json(client.put(self.url(path)), body).await
    }

    /// PATCH `body` as JSON to `path` as `client`: the status and the JSON body.
    pub async fn patch_json_as(
        &self,
        client: &reqwest::Client,
        path: &str,
        body: &Value,
    ) -> (u16, Value) {
        self.send_json(client.patch(self.url(path)), body).await
    }

    async fn send_json(&self, request: reqwest::RequestBuilder, body: &Value) -> (u16, Value) {
        let response = request.json(body).send().await.expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON body"))
    }

    /// POST `body` as JSON to `path` as `client`, which must succeed: the JSON body.
    pub async fn post_ok(&self, client: &reqwest::Client, path: &str, body: &Value) -> Value {
        let (status, answer) = self.post_json_as(client, path, body).await;
        assert!(
            (200..300).contains(&status),
            "POST {path}: {status} {answer}"
        );
        answer
    }

    /// GET `path` as `client`, which must be answered 200: the JSON body.
    pub async fn get_ok(&self, client: &reqwest::Client, path: &str) -> Value {
        let (status, body) = self.get_json_as(client, path).await;
        assert_eq!(status, 200, "GET {path}: {body}");
        body
    }

    pub async fn count_rows(&self) -> i64 {
        waymark_store::contributions::count_all(&self.pool)
            .await
            .expect("count")
    }
}

/// A new visitor: a client with an empty cookie jar, sending `X-Requested-With` as
/// the map UI does.
pub fn visitor() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-requested-with",
        reqwest::header::HeaderValue::from_static("waymark-tests"),
    );
    reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .expect("a client")
}

pub const PASSWORD: &str = "a long enough test password";

/// The organisation every responder made by `create_user` and `signed_in` acts for.
pub const RESPONDERS: &str = "test-responders";

impl TestApp {
    /// Makes an account with `role` and returns its email. A responder acts for the demo
    /// plan's organisation `RESPONDERS`; a data officer answers for the demo plan.
    pub async fn create_user(&self, role: &str) -> String {
        let email = format!("{role}-{}@example.org", uuid::Uuid::new_v4().simple());
        let hash = waymark_api::auth::hash_password(PASSWORD).expect("a hash");
        let organisation = match role {
            "responder" => Some(self.organisation(RESPONDERS).await),
            _ => None,
        };
        let id = waymark_store::accounts::upsert_user(
            &self.pool,
            &email,
            role,
            Some(role),
            &hash,
            organisation,
        )
        .await
        .expect("a user");
        if role == "data_officer" {
            waymark_store::my_data::add_officer(&self.pool, id, "milton-keynes")
                .await
                .expect("a data officer's plan");
        }
        email
    }

    /// The id of the demo plan's organisation `slug`, made (a council) when missing.
    pub async fn organisation(&self, slug: &str) -> uuid::Uuid {
        let mut conn = self.pool.acquire().await.expect("a connection");
        let plan = "milton-keynes";
        if let Some(found) =
            waymark_store::organisations::organisation_by_slug(&mut *conn, plan, slug)
                .await
                .expect("a lookup")
        {
            return found.id;
        }
        let name = format!("The {slug} (test)");
        match waymark_store::organisations::create_organisation(
            &mut conn, plan, slug, &name, "council",
        )
        .await
        .expect("an organisation")
        {
            waymark_store::organisations::CreateOrganisation::Created(row) => row.id,
            other => panic!("no organisation {slug}: {other:?}"),
        }
    }

    /// A client signed in (session cookie) as a new user with `role`.
    pub async fn signed_in(&self, role: &str) -> reqwest::Client {
        let email = self.create_user(role).await;
        let client = visitor();
        let response = client
            .post(self.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "sign-in as {role}");
        client
    }
}

/// A valid contribution in Fishermead.
pub fn feature(title: &str) -> Value {
    feature_at(title, -0.749, 52.035)
}

pub fn feature_at(title: &str, lon: f64, lat: f64) -> Value {
    json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [lon, lat] },
        "properties": {
            "kind": "idea",
            "themes": ["energy", "community"],
            "title": title,
            "body": "Solar panels on the community centre roof would cut its bills.",
            "display_name": "Amira",
            "precision": "exact"
        }
    })
}

/// One Server-Sent Event.
#[derive(Debug, Clone)]
pub struct Sse {
    pub id: i64,
    pub kind: String,
    pub data: Value,
}

/// An open event stream of the demo plan, read event by event.
pub struct EventStream {
    body: std::pin::Pin<Box<dyn futures::Stream<Item = reqwest::Result<bytes::Bytes>> + Send>>,
    buffer: String,
}

impl EventStream {
    pub async fn open(app: &TestApp, client: &reqwest::Client, last_event_id: Option<i64>) -> Self {
        let mut request = client.get(app.url("/api/v1/plans/milton-keynes/events"));
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id.to_string());
        }
        let response = request.send().await.expect("request");
        assert_eq!(response.status(), 200);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("a content type")
                .starts_with("text/event-stream")
        );
        Self {
            body: Box::pin(response.bytes_stream()),
            buffer: String::new(),
        }
    }

    /// The next event, waiting at most 10 s (a bound so a broken build fails, not hangs).
    pub async fn next(&mut self) -> Sse {
        self.next_or_end().await.expect("the stream stays open")
    }

    /// The next event, or `None` when the server ended the stream; waits at most 10 s.
    pub async fn next_or_end(&mut self) -> Option<Sse> {
        use futures::StreamExt;
        tokio::time::timeout(std::time::Duration::from_secs(10), async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    let (mut id, mut kind, mut data) = (None, String::new(), String::new());
                    for line in block.lines() {
                        if let Some(v) = line.strip_prefix("id:") {
                            id = v.trim().parse().ok();
                        } else if let Some(v) = line.strip_prefix("event:") {
                            kind = v.trim().to_owned();
                        } else if let Some(v) = line.strip_prefix("data:") {
                            data.push_str(v.trim());
                        }
                    }
                    if let Some(id) = id {
                        return Some(Sse {
                            id,
                            kind,
                            data: serde_json::from_str(&data).expect("JSON data"),
                        });
                    }
                    continue; // a keep-alive comment
                }
                let Some(Ok(chunk)) = self.body.next().await else {
                    return None;
                };
                self.buffer.push_str(&String::from_utf8_lossy(&chunk));
            }
        })
        .await
        .expect("an event within 10 s")
    }

    /// Skips events until one about `id` of `kind` arrives (events of other pins, or
    /// of this one that were already under way when the stream opened, may come first).
    pub async fn until(&mut self, id: &str, kind: &str) -> Sse {
        loop {
            let e = self.next().await;
            if e.data["id"] == id && e.kind == kind {
                return e;
            }
            assert!(
                e.data["id"] != id || e.kind == "created",
                "unexpected {} for {id}",
                e.kind
            );
        }
    }
}

impl TestApp {
    /// Waits until the process has started following events, so a new stream starts live.
    pub async fn events_ready(&self) {
        let mut stream = EventStream::open(self, &visitor(), None).await;
        let created: Value = self
            .post_feature(&visitor(), &feature("Warm-up"))
            .await
            .json()
            .await
            .expect("the created pin");
        loop {
            if stream.next().await.data["id"] == created["id"] {
                return;
            }
        }
    }
}

/// The bytes of a gzip stream, unpacked.
pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("gzip");
    out
}

impl TestApp {
    /// (status, ETag, raw bytes) of a tile, asking for gzip and unpacking it.
    pub async fn fetch_tile(&self, path: &str) -> (u16, String, Vec<u8>) {
        let response = self
            .client
            .get(self.url(path))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        let etag = response
            .headers()
            .get("etag")
            .map(|v| v.to_str().expect("an ASCII ETag").to_owned())
            .unwrap_or_default();
        let gzipped = response
            .headers()
            .get("content-encoding")
            .is_some_and(|v| v == "gzip");
        let body = response.bytes().await.expect("a body").to_vec();
        (status, etag, if gzipped { gunzip(&body) } else { body })
    }
}

/// An OpenStreetMap extract (XML) of a small town around (lon, lat): a primary road, a named residential street, a river,
/// a park, a building by the street, a town node `Testville`, and a lane 50 km away.
pub fn osm_town_xml(lon: f64, lat: f64, road_name: &str) -> String {
    let node = |id: u32, dx: f64, dy: f64| {
        format!(
            r#"<node id="{id}" version="1" lat="{:.6}" lon="{:.6}"/>"#,
            lat + dy,
            lon + dx
        )
    };
    let way = |id: u32, nodes: &[u32], tags: &[(&str, &str)]| {
        let nds: String = nodes
            .iter()
            .map(|n| format!(r#"<nd ref="{n}"/>"#))
            .collect();
        let tags: String = tags
            .iter()
            .map(|(k, v)| format!(r#"<tag k="{k}" v="{v}"/>"#))
            .collect();
        format!(r#"<way id="{id}" version="1">{nds}{tags}</way>"#)
    };
    [
        r#"<?xml version="1.0" encoding="UTF-8"?><osm version="0.6" generator="waymark-tests">"#
            .to_owned(),
        node(1, -0.010, 0.000),
        node(2, 0.010, 0.000),
        node(3, -0.005, 0.001),
        node(4, -0.005, 0.003),
        node(5, -0.010, -0.005),
        node(6, 0.010, -0.002),
        node(7, 0.000, 0.002),
        node(8, 0.003, 0.002),
        node(9, 0.003, 0.004),
        node(10, 0.000, 0.004),
        node(11, -0.0048, 0.0020),
        node(12, -0.0046, 0.0020),
        node(13, -0.0046, 0.00215),
        node(14, -0.0048, 0.00215),
        node(15, -0.700, 0.300),
        node(16, -0.690, 0.300),
        format!(
            r#"<node id="20" version="1" lat="{:.6}" lon="{:.6}"><tag k="place" v="town"/><tag k="name" v="Testville"/></node>"#,
            lat - 0.001,
            lon
        ),
        way(100, &[1, 2], &[("highway", "primary"), ("name", road_name)]),
        way(
            101,
            &[3, 4],
            &[("highway", "residential"), ("name", "Acacia Avenue")],
        ),
        way(102, &[5, 6], &[("waterway", "river"), ("name", "River Test")]),
        way(
            103,
            &[7, 8, 9, 10, 7],
            &[("leisure", "park"), ("name", "Test Park")],
        ),
        way(104, &[11, 12, 13, 14, 11], &[("building", "yes")]),
        way(
            105,
            &[15, 16],
            &[("highway", "residential"), ("name", "Distant Lane")],
        ),
        "</osm>".to_owned(),
    ]
    .concat()
}
